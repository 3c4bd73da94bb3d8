/**
 * The one place that reads the content collections and computes the playbook's route
 * data. Pages and components import `getPlaybook()`; the work happens once per build.
 */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { buildPlaybook, type Playbook } from '../lib/playbook';
import type { Locale } from '../lib/urls';
import { pageLocale } from '../page-locale';
import { inLocale, perLocale } from './locale';

/** The playbook in one language (default: the page being rendered). */
export const getPlaybook: (locale?: Locale) => Promise<Playbook> = perLocale(load);

/** The content entries behind the route data, by entry id, for rendering their MDX. */
export async function getChapterEntries(): Promise<Map<string, CollectionEntry<'chapters'>>> {
  return new Map((await getCollection('chapters')).map((entry) => [entry.id, entry]));
}

export async function getPageEntries(): Promise<Map<string, CollectionEntry<'pages'>>> {
  return new Map((await getCollection('pages')).map((entry) => [entry.id, entry]));
}

/** The home page's introduction (content/pages/home.mdx). */
export async function getHomeIntro(locale: Locale = pageLocale()): Promise<CollectionEntry<'pages'>> {
  const intro = (await getPlaybook(locale)).pages.find((page) => page.slug === 'home');
  const entry = intro && (await getEntry('pages', intro.id));
  if (!entry) throw new Error(`${locale === 'en' ? 'content/en/pages/' : 'content/pages/'}: a page with slug "home" is missing: the home page needs its introduction`);
  return entry;
}

async function load(locale: Locale): Promise<Playbook> {
  const [parts, chapters, pages] = await Promise.all([
    getCollection('parts').then((entries) => inLocale(entries, locale)),
    getCollection('chapters').then((entries) => inLocale(entries, locale)),
    getCollection('pages').then((entries) => inLocale(entries, locale)),
  ]);
  return buildPlaybook({
    locale,
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
