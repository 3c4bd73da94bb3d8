import type { Locale } from '../../../lib/urls';
import { pageLocale } from '../../../page-locale';
import { search as english } from './en';
import { search } from './nl';

/**
 * Only the search strings: what the search interface in the browser loads. A module of its
 * own, so the bundle of search carries no other area's strings.
 */
export function searchStrings(locale: Locale = pageLocale()): typeof search {
  return locale === 'en' ? english : search;
}
