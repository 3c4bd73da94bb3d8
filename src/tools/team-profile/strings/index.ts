import type { Locale } from '../../../lib/urls';
import { pageLocale } from '../../../page-locale';
import { teamProfile as english } from './en';
import { teamProfile } from './nl';

/** The team profile's strings in the page's language: its island bundles both and picks by the page (src/page-locale.ts). */
export function teamProfileStrings(locale: Locale = pageLocale()): typeof teamProfile {
  return locale === 'en' ? english : teamProfile;
}
