/**
 * The playbook's structure, computed once from the content collections: parts in order,
 * chapters in reading order with their URL, previous/next and reading time. Every page
 * and component reads from this result instead of re-deriving it.
 *
 * Pure: no Astro, no DOM. `src/data/playbook.ts` feeds it the collections.
 */
import type { ChapterData } from '../schemas/chapter';
import { readingMinutes } from './reading-time';
import { RESERVED_SEGMENTS, chapterPath, pagePath, partPath, type Locale } from './urls';

export interface PartInput {
  id: string;
  /** The URL segment in this language, when it is not the id. */
  slug?: string;
  title: string;
  order: number;
  intro: string;
}

export interface ChapterInput {
  /** Entry id (the file path inside content/chapters, without extension). */
  id: string;
  /** File path as the editor knows it, for error messages. */
  filePath: string;
  body: string;
  data: Pick<ChapterData, 'title' | 'description' | 'slug' | 'part' | 'order' | 'type' | 'updated' | 'keywords' | 'discussion' | 'play'>;
}

export interface PageInput {
  id: string;
  filePath: string;
  data: { title: string; description: string; slug: string; key?: string; updated: Date; footerOrder?: number };
}

export interface LinkTarget {
  title: string;
  path: string;
}

export interface ChapterNode extends LinkTarget {
  id: string;
  filePath: string;
  description: string;
  slug: string;
  type: 'hoofdstuk' | 'play';
  updated: Date;
  keywords: string[];
  /** "Bespreek samen": 3 to 5 questions for a group, from the frontmatter. */
  discussion: string[];
  play?: ChapterInput['data']['play'];
  readingMinutes: number;
  partId: string;
  /** Position in the whole playbook, from 0. */
  index: number;
  prev?: LinkTarget;
  next?: LinkTarget;
}

export interface PartNode extends LinkTarget {
  id: string;
  /** The part's URL segment in this language (`rol`, `role`). */
  segment: string;
  intro: string;
  order: number;
  chapters: ChapterNode[];
}

export interface PageNode extends LinkTarget {
  id: string;
  /** The same in both languages (see src/schemas/translation.ts): how code finds a page, whatever its slug. */
  key?: string;
  description: string;
  slug: string;
  updated: Date;
  footerOrder?: number;
}

export interface Playbook {
  parts: PartNode[];
  /** Every chapter and play in reading order: part by part, by order within the part. */
  chapters: ChapterNode[];
  pages: PageNode[];
  partById: ReadonlyMap<string, PartNode>;
}

class PlaybookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlaybookError';
  }
}

export function buildPlaybook(input: {
  locale?: Locale;
  parts: readonly PartInput[];
  chapters: readonly ChapterInput[];
  pages: readonly PageInput[];
}): Playbook {
  const locale = input.locale ?? 'nl';
  const problems: string[] = [];
  const reserved = new Set<string>(RESERVED_SEGMENTS);
  const topLevel = new Map<string, string>();

  const claimTopLevel = (segment: string, owner: string) => {
    if (reserved.has(segment)) {
      problems.push(`${owner}: "${segment}" is a URL the site itself uses; choose another`);
      return;
    }
    const previous = topLevel.get(segment);
    if (previous) problems.push(`${owner}: the URL /${segment}/ is already taken by ${previous}`);
    else topLevel.set(segment, owner);
  };

  const parts: PartNode[] = [...input.parts]
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, locale))
    .map((part) => {
      const segment = part.slug ?? part.id;
      claimTopLevel(segment, `part "${part.id}" in parts.yaml`);
      return { id: part.id, segment, title: part.title, intro: part.intro, order: part.order, path: partPath(segment, locale), chapters: [] };
    });
  const partById = new Map(parts.map((part) => [part.id, part]));

  const byPartAndSlug = new Map<string, ChapterInput>();
  const byPartAndOrder = new Map<string, ChapterInput>();
  for (const chapter of input.chapters) {
    const part = partById.get(chapter.data.part);
    if (!part) {
      problems.push(`${chapter.filePath}: field "part": unknown part "${chapter.data.part}"`);
      continue;
    }
    const slugKey = `${part.id}/${chapter.data.slug}`;
    const sameSlug = byPartAndSlug.get(slugKey);
    if (sameSlug) {
      problems.push(
        `${chapter.filePath}: field "slug": "${chapter.data.slug}" is already used in part "${part.id}" by ${sameSlug.filePath}`,
      );
      continue;
    }
    byPartAndSlug.set(slugKey, chapter);
    const orderKey = `${part.id}/${chapter.data.order}`;
    const sameOrder = byPartAndOrder.get(orderKey);
    if (sameOrder) {
      problems.push(
        `${chapter.filePath}: field "order": ${chapter.data.order} is already used in part "${part.id}" by ${sameOrder.filePath}; give each chapter its own place`,
      );
    }
    byPartAndOrder.set(orderKey, chapter);
  }

  const pages: PageNode[] = [];
  for (const page of input.pages) {
    if (page.data.slug !== 'home') claimTopLevel(page.data.slug, page.filePath);
    pages.push({
      id: page.id,
      key: page.data.key,
      title: page.data.title,
      description: page.data.description,
      slug: page.data.slug,
      updated: page.data.updated,
      footerOrder: page.data.footerOrder,
      path: pagePath(page.data.slug, locale),
    });
  }

  if (problems.length > 0) throw new PlaybookError(problems.join('\n'));

  const sortedChapters = [...byPartAndSlug.values()].sort((a, b) => {
    const partA = partById.get(a.data.part)!;
    const partB = partById.get(b.data.part)!;
    return parts.indexOf(partA) - parts.indexOf(partB) || a.data.order - b.data.order;
  });

  const chapters: ChapterNode[] = sortedChapters.map((chapter, index) => ({
    id: chapter.id,
    filePath: chapter.filePath,
    title: chapter.data.title,
    description: chapter.data.description,
    slug: chapter.data.slug,
    type: chapter.data.type,
    updated: chapter.data.updated,
    keywords: chapter.data.keywords,
    discussion: chapter.data.discussion ?? [],
    play: chapter.data.play,
    readingMinutes: readingMinutes(chapter.body),
    partId: chapter.data.part,
    path: chapterPath(partById.get(chapter.data.part)!.segment, chapter.data.slug, locale),
    index,
  }));
  chapters.forEach((chapter, index) => {
    const prev = chapters[index - 1];
    const next = chapters[index + 1];
    if (prev) chapter.prev = { title: prev.title, path: prev.path };
    if (next) chapter.next = { title: next.title, path: next.path };
    partById.get(chapter.partId)!.chapters.push(chapter);
  });

  pages.sort((a, b) => (a.footerOrder ?? Infinity) - (b.footerOrder ?? Infinity) || a.title.localeCompare(b.title, locale));
  return { parts, chapters, pages, partById };
}
