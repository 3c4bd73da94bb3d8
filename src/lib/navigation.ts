/**
 * The sidebar, derived from the playbook: the parts, and the chapters of the part the
 * reader is in. Listing only the current part's chapters, and only a window of very long
 * lists, keeps each page's HTML the same size however large the playbook grows.
 */
import { homePath, localeOfPath } from './urls';
import type { Playbook } from './playbook';

interface NavChapter {
  title: string;
  path: string;
  type: 'hoofdstuk' | 'play';
  current: boolean;
}

interface NavPart {
  id: string;
  title: string;
  path: string;
  chapterCount: number;
  /** The reader is on this part's page. */
  current: boolean;
  /** The reader is on this part's page or one of its chapters: its chapters are listed. */
  expanded: boolean;
  chapters: NavChapter[];
  /** Chapters of an expanded part that are left out of a long list, before and after the shown ones. */
  hiddenBefore: number;
  hiddenAfter: number;
}

export interface Sidebar {
  parts: NavPart[];
  /** Parts left out around the shown ones when the playbook has very many parts. */
  hiddenPartsBefore: number;
  hiddenPartsAfter: number;
}

/**
 * Limits that keep every page's navigation the same size however large the playbook grows:
 * beyond them the sidebar shows a window around the current item and links to the full list
 * (the part page, or the home page for parts).
 */
const NAV_LIMITS = { parts: 12, partWindow: 4, chapters: 30, chapterWindow: 10 };

function windowAround(length: number, index: number, limit: number, radius: number): [start: number, end: number] {
  if (length <= limit) return [0, length];
  const centre = index < 0 ? 0 : index;
  const start = Math.max(0, Math.min(centre - radius, length - (2 * radius + 1)));
  return [start, Math.min(length, start + 2 * radius + 1)];
}

export function sidebarFor(playbook: Playbook, currentPath: string, limits = NAV_LIMITS): Sidebar {
  const currentPartIndex = playbook.parts.findIndex(
    (part) => part.path === currentPath || part.chapters.some((chapter) => chapter.path === currentPath),
  );
  const [partStart, partEnd] = windowAround(playbook.parts.length, currentPartIndex, limits.parts, limits.partWindow);
  const parts = playbook.parts.slice(partStart, partEnd).map((part) => {
    const expanded = playbook.parts.indexOf(part) === currentPartIndex;
    const currentChapter = part.chapters.findIndex((chapter) => chapter.path === currentPath);
    const [start, end] = expanded ? windowAround(part.chapters.length, currentChapter, limits.chapters, limits.chapterWindow) : [0, 0];
    return {
      id: part.id,
      title: part.title,
      path: part.path,
      chapterCount: part.chapters.length,
      current: part.path === currentPath,
      expanded,
      chapters: part.chapters.slice(start, end).map((chapter) => ({
        title: chapter.title,
        path: chapter.path,
        type: chapter.type,
        current: chapter.path === currentPath,
      })),
      hiddenBefore: start,
      hiddenAfter: expanded ? part.chapters.length - end : 0,
    };
  });
  return { parts, hiddenPartsBefore: partStart, hiddenPartsAfter: playbook.parts.length - partEnd };
}

export interface Crumb {
  title: string;
  path: string;
}

/** Home › part › chapter; the last crumb is the current page. */
export function breadcrumbsFor(playbook: Playbook, currentPath: string, homeTitle: string): Crumb[] {
  const crumbs: Crumb[] = [{ title: homeTitle, path: homePath(localeOfPath(currentPath)) }];
  for (const part of playbook.parts) {
    if (part.path === currentPath) return [...crumbs, { title: part.title, path: part.path }];
    const chapter = part.chapters.find((candidate) => candidate.path === currentPath);
    if (chapter) return [...crumbs, { title: part.title, path: part.path }, { title: chapter.title, path: chapter.path }];
  }
  return crumbs;
}
