/**
 * Reads a build folder into what the URL manifest needs: every real page (not redirect
 * pages, not the 404 page) with the ids of its section headings (h2, h3). Ids that React's
 * useId generates in the tools' islands (`_r1R_l_-heading`) are left out: they follow the
 * component tree and change with it, so they were never an address anyone could keep.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltSite } from '../../src/lib/url-manifest.ts';

/** An id from React's useId: `_r` + base-32 counters + `_`, then whatever the component appends. */
const REACT_GENERATED_ID = /^_r[0-9A-Za-z_]*_(-|$)/;

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
      const ids = [...main.matchAll(/<h[23][^>]*\sid="([^"]+)"/g)].map((match) => match[1]!);
      pages.set(rel ? `/${rel}/` : '/', new Set(ids.filter((id) => !REACT_GENERATED_ID.test(id))));
    }
  };
  walk(outDir);
  return { pages };
}
