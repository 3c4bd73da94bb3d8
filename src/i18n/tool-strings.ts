/**
 * A tool's interface strings in both languages, behind one accessor that answers in the
 * language of the page (src/page-locale.ts: `<html lang>` in the browser, the page being
 * rendered during the build). Each tool has its own (`src/tools/<id>/strings/index.ts`), so
 * an island bundles only its own strings, both languages of them.
 */
import type { Locale } from '../lib/urls';
import { pageLocale } from '../page-locale';

export function defineStrings<T>(byLocale: { nl: T; en: NoInfer<T> }): (locale?: Locale) => T {
  return (locale = pageLocale()) => byLocale[locale];
}
