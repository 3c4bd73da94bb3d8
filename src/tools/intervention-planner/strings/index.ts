import type { Locale } from '../../../lib/urls';
import { pageLocale } from '../../../page-locale';
import { interventieplanner as english } from './en';
import { interventieplanner } from './nl';

/** The intervention planner's strings in the page's language: its island bundles both and picks by the page (src/page-locale.ts). */
export function interventieplannerStrings(locale: Locale = pageLocale()): typeof interventieplanner {
  return locale === 'en' ? english : interventieplanner;
}
