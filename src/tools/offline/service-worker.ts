/// <reference lib="webworker" />
/**
 * The service worker, as Workbox configuration: src/integrations/service-worker.ts bundles this file
 * and lets workbox-build inject the precache list. Strategies, and why:
 * - Hashed assets (_astro/, Pagefind's runtime, WASM, metadata and filters) never change at
 *   a URL: precached at install and served from the cache. A new build brings a new worker
 *   whose list differs; Workbox fetches only the files that changed.
 * - Pagefind's index chunks and fragments (content-hashed too): cache first, kept as searches
 *   fetch them; "save all" fetches every one. Not precached: that would make every first
 *   visit download the whole index, most of the site's weight.
 * - Pages (HTML) change at the same URL with every deploy: network first, so a reader online
 *   gets the current text; after 4 s, or without a network, the kept copy; for a page never
 *   kept, the offline page with what is available.
 * - QR codes: cache first (made from a page's lasting address).
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { homePath, offlinePath } from '../../lib/urls';
import { OFFLINE_CACHES, PRECACHE_ID, SEARCH_FILE_FOLDERS } from './caches';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const base = new URL(self.registration.scope).pathname;

setCacheNameDetails({ prefix: PRECACHE_ID });
// A new version waits until the reader chooses to load it (the notice in Base.astro), so
// nothing is swapped mid-assessment; the page asks for it with {type: 'SKIP_WAITING'}.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// The first install takes over the open pages at once, so the pages read next are kept.
clientsClaim();

// Pagefind asks for pagefind-entry.json?ts=<now> to pass HTTP caches; the precached copy is
// the one this build wrote, and a new build's index arrives with its new worker.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^ts$/] });
cleanupOutdatedCaches();

// One route per language, so a page never kept falls back to the offline page in its own language.
const englishPages = `${base}${homePath('en').slice(1)}`;
for (const locale of ['en', 'nl'] as const) {
  registerRoute(
    ({ request, sameOrigin, url }) => sameOrigin && request.mode === 'navigate' && url.pathname.startsWith(englishPages) === (locale === 'en'),
    new NetworkFirst({
      cacheName: OFFLINE_CACHES.pages,
      networkTimeoutSeconds: 4,
      plugins: [new PrecacheFallbackPlugin({ fallbackURL: `${base}${offlinePath(locale).slice(1)}index.html` })],
    }),
  );
}
registerRoute(({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(`${base}qr/`), new CacheFirst({ cacheName: OFFLINE_CACHES.files }));
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && SEARCH_FILE_FOLDERS.some((folder) => url.pathname.startsWith(`${base}${folder}`)),
  new CacheFirst({ cacheName: OFFLINE_CACHES.search }),
);
