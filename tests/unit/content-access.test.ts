/**
 * Content is read in one layer: only src/data/ calls getCollection/getEntry, and only
 * src/content-dir.ts reads CONTENT_DIR. Pages and components ask src/data/ instead, so a
 * change to how content is loaded happens in one place.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|mjs)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles('src');

describe('content access', () => {
  it('only src/data/ reads collections', () => {
    const readers = files.filter((file) => /\b(getCollection|getEntry|getEntries)\s*\(/.test(readFileSync(file, 'utf8')));
    expect(readers.filter((file) => !file.startsWith(join('src', 'data')))).toEqual([]);
    expect(readers.length).toBeGreaterThan(0);
  });

  it('CONTENT_DIR is resolved in one place', () => {
    const readers = files.filter((file) => readFileSync(file, 'utf8').includes('process.env.CONTENT_DIR'));
    expect(readers).toEqual([join('src', 'content-dir.ts')]);
  });
});
