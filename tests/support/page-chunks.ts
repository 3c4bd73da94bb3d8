/**
 * Every built page, in groups: a whole-site check (axe, HTML_CodeSniffer) visits a group in
 * one browser context instead of a fresh context per page. Every page is still checked, and
 * a failure names the page. /compleet/ (every chapter on one page) takes as long as a whole
 * group, so it is a group of its own, listed first: the two workers then finish together.
 */
import { builtPages } from './site';

// Both editions' whole playbook (completePath) take as long as a whole group each.
const HEAVY_PAGES = ['/compleet/', '/en/complete/'];

export function pageChunks(size = 8): string[][] {
  const pages = builtPages();
  const heavy = pages.filter((page) => HEAVY_PAGES.includes(page));
  const rest = pages.filter((page) => !HEAVY_PAGES.includes(page));
  const chunks: string[][] = heavy.map((page) => [page]);
  for (let index = 0; index < rest.length; index += size) chunks.push(rest.slice(index, index + size));
  return chunks;
}

/** A test title for a group: "/ … /casussen/ (8 pages)", or the one page. */
export function chunkTitle(chunk: readonly string[]): string {
  return chunk.length === 1 ? chunk[0]! : `${chunk[0]} … ${chunk.at(-1)} (${chunk.length} pages)`;
}
