/**
 * The sidebar, derived from the playbook: every part, and the chapters of the part the
 * reader is in. Listing only the current part's chapters keeps each page's HTML the
 * same size however large the playbook grows.
 */
import type { Playbook } from './playbook';

export interface NavChapter {
  title: string;
  path: string;
  type: 'hoofdstuk' | 'play';
  current: boolean;
}

export interface NavPart {
  id: string;
  title: string;
  path: string;
  chapterCount: number;
  /** The reader is on this part's page. */
  current: boolean;
  /** The reader is on this part's page or one of its chapters: its chapters are listed. */
  expanded: boolean;
  chapters: NavChapter[];
}

export function sidebarFor(playbook: Playbook, currentPath: string): NavPart[] {
  return playbook.parts.map((part) => {
    const expanded = part.path === currentPath || part.chapters.some((chapter) => chapter.path === currentPath);
    return {
      id: part.id,
      title: part.title,
      path: part.path,
      chapterCount: part.chapters.length,
      current: part.path === currentPath,
      expanded,
      chapters: expanded
        ? part.chapters.map((chapter) => ({
            title: chapter.title,
            path: chapter.path,
            type: chapter.type,
            current: chapter.path === currentPath,
          }))
        : [],
    };
  });
}

export interface Crumb {
  title: string;
  path: string;
}

/** Home › part › chapter; the last crumb is the current page. */
export function breadcrumbsFor(playbook: Playbook, currentPath: string, homeTitle: string): Crumb[] {
  const crumbs: Crumb[] = [{ title: homeTitle, path: '/' }];
  for (const part of playbook.parts) {
    if (part.path === currentPath) return [...crumbs, { title: part.title, path: part.path }];
    const chapter = part.chapters.find((candidate) => candidate.path === currentPath);
    if (chapter) return [...crumbs, { title: part.title, path: part.path }, { title: chapter.title, path: chapter.path }];
  }
  return crumbs;
}
