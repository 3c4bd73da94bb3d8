import type { Locale } from '../../../lib/urls';
import { yourData } from './nl';

/** The strings of "Jouw gegevens": what its island loads. */
export function yourDataStrings(_locale: Locale = 'nl'): typeof yourData {
  return yourData;
}
