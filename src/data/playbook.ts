/**
 * The one place that reads the content collections and computes the playbook's route
 * data. Pages and components import `getPlaybook()`; the work happens once per build.
 */
import { getCollection } from 'astro:content';
import { buildPlaybook, type Playbook } from '../lib/playbook';

let cached: Promise<Playbook> | undefined;

export function getPlaybook(): Promise<Playbook> {
  cached ??= load();
  return cached;
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
