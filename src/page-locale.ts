/**
 * The language of the page being made. A page has one language, so nothing inside it (an
 * Astro component, a tool's strings, an island) takes a locale argument:
 * - in the browser it is the page's `<html lang>`;
 * - during the build, src/middleware.ts renders each page inside its own
 *   AsyncLocalStorage context, so pages rendered at the same time (build.concurrency) each
 *   see their own language. Outside a page (getStaticPaths, content checks) it is Dutch.
 */
import { localeOfPath, setAmbientLocale, type Locale } from './lib/urls';

export { localeOfPath };

type LocaleSource = () => Locale | undefined;
let renderingLocale: LocaleSource = () => undefined;

/** Called once by the middleware with its AsyncLocalStorage reader. */
export function provideRenderingLocale(source: LocaleSource): void {
  renderingLocale = source;
}

export function pageLocale(): Locale {
  if (typeof document !== 'undefined') return document.documentElement.lang === 'en' ? 'en' : 'nl';
  return renderingLocale() ?? 'nl';
}

setAmbientLocale(pageLocale);
