/**
 * Both languages live in the same collections (src/content.config.ts): English entries have
 * ids starting with `en/`. Data functions take a locale, defaulting to the page being
 * rendered (src/page-locale.ts), and compute each language once per build.
 */
import type { Locale } from '../lib/urls';
import { pageLocale } from '../page-locale';

export const LOCALES: readonly Locale[] = ['nl', 'en'];

export function entryLocale(id: string): Locale {
  return id.startsWith('en/') ? 'en' : 'nl';
}

export function inLocale<T extends { id: string }>(entries: readonly T[], locale: Locale): T[] {
  return entries.filter((entry) => entryLocale(entry.id) === locale);
}

/** A loader computed once per language; called without a locale, it gives the current page's. */
export function perLocale<T>(load: (locale: Locale) => Promise<T>): (locale?: Locale) => Promise<T> {
  const cache = new Map<Locale, Promise<T>>();
  return (locale = pageLocale()) => {
    let result = cache.get(locale);
    if (!result) {
      result = load(locale);
      cache.set(locale, result);
    }
    return result;
  };
}
