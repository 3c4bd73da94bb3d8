/**
 * Every page of the site that content may link to, with its heading ids. Computed once per
 * build from the route data; chapters are rendered once to learn their headings.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { LinkTargets } from '../lib/link-targets';
import { assessmentPath, assessmentsIndexPath, searchPath, toolsIndexPath, type Locale, assessmentSlug } from '../lib/urls';
import { inLocale, perLocale } from './locale';
import { getPlaybook } from './playbook';
import { getTools } from './tools';

/** The pages of one language's edition: content links only to its own language. */
export const getLinkTargets: (locale?: Locale) => Promise<LinkTargets> = perLocale(load);

async function load(locale: Locale): Promise<LinkTargets> {
  const playbook = await getPlaybook(locale);
  const targets = new Map<string, Set<string>>();
  const [chapters, pages, assessments] = await Promise.all([getCollection('chapters'), getCollection('pages'), getCollection('assessments')]);
  const headingsOf = async (entry: CollectionEntry<'chapters' | 'pages' | 'tools'>) => new Set((await render(entry)).headings.map((heading) => heading.slug));

  const chapterById = new Map(chapters.map((entry) => [entry.id, entry]));
  for (const chapter of playbook.chapters) targets.set(chapter.path, await headingsOf(chapterById.get(chapter.id)!));
  const pageById = new Map(pages.map((entry) => [entry.id, entry]));
  for (const page of playbook.pages) targets.set(page.path, await headingsOf(pageById.get(page.id)!));
  for (const part of playbook.parts) targets.set(part.path, new Set());
  targets.set(assessmentsIndexPath(locale), new Set());
  for (const assessment of inLocale(assessments, locale)) targets.set(assessmentPath(assessmentSlug(assessment.data), locale), new Set());
  const tools = await getTools(locale);
  if (tools.length > 0) targets.set(toolsIndexPath(locale), new Set());
  for (const tool of tools) targets.set(tool.path, await headingsOf(tool.entry));
  targets.set(searchPath(locale), new Set());
  return targets;
}
