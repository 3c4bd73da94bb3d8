import type { Locale } from '../../../lib/urls';
import { waartoe } from './nl';

/** The waartoe check's strings: what its island loads. */
export function waartoeStrings(_locale: Locale = 'nl'): typeof waartoe {
  return waartoe;
}
