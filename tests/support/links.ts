/**
 * Reads a build folder and checks that every internal link and #anchor resolves.
 * Regular expressions are enough here: the HTML is Astro's own output, with quoted attributes.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  internal: number;
  broken: BrokenLink[];
  external: { page: string; href: string }[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** The site path a file in the build is served at, under the base path. */
function sitePathOf(outDir: string, file: string, base: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  if (rel.endsWith('index.html')) return `${base}${rel.slice(0, -'index.html'.length)}`;
  return `${base}${rel}`;
}

export function checkLinks(outDir: string, base = '/'): LinkReport {
  const files = htmlFiles(outDir);
  const idsByPath = new Map<string, Set<string>>();
  const html = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const path = sitePathOf(outDir, file, base);
    html.set(path, text);
    idsByPath.set(path, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1]!))));
  }

  const report: LinkReport = { pages: files.length, internal: 0, broken: [], external: [] };
  for (const [page, text] of html) {
    if (page.endsWith('404.html')) continue;
    for (const match of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = decode(match[1]!);
      if (/^(https?:|mailto:|tel:)/i.test(href)) {
        report.external.push({ page, href });
        continue;
      }
      if (/^(data:|blob:|javascript:)/i.test(href)) continue;
      report.internal++;
      const [pathPart, fragment] = href.split('#') as [string, string | undefined];
      const target = pathPart === '' ? page : new URL(pathPart, `http://site${page}`).pathname;
      if (!target.startsWith(base)) {
        report.broken.push({ page, href, reason: `outside the base path ${base}` });
        continue;
      }
      const file = join(outDir, decodeURIComponent(target.slice(base.length)));
      const exists = target.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
      if (!exists) {
        report.broken.push({ page, href, reason: 'no such page or file' });
        continue;
      }
      if (fragment && target.endsWith('/')) {
        const ids = idsByPath.get(target);
        if (!ids?.has(decodeURIComponent(fragment))) report.broken.push({ page, href, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return report;
}
