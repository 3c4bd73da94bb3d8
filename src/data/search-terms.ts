/**
 * Extra words for the search index: the parts of Dutch compounds (see
 * src/tools/search/compounds.ts) plus each page's frontmatter keywords. The vocabulary
 * is built once per build from every Dutch chapter and page. English writes compounds
 * apart ("client satisfaction"), so English pages get their keywords only.
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../lib/urls';
import { pageLocale } from '../page-locale';
import { compoundParts, vocabularyOf } from '../tools/search/compounds';
import { inLocale } from './locale';

let vocabulary: Promise<Set<string>> | undefined;

function getVocabulary(): Promise<Set<string>> {
  vocabulary ??= (async () => {
    const [chapters, pages] = await Promise.all([
      getCollection('chapters').then((entries) => inLocale(entries, 'nl')),
      getCollection('pages').then((entries) => inLocale(entries, 'nl')),
    ]);
    return vocabularyOf([
      ...chapters.flatMap((entry) => [entry.body ?? '', entry.data.title, ...entry.data.keywords]),
      ...pages.map((entry) => entry.body ?? ''),
    ]);
  })();
  return vocabulary;
}

/** Words to index with a page: compound parts of its text and its keywords. */
export async function searchTermsFor(text: string, keywords: readonly string[] = [], locale: Locale = pageLocale()): Promise<string> {
  const parts = locale === 'nl' ? compoundParts(text, await getVocabulary()) : [];
  return [...new Set([...keywords.map((word) => word.toLocaleLowerCase(locale)), ...parts])].join(' ');
}
