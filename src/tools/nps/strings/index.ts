import type { Locale } from '../../../lib/urls';
import { pageLocale } from '../../../page-locale';
import { nps as english } from './en';
import { nps } from './nl';

/** The NPS calculator's strings in the page's language: its island bundles both and picks by the page (src/page-locale.ts). */
export function npsStrings(locale: Locale = pageLocale()): typeof nps {
  return locale === 'en' ? english : nps;
}
