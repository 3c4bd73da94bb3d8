import type { Locale } from '../../../lib/urls';
import { search } from './nl';

/**
 * Only the search strings: what the search interface in the browser loads. A module of its
 * own, so the bundle of search carries no other area's strings.
 */
export function searchStrings(_locale: Locale = 'nl'): typeof search {
  return search;
}
