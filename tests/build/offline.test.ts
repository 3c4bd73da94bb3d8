/**
 * What the build gives the offline playbook: an installable manifest under the
 * base path, icons of the sizes it names, a service worker whose precache holds the shell
 * and the whole search index, and a list for "save everything" with every readable page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { OfflineFiles } from '../../src/tools/offline/caches';
import { contentChapters } from '../support/content';

for (const [outDir, base] of [
  ['dist', '/'],
  ['dist-base', '/playbook/'],
] as const) {
  describe(`offline, ${outDir} (base ${base})`, () => {
    const read = (file: string) => readFileSync(join(outDir, file), 'utf8');

    it('has a web app manifest that installs the playbook at its own base path, with its icons', () => {
      const manifest = JSON.parse(read('manifest.webmanifest'));
      expect(manifest).toMatchObject({ name: 'Adviesplaybook', short_name: 'Playbook', lang: 'nl', start_url: base, scope: base, display: 'standalone' });
      expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
      for (const icon of manifest.icons as { src: string; sizes: string }[]) {
        expect(icon.src.startsWith(base)).toBe(true);
        const png = PNG.sync.read(readFileSync(join(outDir, icon.src.slice(base.length))));
        expect(`${png.width}x${png.height}`).toBe(icon.sizes);
      }
      expect(read('index.html')).toContain(`<link rel="manifest" href="${base}manifest.webmanifest">`);
    });

    it('has a service worker that precaches the offline page, the shell and Pagefind\'s runtime, not the whole index', () => {
      const worker = read('sw.js');
      const precached = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);
      for (const file of ['offline/index.html', '404.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'manifest.webmanifest']) expect(precached).toContain(`${base}${file}`);
      expect(precached.some((url) => url.startsWith(`${base}pagefind/wasm.`))).toBe(true);
      // The index chunks and fragments are most of the site's weight: a first visit must not download them all.
      expect(precached.filter((url) => url.includes('/pagefind/fragment/') || url.includes('/pagefind/index/'))).toEqual([]);
      expect(precached.filter((url) => url.endsWith('.css')).length).toBeGreaterThan(0);
      // Pages are kept as they are read (network first), not precached: a deploy then changes
      // only the worker's list of assets, and readers online always get the current text.
      expect(precached.filter((url) => url.endsWith('/index.html') && !url.endsWith('offline/index.html'))).toEqual([]);
      // Nothing from another origin: Workbox is bundled in (no importScripts), and no string
      // starts with an absolute address (Workbox's warnings mention one mid-sentence).
      expect(worker).not.toMatch(/importScripts\s*\(|["'`]https?:\/\//);
    });

    it('lists every chapter, presentation and search file for "save everything", and no embed frame or forwarding stub', () => {
      const list = JSON.parse(read('offline-files.json')) as OfflineFiles;
      const urls = list.files.map((file) => file.url);
      for (const chapter of contentChapters()) {
        expect(urls).toContain(`${base}${chapter.path.slice(1)}`);
        expect(urls).toContain(`${base}${chapter.path.slice(1)}presentatie/`);
      }
      expect(urls.filter((url) => url.includes('/embed/'))).toEqual([]);
      const searchFiles = list.files.filter((file) => file.cache === 'search').map((file) => file.url.slice(base.length));
      expect(searchFiles.filter((path) => path.startsWith('pagefind/fragment/')).length).toBeGreaterThan(contentChapters().length);
      expect(searchFiles.filter((path) => path.startsWith('pagefind/index/')).length).toBeGreaterThan(0);
      expect(searchFiles.every((path) => /^pagefind\/(index|fragment)\//.test(path))).toBe(true);
      for (const file of list.files) {
        const path = file.url.slice(base.length);
        const onDisk = join(outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path);
        expect(existsSync(onDisk), onDisk).toBe(true);
        if (file.cache === 'pages') expect(readFileSync(onDisk, 'utf8')).not.toContain('http-equiv="refresh"');
      }
    });
  });
}
