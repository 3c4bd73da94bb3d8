import type { Locale } from '../../../lib/urls';
import { pageLocale } from '../../../page-locale';
import { waartoe as english } from './en';
import { waartoe } from './nl';

/** The waartoe check's strings in the page's language: its island bundles both and picks by the page (src/page-locale.ts). */
export function waartoeStrings(locale: Locale = pageLocale()): typeof waartoe {
  return locale === 'en' ? english : waartoe;
}
