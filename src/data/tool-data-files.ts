/**
 * The tools' data files as the content collections hold them (content/tools/<id>.yaml,
 * validated by their schemas in src/schemas/ while the content loads). Pages read them
 * through getToolData() (tool-data.ts), which adds the checks that need the whole site.
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../lib/urls';
import type { InterventionContent } from '../tools/intervention-planner/intervention-planner';
import type { PurposeCheckContent } from '../tools/purpose-check/purpose-check';
import type { TeamDayContent } from '../tools/team-day-planner/team-day-planner';

export interface ToolDataFile<T> {
  data: T;
  /** For error messages: the file as the content loader found it. */
  filePath: string;
}

/** A tool data collection holds one entry per language, with the language as its id (src/content.config.ts). */
const first = async <T,>(entries: Promise<{ id: string; filePath?: string; data: T }[]>, locale: Locale): Promise<ToolDataFile<T> | undefined> => {
  const entry = (await entries).find((candidate) => candidate.id === locale);
  return entry ? { data: entry.data, filePath: entry.filePath ?? `tools/${entry.id}.yaml` } : undefined;
};

/** One reader per tool with a data file; each return type is checked against what the tool's logic takes. */
const readers = {
  'intervention-planner': (locale: Locale): Promise<ToolDataFile<InterventionContent> | undefined> => first(getCollection('interventionPlannerData'), locale),
  'team-day-planner': (locale: Locale): Promise<ToolDataFile<TeamDayContent> | undefined> => first(getCollection('teamDayPlannerData'), locale),
  'purpose-check': (locale: Locale): Promise<ToolDataFile<PurposeCheckContent> | undefined> => first(getCollection('purposeCheckData'), locale),
};

export type ToolWithData = keyof typeof readers;
export type ToolDataOf<Id extends ToolWithData> = NonNullable<Awaited<ReturnType<(typeof readers)[Id]>>>['data'];

export function hasDataFile(id: string): id is ToolWithData {
  return Object.hasOwn(readers, id);
}

/** The tool's data file, or undefined when the content folder has none. */
export function readToolDataFile<Id extends ToolWithData>(id: Id, locale: Locale): Promise<ToolDataFile<ToolDataOf<Id>> | undefined> {
  return readers[id](locale) as Promise<ToolDataFile<ToolDataOf<Id>> | undefined>;
}
