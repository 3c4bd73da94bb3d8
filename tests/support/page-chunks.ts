/**
 * Every built page, in groups: a whole-site check (axe, HTML_CodeSniffer) visits a group in
 * one browser profile instead of starting a fresh profile per page, which dominated the
 * suite's time. Every page is still checked, and a failure names the page.
 */
import { builtPages } from './site';

export function pageChunks(size = 8): string[][] {
  const pages = builtPages();
  const chunks: string[][] = [];
  for (let index = 0; index < pages.length; index += size) chunks.push(pages.slice(index, index + size));
  return chunks;
}

/** A test title for a group: "/ … /casussen/ (8 pages)". */
export function chunkTitle(chunk: readonly string[]): string {
  return `${chunk[0]} … ${chunk.at(-1)} (${chunk.length} pages)`;
}
