import type { Locale } from '../../../lib/urls';
import { pageLocale } from '../../../page-locale';
import { yourData as english } from './en';
import { yourData } from './nl';

/** The strings of "Jouw gegevens" in the page's language: its island bundles both and picks by the page (src/page-locale.ts). */
export function yourDataStrings(locale: Locale = pageLocale()): typeof yourData {
  return locale === 'en' ? english : yourData;
}
