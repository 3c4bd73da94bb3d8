/**
 * Link previews drawn beside the build: a separate process (worker.ts) draws them while this
 * one renders the HTML pages, so a 2-core machine builds both at once.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { backgroundWorker, runInBackground } from '../background-process.ts';
import { cacheDir, cacheFile, cacheKey } from './cache.ts';
import type { OgImageText } from './rasterise.ts';

const QUEUED = Symbol.for('adviesplaybook.og-images-queued');

/**
 * Draws the given images in the background process; the images land in the cache folder,
 * where `ogImage` picks them up. The process works from the last image to the first while
 * the og route goes from the first to the last, and each side skips what the other has
 * written, so nobody waits and little is drawn twice. Images already cached are skipped.
 * Resolves with the number the process drew.
 */
export async function drawInBackground(texts: readonly OgImageText[]): Promise<number> {
  // Images a background process already has (the early start and the route are different
  // module instances of this file, hence a global) are not handed out twice.
  const queued = ((globalThis as { [QUEUED]?: Set<string> })[QUEUED] ??= new Set());
  const jobs = new Map<string, OgImageText>();
  for (const text of texts) {
    const key = cacheKey(text);
    if (!queued.has(key) && !existsSync(cacheFile(key))) jobs.set(key, text);
  }
  const worker = backgroundWorker('src/integrations/link-previews/worker.ts');
  if (jobs.size === 0 || !worker) return 0;
  mkdirSync(cacheDir, { recursive: true });
  for (const key of jobs.keys()) queued.add(key);
  let drawn = 0;
  const input = JSON.stringify([...jobs].reverse().map(([key, text]) => ({ key, text })));
  await runInBackground(worker, [cacheDir], input, () => drawn++);
  return drawn;
}
