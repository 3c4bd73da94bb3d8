import type { Locale } from '../lib/urls';
import { nl, type Dictionary } from './nl/index';

const dictionaries: Partial<Record<Locale, Dictionary>> = { nl };

/** All interface strings for a locale; Dutch until an English dictionary exists. */
export function strings(locale: Locale = 'nl'): Dictionary {
  return dictionaries[locale] ?? nl;
}
