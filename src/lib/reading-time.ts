/** Words a B1 reader reads per minute; deliberately on the slow side. */
const WORDS_PER_MINUTE = 200;

/** Counts the words a reader sees in an MDX body: imports, tags and expressions do not count. */
export function countWords(mdxBody: string): number {
  const text = mdxBody
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/[#*_>`|[\]()-]/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes, at least 1. */
export function readingMinutes(mdxBody: string): number {
  return Math.max(1, Math.ceil(countWords(mdxBody) / WORDS_PER_MINUTE));
}
