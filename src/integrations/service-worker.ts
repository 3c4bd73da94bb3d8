/**
 * After the search index: the service worker and the list of files "Bewaar het hele playbook
 * offline" fetches. Run at the end of `astro build` (the `serviceWorker` integration) and by
 * scripts/service-worker.mjs (Node strips the types, hence the `.ts` in the imports).
 *
 * The worker is src/tools/offline/service-worker.ts (Workbox modules, configured), bundled by
 * esbuild; workbox-build's injectManifest writes the precache list into it. (generateSW would
 * do both, but it runs Rollup and Babel over the Workbox runtime on every build: 6 s of CPU.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
// Only the injectManifest part: the package's index also loads generateSW's Rollup and Babel,
// 1 to 3 s of start-up per build for code this script never runs.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { normaliseBase } from '../lib/base-path.ts';
import { offlinePath, SEGMENTS } from '../lib/urls.ts';
import { OFFLINE_FILES, SEARCH_FILE_FOLDERS, SERVICE_WORKER } from '../tools/offline/caches.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Folders of pages never kept, in both languages: embed frames and the offline fallback itself. */
const NOT_KEPT = [
  ...[SEGMENTS.nl.embed, SEGMENTS.nl.offline].map((folder) => `${folder}/`),
  ...[SEGMENTS.en.embed, SEGMENTS.en.offline].map((folder) => `en/${folder}/`),
];

/**
 * Every page a reader can open (not the embed frames for learning platforms, not the
 * forwarding stubs of old addresses), the QR codes, and the search index's chunks and
 * fragments (the precache holds only Pagefind's runtime).
 */
function offlineFiles(outDir: string, base: string) {
  const files: { url: string; bytes: number; cache: 'pages' | 'files' | 'search' }[] = [];
  const hash = createHash('sha256');
  for (const file of filesUnder(outDir).sort()) {
    let cache: 'pages' | 'files' | 'search' | undefined;
    if (file.endsWith('index.html') && !NOT_KEPT.some((folder) => file.startsWith(folder))) cache = 'pages';
    else if (file.startsWith('qr/') && file.endsWith('.svg')) cache = 'files';
    else if (SEARCH_FILE_FOLDERS.some((folder) => file.startsWith(folder))) cache = 'search';
    if (!cache) continue;
    const data = readFileSync(join(outDir, file));
    if (cache === 'pages' && data.includes('http-equiv="refresh"')) continue;
    hash.update(file).update(data);
    files.push({
      url: base + file.replace(/index\.html$/, ''),
      bytes: data.length,
      cache,
    });
  }
  return { version: hash.digest('hex').slice(0, 16), files };
}

/**
 * Writes `<outDir>/sw.js` and `<outDir>/offline-files.json` for a site served under `base`
 * (`/` or `/playbook/`). Resolves with Workbox's warnings and a one-line summary.
 */
export async function writeServiceWorker({ outDir, base }: { outDir: string; base: string }): Promise<{ warnings: string[]; summary: string }> {
  const started = Date.now();
  const list = offlineFiles(outDir, base);
  writeFileSync(join(outDir, OFFLINE_FILES), JSON.stringify(list));

  const bundleDir = join('node_modules', '.cache', 'service-worker');
  mkdirSync(bundleDir, { recursive: true });
  const swSrc = join(bundleDir, `${outDir.replace(/\W/g, '-')}.js`);
  await build({
    entryPoints: ['src/tools/offline/service-worker.ts'],
    outfile: swSrc,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    // Workbox logs every request in development builds.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });

  const { count, size, warnings } = await injectManifest({
    swSrc,
    swDest: join(outDir, SERVICE_WORKER),
    globDirectory: outDir,
    globPatterns: [
      '_astro/**/*.{js,css}',
      'favicon.svg',
      'icons/*.png',
      'manifest.webmanifest',
      '404.html',
      // The offline page of each language (offlinePath); a site without an English edition has no en/ one.
      ...[offlinePath('nl'), offlinePath('en')].map((path) => `${path.slice(1)}index.html`).filter((file) => existsSync(join(outDir, file))),
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/*.pf_meta',
      'pagefind/wasm.*.pagefind',
      'pagefind/filter/*',
    ],
    modifyURLPrefix: { '': base },
    // Content-hashed names need no revision of their own.
    dontCacheBustURLsMatching: /\/_astro\/|\.pf_(meta|filter)$|\.pagefind$/,
  });

  const listBytes = list.files.reduce((sum, file) => sum + file.bytes, 0);
  return {
    warnings,
    summary: `Service worker: ${count} files (${(size / 1024).toFixed(0)} KiB) to precache once a reader asks for offline use; saving the whole playbook adds ${list.files.length} files (${(listBytes / 1024).toFixed(0)} KiB); ${Date.now() - started} ms.`,
  };
}

/** The integration: last in the config, so the precache holds the finished files, the search index among them. */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'adviesplaybook:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { warnings, summary } = await writeServiceWorker({ outDir: fileURLToPath(dir), base });
        for (const warning of warnings) logger.warn(warning);
        logger.info(summary);
      },
    },
  };
}
