/**
 * The one place that reads the content collections and computes the playbook's route
 * data. Pages and components import `getPlaybook()`; the work happens once per build.
 */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { buildPlaybook, type Playbook } from '../lib/playbook';

let cached: Promise<Playbook> | undefined;

export function getPlaybook(): Promise<Playbook> {
  cached ??= load();
  return cached;
}

/** The content entries behind the route data, by entry id, for rendering their MDX. */
export async function getChapterEntries(): Promise<Map<string, CollectionEntry<'chapters'>>> {
  return new Map((await getCollection('chapters')).map((entry) => [entry.id, entry]));
}

export async function getPageEntries(): Promise<Map<string, CollectionEntry<'pages'>>> {
  return new Map((await getCollection('pages')).map((entry) => [entry.id, entry]));
}

/** The home page's introduction (content/pages/home.mdx). */
export async function getHomeIntro(): Promise<CollectionEntry<'pages'>> {
  const intro = await getEntry('pages', 'home');
  if (!intro) throw new Error('content/pages/home.mdx is missing: the home page needs its introduction');
  return intro;
}

async function load(): Promise<Playbook> {
  const [parts, chapters, pages] = await Promise.all([
    getCollection('parts'),
    getCollection('chapters'),
    getCollection('pages'),
  ]);
  return buildPlaybook({
    parts: parts.map((entry) => entry.data),
    chapters: chapters.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? entry.id,
      body: entry.body ?? '',
      data: entry.data,
    })),
    pages: pages.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data })),
  });
}
