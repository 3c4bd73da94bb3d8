/**
 * Runs around every page the build renders:
 * - sets the page's language for everything it renders (src/page-locale.ts), from its path;
 * - hands the rendered page to the search index (src/tools/search/build-index.ts). Outside
 *   a build there is no index.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { defineMiddleware } from 'astro:middleware';
import { localeOfPath, provideRenderingLocale } from './page-locale';
import { normaliseBase, withoutBase } from './lib/base-path';
import type { Locale } from './lib/urls';
import { searchIndexSink } from './tools/search/build-index';

const BASE = normaliseBase(import.meta.env.BASE_URL);
const rendering = new AsyncLocalStorage<Locale>();
provideRenderingLocale(() => rendering.getStore());

export const onRequest = defineMiddleware(async (context, next) => {
  return rendering.run(localeOfPath(withoutBase(context.url.pathname, BASE)), async () => {
    const sink = searchIndexSink();
    if (!sink) return next();
    const place = sink.reserve();
    const response = await next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) {
      sink.add(place, context.url.pathname, undefined);
      return response;
    }
    // A copy for the index; Astro writes the original as it always does. Read inside the
    // page's context, so the streamed render keeps its language.
    const text = response.clone().text();
    sink.add(place, context.url.pathname, text);
    await text;
    return response;
  });
});
