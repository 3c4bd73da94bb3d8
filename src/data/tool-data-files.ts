/**
 * The tools' data files as the content collections hold them (content/tools/<id>.yaml,
 * validated by the tool's `data-schema.ts` while the content loads; one collection per tool
 * whose manifest declares `data`, see src/content.config.ts). Pages read them through
 * getToolData() (tool-data.ts), which adds the checks that need the whole site.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import type { Locale } from '../lib/urls';
import { dataCollectionOf, type ToolData } from '../tools/manifest';
import { toolRegistry, type ToolManifestOf } from '../tools/registry';

export interface ToolDataFile<T> {
  data: T;
  /** For error messages: the file as the content loader found it. */
  filePath: string;
}

/** The tools whose manifest declares content data. */
export type ToolWithData = Extract<ToolManifestOf, { data: ToolData<unknown> }>['id'];
/** What a tool's logic takes from its data file: the type its manifest names (the schema is checked against it). */
export type ToolDataOf<Id extends ToolWithData> = Extract<ToolManifestOf, { id: Id }> extends { data: ToolData<infer T> } ? T : never;

const withData = new Set<string>(toolRegistry.flatMap((tool) => ('data' in tool ? [tool.id] : [])));

export function hasDataFile(id: string): id is ToolWithData {
  return withData.has(id);
}

/** The tool's data file, or undefined when the content folder has none. A collection holds one entry per language, with the language as its id. */
export async function readToolDataFile<Id extends ToolWithData>(id: Id, locale: Locale): Promise<ToolDataFile<ToolDataOf<Id>> | undefined> {
  const entries: { id: string; filePath?: string; data: unknown }[] = await getCollection(dataCollectionOf(id) as CollectionKey);
  const entry = entries.find((candidate) => candidate.id === locale);
  return entry ? { data: entry.data as ToolDataOf<Id>, filePath: entry.filePath ?? `tools/${entry.id}.yaml` } : undefined;
}
