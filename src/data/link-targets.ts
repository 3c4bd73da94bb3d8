/**
 * Every page of the site that content may link to, with its heading ids. Computed once per
 * build from the route data; chapters are rendered once to learn their headings.
 */
import { getCollection, render } from 'astro:content';
import type { LinkTargets } from '../lib/link-targets';
import { assessmentPath, assessmentsIndexPath, searchPath, toolsIndexPath } from '../lib/urls';
import { getPlaybook } from './playbook';
import { getTools } from './tools';

let cached: Promise<LinkTargets> | undefined;

export function getLinkTargets(): Promise<LinkTargets> {
  cached ??= load();
  return cached;
}

async function load(): Promise<LinkTargets> {
  const playbook = await getPlaybook();
  const targets = new Map<string, Set<string>>();
  const [chapters, pages, assessments] = await Promise.all([getCollection('chapters'), getCollection('pages'), getCollection('assessments')]);
  const headingsOf = async (entry: Parameters<typeof render>[0]) => new Set((await render(entry)).headings.map((heading) => heading.slug));

  const chapterById = new Map(chapters.map((entry) => [entry.id, entry]));
  for (const chapter of playbook.chapters) targets.set(chapter.path, await headingsOf(chapterById.get(chapter.id)!));
  const pageById = new Map(pages.map((entry) => [entry.id, entry]));
  for (const page of playbook.pages) targets.set(page.path, await headingsOf(pageById.get(page.id)!));
  for (const part of playbook.parts) targets.set(part.path, new Set());
  targets.set(assessmentsIndexPath(), new Set());
  for (const assessment of assessments) targets.set(assessmentPath(assessment.id), new Set());
  const tools = await getTools();
  if (tools.length > 0) targets.set(toolsIndexPath(), new Set());
  for (const tool of tools) targets.set(tool.path, await headingsOf(tool.entry));
  targets.set(searchPath(), new Set());
  return targets;
}
