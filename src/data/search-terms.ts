/**
 * Extra words for the search index: the parts of Dutch compounds (see
 * src/tools/search/compounds.ts) plus each page's frontmatter keywords. The vocabulary
 * is built once per build from every chapter and page.
 */
import { getCollection } from 'astro:content';
import { compoundParts, vocabularyOf } from '../tools/search/compounds';

let vocabulary: Promise<Set<string>> | undefined;

function getVocabulary(): Promise<Set<string>> {
  vocabulary ??= (async () => {
    const [chapters, pages] = await Promise.all([getCollection('chapters'), getCollection('pages')]);
    return vocabularyOf([
      ...chapters.flatMap((entry) => [entry.body ?? '', entry.data.title, ...entry.data.keywords]),
      ...pages.map((entry) => entry.body ?? ''),
    ]);
  })();
  return vocabulary;
}

/** Words to index with a page: compound parts of its text and its keywords. */
export async function searchTermsFor(text: string, keywords: readonly string[] = []): Promise<string> {
  const parts = compoundParts(text, await getVocabulary());
  return [...new Set([...keywords.map((word) => word.toLocaleLowerCase('nl')), ...parts])].join(' ');
}
