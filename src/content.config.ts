import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { assessmentSchema } from './schemas/assessment';
import { chapterSchema } from './schemas/chapter';
import { pageSchema } from './schemas/page';
import { partSchema } from './schemas/part';
import { readPartsFile } from './schemas/parts-file';
import { toolContentSchema } from './schemas/tool';
import { CONTENT_DIR } from './content-dir';

/**
 * All editable content lives in `content/` (or in CONTENT_DIR, which the tests and the
 * benchmark use to build fixture sites).
 */
const contentDir = CONTENT_DIR;
const parts = readPartsFile(`${contentDir}/parts.yaml`);

/** Entry ids are file paths; URLs come from the `slug` field, never from file names. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

export const collections = {
  parts: defineCollection({ loader: () => parts, schema: partSchema }),
  chapters: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/chapters`, generateId: idFromPath }),
    schema: chapterSchema(parts.map((part) => part.id)),
  }),
  assessments: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/assessments`, generateId: ({ entry }) => entry.replace(/\.ya?ml$/, '') }),
    schema: assessmentSchema,
  }),
  tools: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/tools`, generateId: idFromPath }),
    schema: toolContentSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/pages`, generateId: idFromPath }),
    schema: pageSchema,
  }),
};
