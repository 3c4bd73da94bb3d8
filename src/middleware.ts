/**
 * Runs around every page the build renders:
 * - sets the page's language for everything it renders (src/page-locale.ts), from its path;
 * - hands the rendered page to the search index (src/integrations/search-index.ts). Outside
 *   a build there is no index.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { defineMiddleware } from 'astro:middleware';
import { localeOfPath, provideRenderingLocale } from './page-locale';
import { normaliseBase, withoutBase } from './lib/base-path';
import type { Locale } from './lib/urls';
import { passToSearchIndex } from './integrations/search-index';

const BASE = normaliseBase(import.meta.env.BASE_URL);
const rendering = new AsyncLocalStorage<Locale>();
provideRenderingLocale(() => rendering.getStore());

export const onRequest = defineMiddleware((context, next) =>
  rendering.run(localeOfPath(withoutBase(context.url.pathname, BASE)), () => passToSearchIndex(context.url.pathname, next)),
);
