/**
 * Dutch glues words together ("ziekteverzuim", "klanttevredenheid"), and Pagefind matches
 * whole words and their beginnings, so "verzuim" would not find "ziekteverzuim". At build
 * time we split the long words of every page against the playbook's own vocabulary and
 * index the parts with the page. Editors add what the vocabulary lacks as `keywords`.
 */

const WORD = /[\p{L}]+/gu;
/** Parts shorter than this are too common to help ("en", "heid", "ing"). */
export const MIN_PART_LENGTH = 5;
/** Words shorter than this are rarely compounds worth splitting. */
export const MIN_COMPOUND_LENGTH = 9;

export function wordsOf(text: string): string[] {
  return (text.toLocaleLowerCase('nl').match(WORD) ?? []).filter((word) => word.length >= 2);
}

/** The words a vocabulary is built from: every word that stands on its own in the corpus. */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) if (word.length >= MIN_PART_LENGTH) vocabulary.add(word);
  return vocabulary;
}

/**
 * The known words hidden inside the compounds of `text`: tails ("verzuim" in
 * "ziekteverzuim") and heads, with a linking s or e dropped ("klant" in "klantenservice").
 */
export function compoundParts(text: string, vocabulary: ReadonlySet<string>): string[] {
  const standalone = new Set(wordsOf(text));
  const parts = new Set<string>();
  for (const word of standalone) {
    if (word.length < MIN_COMPOUND_LENGTH) continue;
    for (let split = MIN_PART_LENGTH - 2; split <= word.length - MIN_PART_LENGTH; split++) {
      const tail = word.slice(split);
      if (tail.length >= MIN_PART_LENGTH && vocabulary.has(tail)) parts.add(tail);
      const head = word.slice(0, split + 2);
      for (const candidate of [head, head.replace(/(s|e|en)$/, '')]) {
        if (candidate.length >= MIN_PART_LENGTH && candidate !== word && vocabulary.has(candidate) && word.length - candidate.length >= 3) {
          parts.add(candidate);
        }
      }
    }
  }
  for (const word of standalone) parts.delete(word);
  return [...parts].sort();
}
