/**
 * The filters the search offers before anything is typed: the types of page that exist and
 * the parts in playbook order. Rendered into the page, so opening search needs no request
 * for them.
 */
import { searchStrings } from '../tools/search/strings';
import { getAssessments } from './assessments';
import { getPlaybook } from './playbook';
import { getTools } from './tools';
import type { Locale } from '../lib/urls';
import { perLocale } from './locale';

export interface SearchFacets {
  types: string[];
  parts: string[];
}

/** Beyond this many parts the search offers no part filter. */
const MAX_PART_FILTERS = 20;

/** The filters of one language's search (default: the page being rendered). */
export const getSearchFacets: (locale?: Locale) => Promise<SearchFacets> = perLocale(async (locale) => {
    const types = searchStrings(locale).types;
    const playbook = await getPlaybook(locale);
    const present = [
      playbook.chapters.some((chapter) => chapter.type === 'hoofdstuk') && types.hoofdstuk,
      playbook.chapters.some((chapter) => chapter.type === 'play') && types.play,
      (await getAssessments(locale)).length > 0 && types.assessment,
      (await getTools(locale)).length > 0 && types.tool,
      playbook.pages.some((page) => page.slug !== 'home') && types.page,
    ].filter((type): type is string => Boolean(type));
    // A filter with dozens of parts helps no one and would make every page carry the list.
    const parts = playbook.parts.length <= MAX_PART_FILTERS ? playbook.parts.map((part) => part.title) : [];
    return { types: present, parts };
});
