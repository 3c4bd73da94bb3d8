/**
 * The workshop tools as pages see them: the registry (src/tools/registry.ts) joined with
 * each tool's content file (content/tools/<name>.mdx: title, description, audience and the
 * explanation) and, for tools that have one, its data file (content/tools/<name>.yaml). A
 * tool without its content or data file has no page; the published-URL manifest catches that
 * on the real site.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { toolRegistry, type ToolId, type ToolManifestOf } from '../tools/registry';
import { toolPath, type Locale } from '../lib/urls';
import { inLocale, perLocale } from './locale';
import { hasDataFile, readToolDataFile } from './tool-data-files';

export interface ToolInfo {
  id: ToolId;
  segment: string;
  path: string;
  title: string;
  description: string;
  audience: string;
  related: readonly string[];
  definition: ToolManifestOf;
  entry: CollectionEntry<'tools'>;
}

/** Tools in registry order, those with content only, in one language (default: the page being rendered). */
export const getTools: (locale?: Locale) => Promise<ToolInfo[]> = perLocale(async (locale) => {
    const entries = new Map(inLocale(await getCollection('tools'), locale).map((entry) => [entry.data.tool, entry]));
    const dataMissing = new Set<ToolId>();
    for (const { id } of toolRegistry) if (hasDataFile(id) && !(await readToolDataFile(id, locale))) dataMissing.add(id);
    return toolRegistry.flatMap((definition) => {
      const entry = entries.get(definition.id);
      if (!entry || dataMissing.has(definition.id)) return [];
      const { title, description, audience } = entry.data;
      return [
        {
          id: definition.id,
          segment: definition.segments[locale],
          path: toolPath(definition.segments[locale], locale),
          title,
          description,
          audience,
          related: definition.related,
          definition,
          entry,
        },
      ];
    });
});

export async function getTool(id: ToolId, locale?: Locale): Promise<ToolInfo> {
  const tool = (await getTools(locale)).find((candidate) => candidate.id === id);
  if (!tool) throw new Error(`Tool "${id}" has no content file in content/tools/ (field "tool: ${id}")`);
  return tool;
}
