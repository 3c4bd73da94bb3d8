/**
 * Reads a build folder into what the URL manifest needs: every real page (not redirect
 * pages, not the 404 page) with the ids of its section headings (h2, h3).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltSite } from '../../src/lib/url-manifest.ts';

export function readBuiltSite(outDir: string): BuiltSite {
  const pages = new Map<string, Set<string>>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (!['pagefind', '_astro', 'og', 'qr'].includes(name)) walk(file);
        continue;
      }
      if (name !== 'index.html') continue;
      const html = readFileSync(file, 'utf8');
      if (/<html[^>]*\sdata-redirect-to=/.test(html)) continue;
      const rel = relative(outDir, dir).split(sep).join('/');
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      pages.set(rel ? `/${rel}/` : '/', new Set([...main.matchAll(/<h[23][^>]*\sid="([^"]+)"/g)].map((match) => match[1]!)));
    }
  };
  walk(outDir);
  return { pages };
}
