/**
 * The link previews kept on disk by their content (`CACHE_DIR/og-images`): a CI that keeps
 * that folder between builds skips drawing the unchanged ones, and the background process
 * (worker-pool.ts) hands its images to the build through it. A cold build does not depend
 * on it; the folder can be deleted at any time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESIGN_VERSION, renderOgImage, type OgImageText } from './rasterise.ts';

export const cacheDir = join(process.env.CACHE_DIR ?? 'node_modules/.astro', 'og-images');
export const cacheKey = (text: OgImageText) => createHash('sha256').update(JSON.stringify([DESIGN_VERSION, text])).digest('hex').slice(0, 24);
export const cacheFile = (key: string) => join(cacheDir, `${key}.png`);

/** Writes under another name first, so a reader never sees half a file. */
export function writeAtomically(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/** The image for a page: from the content-hashed cache (or the background process), else drawn here. */
export async function ogImage(text: OgImageText): Promise<Buffer> {
  const cached = cacheFile(cacheKey(text));
  if (existsSync(cached)) return readFileSync(cached);
  const png = renderOgImage(text);
  mkdirSync(cacheDir, { recursive: true });
  writeAtomically(cached, png);
  return png;
}
