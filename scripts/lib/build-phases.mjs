/**
 * Splits an `astro build` log into phases, so a benchmark shows where build time goes:
 * setup (config, content sync, types), bundling (Vite, server and client), and the time
 * Astro spent per kind of route (its own "+N ms" per file): HTML pages, the whole playbook
 * (/compleet/), link-preview images (/og/) and
 * QR codes (/qr/), each counting only what the route did itself (background processes draw
 * most of them), then what the search index (Pagefind, fed page by page while they render) and
 * the service worker took after the last page. Times are in seconds.
 */
// Colour codes in the build log: the escape character is what the pattern must match.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

const seconds = (value, unit) => (unit === 's' ? Number(value) : Number(value) / 1000);

export function buildPhases(log) {
  const text = log.replace(ANSI, '');
  const phases = { setup: 0, bundling: 0, pages: 0, complete: 0, images: 0, qr: 0, otherRoutes: 0, routes: 0 };
  const counts = { pages: 0, images: 0, qr: 0 };
  const collected = text.match(/Collecting build info\.\.\.\s*\n.*?Completed in ([\d.]+)(m?s)/);
  if (collected) phases.setup = seconds(collected[1], collected[2]);
  for (const match of text.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)) phases.bundling += seconds(match[1], match[2]);
  for (const match of text.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(m?s)\)/g)) {
    const [, path, value, unit] = match;
    const time = seconds(value, unit);
    phases.routes += time;
    if (path.startsWith('/og/')) {
      phases.images += time;
      counts.images++;
    } else if (path.startsWith('/qr/')) {
      phases.qr += time;
      counts.qr++;
    } else if (path.startsWith('/compleet/')) phases.complete += time;
    else if (path.endsWith('.html')) {
      phases.pages += time;
      counts.pages++;
    } else phases.otherRoutes += time;
  }
  // Written after the last page by our own integrations (src/integrations/search-index.ts, service-worker.ts).
  const searchIndex = text.match(/Search index: \d+ pages; (\d+) ms\./);
  phases.searchIndex = searchIndex ? Number(searchIndex[1]) / 1000 : 0;
  const serviceWorker = text.match(/Service worker: .*; (\d+) ms\./);
  phases.serviceWorker = serviceWorker ? Number(serviceWorker[1]) / 1000 : 0;
  const generated = text.match(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/);
  phases.generating = generated ? seconds(generated[1], generated[2]) : phases.routes;
  return { phases, counts };
}
