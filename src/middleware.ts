/**
 * During a build, hands every rendered page to the search index (see
 * src/tools/search/build-index.ts). Outside a build there is no index and this does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { searchIndexSink } from './tools/search/build-index';

export const onRequest = defineMiddleware(async (context, next) => {
  const sink = searchIndexSink();
  if (!sink) return next();
  const place = sink.reserve();
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) {
    sink.add(place, context.url.pathname, undefined);
    return response;
  }
  // A copy for the index; Astro writes the original as it always does.
  sink.add(place, context.url.pathname, response.clone().text());
  return response;
});
