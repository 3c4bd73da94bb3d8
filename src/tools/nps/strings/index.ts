import type { Locale } from '../../../lib/urls';
import { nps } from './nl';

/** The NPS calculator's strings: what its island loads. */
export function npsStrings(_locale: Locale = 'nl'): typeof nps {
  return nps;
}
