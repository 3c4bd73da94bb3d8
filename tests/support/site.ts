/** Facts about a built site, read from its output folder: which pages exist. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Site paths ("/rol/vier-eigenschappen/") of every page in a build folder. */
export function builtPages(outDir = process.env.TEST_DIST ?? 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name === 'index.html') {
        const rel = relative(outDir, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(outDir);
  return pages.sort();
}
