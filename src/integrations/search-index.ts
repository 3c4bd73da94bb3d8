/**
 * The search index, built while Astro renders the pages instead of after: every page with
 * `data-pagefind-body` goes to Pagefind's indexing service (its own process, so the second
 * core indexes while this one renders), and `astro:build:done` only writes the finished
 * index to `<outDir>/pagefind/`. The result is what `pagefind --site <outDir>` makes of the
 * same HTML (same defaults, same paths), about a second sooner on a 2-core machine.
 *
 * The pages reach the index through `src/middleware.ts` (`passToSearchIndex`), which runs in
 * the bundle Astro prerenders with, a different module instance from the integration's: the
 * two meet on `globalThis`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { normaliseBase, withoutBase } from '../lib/base-path';

export interface PageSink {
  /** Called as a page starts rendering: its place in the index. */
  reserve(): number;
  /**
   * Hands the rendered page over (`html` undefined: not a page, nothing to index). Pages
   * reach Pagefind in the order they were reserved, whatever order they finish in: the
   * order numbers the pages in the index, and the same site must give the same files.
   */
  add(place: number, pathname: string, html: Promise<string> | undefined): void;
}

const SINK = Symbol.for('adviesplaybook.search-index');
type WithSink = { [SINK]?: PageSink };

/** The running build's index, or undefined (dev server, `astro sync`, a test). */
function searchIndexSink(): PageSink | undefined {
  return (globalThis as WithSink)[SINK];
}

/**
 * Renders a page (`next`) and, during a build, hands a copy of it to the search index in the
 * order the pages started. Call it inside the page's context (its language): the copy is read
 * there, so the streamed render keeps it.
 */
export async function passToSearchIndex(pathname: string, next: () => Promise<Response>): Promise<Response> {
  const sink = searchIndexSink();
  if (!sink) return next();
  const place = sink.reserve();
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) {
    sink.add(place, pathname, undefined);
    return response;
  }
  // A copy for the index; Astro writes the original as it always does.
  const text = response.clone().text();
  sink.add(place, pathname, text);
  await text;
  return response;
}

/** `/playbook/rol/vier-eigenschappen/` → `rol/vier-eigenschappen/index.html`, as Pagefind's CLI names the file. */
export function sourcePathOf(pathname: string, base: string): string {
  const path = decodeURIComponent(withoutBase(pathname, base).slice(1));
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}/index.html`;
}

/** Only pages that mark their body: Pagefind leaves the others out once any page has one. */
export const isIndexable = (html: string) => html.includes('data-pagefind-body');

/**
 * A sink that hands pages on in the order their places were reserved, however they finish.
 * `deliver` gets each page whose HTML arrived; `settled()` waits for every read and tells how
 * many places were never handed on (a page that never arrived holds up every page after it).
 */
export function orderedSink(deliver: (pathname: string, html: string) => void): PageSink & { settled(): Promise<number> } {
  const waiting = new Map<number, { pathname: string; html: string | undefined }>();
  const reads: Promise<unknown>[] = [];
  let reserved = 0;
  let nextPlace = 0;
  const arrive = (place: number, pathname: string, html: string | undefined) => {
    waiting.set(place, { pathname, html });
    for (let page = waiting.get(nextPlace); page; page = waiting.get(nextPlace)) {
      waiting.delete(nextPlace++);
      if (page.html !== undefined) deliver(page.pathname, page.html);
    }
  };
  return {
    reserve: () => reserved++,
    add(place, pathname, html) {
      if (html === undefined) arrive(place, pathname, undefined);
      else reads.push(html.then((text) => arrive(place, pathname, text)));
    },
    async settled() {
      await Promise.all(reads);
      return reserved - nextPlace;
    },
  };
}

export function searchIndex(): AstroIntegration {
  let base = '/';
  let index: pagefind.PagefindIndex | undefined;
  let sink: ReturnType<typeof orderedSink> | undefined;
  let added: Promise<unknown>[] = [];
  const problems: string[] = [];
  const send = (pathname: string, html: string) => {
    if (!isIndexable(html)) return;
    const sourcePath = sourcePathOf(pathname, base);
    added.push(
      index!.addHTMLFile({ sourcePath, content: html }).then(({ errors }) => {
        problems.push(...errors.map((error) => `${sourcePath}: ${error}`));
      }),
    );
  };
  return {
    name: 'adviesplaybook:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(`Pagefind did not start: ${created.errors.join('; ')}`);
        index = created.index;
        added = [];
        sink = orderedSink(send);
        (globalThis as WithSink)[SINK] = sink;
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete (globalThis as WithSink)[SINK];
        if (!index || !sink) return;
        const started = Date.now();
        try {
          const missing = await sink.settled();
          if (missing > 0) throw new Error(`${missing} pages never reached the search index (a page that did not finish rendering holds up the rest)`);
          await Promise.all(added);
          if (problems.length > 0) throw new Error(`Pagefind could not index:\n${problems.join('\n')}`);
          if (added.length === 0) throw new Error('No page reached the search index (is src/middleware.ts in place?)');
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // The time after the last page: what the index adds to the build (scripts/lib/build-phases.mjs reads it).
          logger.info(`Search index: ${added.length} pages; ${Date.now() - started} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
