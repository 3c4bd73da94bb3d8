import type { Locale } from '../../../lib/urls';
import { pageLocale } from '../../../page-locale';
import { offline as english } from './en';
import { offline } from './nl';

/** The offline copy's strings: what its element in the browser loads. */
export function offlineStrings(locale: Locale = pageLocale()): typeof offline {
  return locale === 'en' ? english : offline;
}
