import type { Locale } from '../lib/urls';
import { pageLocale } from '../page-locale';
import { en } from './en/index';
import { nl, type Dictionary } from './nl/index';

// Both dictionaries are read at build time only (Astro pages, routes, content checks): no
// island imports this module, so neither reaches a browser bundle.
const dictionaries: Record<Locale, Dictionary> = { nl, en };

/** All interface strings for a locale (default: the page being rendered, src/page-locale.ts). */
export function strings(locale: Locale = pageLocale()): Dictionary {
  return dictionaries[locale];
}
