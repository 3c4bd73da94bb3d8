/** Shapes Pagefind's result data into what the search list shows. */
import { escapeMarkup } from '../../lib/escape-markup';
import { safeExcerpt } from './excerpt';

/**
 * Marks every extra search term (compound parts, keywords) in the index. An excerpt that
 * shows them is not text a reader would recognise, so the page description is shown instead.
 */
export const TERMS_MARK = '¤';

/** The part of Pagefind's result data the interface uses. */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { element: string; id: string } }[];
}

export interface SearchHit {
  title: string;
  url: string;
  type?: string;
  part?: string;
  excerptHtml: string;
  sections: { title: string; url: string }[];
}

export function toHit(data: PagefindResultData, maxSections = 2): SearchHit {
  const pageUrl = data.url;
  const sections = (data.sub_results ?? [])
    .filter((sub) => sub.anchor && sub.url !== pageUrl && sub.anchor.element !== 'h1')
    .slice(0, maxSections)
    .map((sub) => ({ title: sub.title, url: sub.url }));
  return {
    title: data.meta.title ?? pageUrl,
    url: pageUrl,
    type: data.meta.type ?? data.filters?.type?.[0],
    part: data.meta.part,
    excerptHtml: data.excerpt.includes(TERMS_MARK) ? escapeMarkup(data.meta.description ?? '') : safeExcerpt(data.excerpt),
    sections,
  };
}
