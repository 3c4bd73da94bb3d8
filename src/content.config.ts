import { existsSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { checkTiming, type PlayTiming } from './lib/play-timing';
import { assessmentSchema } from './schemas/assessment';
import { chapterSchema } from './schemas/chapter';
import { checkHouseTerms } from './schemas/house-terms-file';
import { caseSchema } from './schemas/case';
import { courseSchema } from './schemas/course';
import { pageSchema } from './schemas/page';
import { partSchema } from './schemas/part';
import { readPartsFile } from './schemas/parts-file';
import { ContentError } from './schemas/report';
import { worksheetSchema } from './schemas/worksheet';
import { toolContentSchema } from './schemas/tool';
import type { z } from 'astro/zod';
import { CONTENT_DIR } from './content-dir';
import { dataCollectionOf } from './tools/manifest';
import { toolIds, toolRegistry } from './tools/registry';
import { englishEditionPublished } from './data/organisation';

/**
 * All editable content lives in `content/` (or in CONTENT_DIR, which the tests and the
 * benchmark use to build fixture sites).
 */
const contentDir = CONTENT_DIR;
const parts = readPartsFile(`${contentDir}/parts.yaml`);
/**
 * The English edition: `content/en/` mirrors `content/` (see src/data/translations.ts). Absent on
 * fixture sites; left out when the organisation publishes Dutch only (content/organisation.yaml).
 */
const english = englishEditionPublished();
const englishParts = english && existsSync(`${contentDir}/en/parts.yaml`) ? readPartsFile(`${contentDir}/en/parts.yaml`) : [];

/**
 * One spelling per term: content/house-terms.yaml, checked over the content and the
 * interface strings whenever the content config loads (sync, dev, build).
 */
checkHouseTerms(contentDir, ['src/i18n', 'src/tools']);

/**
 * Every collection holds both languages: `<folder>/…` (Dutch) and `en/<folder>/…` (English).
 * Entry ids are file paths inside the folder, English ones starting with `en/`
 * (`rol/vier-eigenschappen`, `en/role/four-qualities`); URLs come from the `slug` field, never
 * from file names, and the two languages' files are paired by `key` (src/data/translations.ts).
 */
const bothLanguages = (folder: string, pattern: string) => (english ? `{${folder},en/${folder}}/${pattern}` : `${folder}/${pattern}`);
const idInFolder = (folder: string, extension: RegExp) => ({ entry }: { entry: string }) =>
  entry.replace(new RegExp(`^(en/)?${folder}/`), '$1').replace(extension, '');
const mdxIn = (folder: string) => glob({ pattern: bothLanguages(folder, '*.mdx'), base: contentDir, generateId: idInFolder(folder, /\.mdx?$/) });
const yamlIn = (folder: string) => glob({ pattern: bothLanguages(folder, '*.{yaml,yml}'), base: contentDir, generateId: idInFolder(folder, /\.ya?ml$/) });

/** The parts of both languages; English entries are `en/<id>` and keep the Dutch part's `id` in their data. */
function partsLoader(): Loader {
  return {
    name: 'parts-both-languages',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const [prefix, list] of [['', parts], ['en/', englishParts]] as const) {
        for (const part of list) {
          const id = `${prefix}${part.id}`;
          store.set({ id, data: await parseData({ id, data: { ...part } }) });
        }
      }
    },
  };
}

/**
 * A tool's data file, `tools/<id>.yaml` beside its explanation: one entry, or none when the
 * file is absent (a fixture site, the benchmark); the tool then gets no page.
 */
const toolDataFile = (id: string) =>
  glob({ pattern: bothLanguages('tools', `${id}.yaml`), base: contentDir, generateId: ({ entry }) => (entry.startsWith('en/') ? 'en' : 'nl') });

/** Each tool's content schema, `src/tools/<id>/data-schema.ts` beside its manifest (manifests run in the browser and hold no zod). */
const dataSchemas = import.meta.glob<z.ZodType>('./tools/*/data-schema.ts', { eager: true, import: 'dataSchema' });

/** One collection per tool whose manifest declares content data: `content/tools/<id>.yaml` through the tool's schema. */
const toolDataCollections = Object.fromEntries(
  toolRegistry.flatMap((tool) => {
    if (!('data' in tool)) return [];
    const schema = dataSchemas[`./tools/${tool.id}/data-schema.ts`];
    if (!schema) throw new Error(`src/tools/${tool.id}/tool.ts declares content data, but src/tools/${tool.id}/data-schema.ts exports no dataSchema`);
    return [[dataCollectionOf(tool.id), defineCollection({ loader: toolDataFile(tool.id), schema })]];
  }),
);
/** Lines in the file before its MDX body (frontmatter and blank lines), so errors name the file's own line. */
function linesBeforeBody(filePath: string, body: string): number {
  const text = readFileSync(filePath, 'utf8');
  const start = body.trim() === '' ? -1 : text.indexOf(body.trimStart().slice(0, 200));
  return start < 0 ? 0 : text.slice(0, start).split('\n').length - 1;
}

/**
 * The chapters, loaded by glob, then checked as a whole: the schema sees only frontmatter,
 * but a play's steps live in its MDX body and must add up to what the frontmatter promises
 * (see checkTiming in src/lib/play-timing.ts). Runs on `astro sync`, `dev` and `build`.
 */
function chaptersLoader(): Loader {
  const files = glob({ pattern: bothLanguages('chapters', '**/*.mdx'), base: contentDir, generateId: idInFolder('chapters', /\.mdx?$/) });
  return {
    name: 'chapters-with-timings',
    load: async (context) => {
      await files.load(context);
      const problems: string[] = [];
      for (const entry of context.store.values()) {
        const data = entry.data as { type?: string; play?: PlayTiming };
        const filePath = entry.filePath ?? entry.id;
        problems.push(...checkTiming(filePath, entry.body ?? '', data.type === 'play' ? data.play : undefined, linesBeforeBody(filePath, entry.body ?? '')));
      }
      if (problems.length > 0) throw new ContentError(`Steps that do not add up:\n${problems.join('\n')}`);
    },
  };
}

export const collections = {
  parts: defineCollection({ loader: partsLoader(), schema: partSchema }),
  chapters: defineCollection({
    loader: chaptersLoader(),
    schema: chapterSchema(parts.map((part) => part.id)),
  }),
  assessments: defineCollection({
    loader: yamlIn('assessments'),
    schema: assessmentSchema,
  }),
  /** For trainers: printable worksheets, role-play cases and the course outline. */
  worksheets: defineCollection({
    loader: yamlIn('worksheets'),
    schema: worksheetSchema,
  }),
  cases: defineCollection({
    loader: yamlIn('cases'),
    schema: caseSchema,
  }),
  course: defineCollection({
    loader: yamlIn('course'),
    schema: courseSchema,
  }),
  tools: defineCollection({
    loader: mdxIn('tools'),
    schema: toolContentSchema(toolIds),
  }),
  ...toolDataCollections,
  pages: defineCollection({
    loader: mdxIn('pages'),
    schema: pageSchema,
  }),
};
