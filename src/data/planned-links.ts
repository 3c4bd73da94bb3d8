/**
 * Pages the content already refers to but that are not built yet (a tool or assessment
 * still in progress). Listed in content/planned-links.yaml; a planned path that gets built
 * is linked automatically, and the link check reports planned paths that no longer need
 * to be listed.
 */
import { readFileSync, existsSync } from 'node:fs';
import yaml from 'js-yaml';
import { CONTENT_DIR } from '../content-dir';

const contentDir = CONTENT_DIR;
let planned: Set<string> | undefined;

function load(): Set<string> {
  const file = `${contentDir}/planned-links.yaml`;
  if (!existsSync(file)) return new Set();
  const data = yaml.load(readFileSync(file, 'utf8'));
  if (data == null) return new Set();
  if (!Array.isArray(data) || !data.every((item) => typeof item === 'string' && item.startsWith('/'))) {
    throw new Error(`${file}: expected a list of site paths such as "/hulpmiddelen/nps/"`);
  }
  return new Set(data);
}

export async function isPlannedPath(href: string): Promise<boolean> {
  planned ??= load();
  const path = href.split('#')[0]!.split('?')[0]!;
  return planned.has(path);
}
