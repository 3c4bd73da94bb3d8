/**
 * The workshop tools as pages see them: the registry (src/tools/registry.ts) joined with
 * each tool's content file (content/tools/<name>.mdx: title, description, audience and the
 * explanation). A tool without a content file has no page; the published-URL manifest
 * catches that on the real site.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { toolRegistry, type ToolDefinition, type ToolId } from '../tools/registry';
import { toolPath } from '../lib/urls';

export interface ToolInfo {
  id: ToolId;
  segment: string;
  path: string;
  title: string;
  description: string;
  audience: string;
  related: readonly string[];
  definition: ToolDefinition;
  entry: CollectionEntry<'tools'>;
}

let cached: Promise<ToolInfo[]> | undefined;

/** Tools in registry order, those with content only. */
export function getTools(): Promise<ToolInfo[]> {
  cached ??= (async () => {
    const entries = new Map((await getCollection('tools')).map((entry) => [entry.data.tool, entry]));
    return toolRegistry.flatMap((definition) => {
      const entry = entries.get(definition.id);
      if (!entry) return [];
      const { title, description, audience } = entry.data;
      return [
        {
          id: definition.id,
          segment: definition.segment,
          path: toolPath(definition.segment),
          title,
          description,
          audience,
          related: definition.related,
          definition,
          entry,
        },
      ];
    });
  })();
  return cached;
}

export async function getTool(id: ToolId): Promise<ToolInfo> {
  const tool = (await getTools()).find((candidate) => candidate.id === id);
  if (!tool) throw new Error(`Tool "${id}" has no content file in content/tools/ (field "tool: ${id}")`);
  return tool;
}
