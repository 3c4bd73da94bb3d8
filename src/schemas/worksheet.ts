import { translationFields } from './translation';
import { z } from 'astro/zod';
import { slugSchema } from './slug';

const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, `expected ${what}`);

/** A site path that content links to, such as "/team/follow-up-sessie/". Checked against the build's pages. */
export const sitePathSchema = z
  .string({ error: 'expected a site path such as "/rol/eerste-gesprek/"' })
  .regex(/^\/([a-z0-9-]+\/)+(#[a-z0-9-]+)?$/, 'expected a site path such as "/rol/eerste-gesprek/" (lower case, starting and ending with "/")');

/**
 * One block of a worksheet.
 * - `fields`: short answers on one line each (name, date, team)
 * - `lines`: a question with ruled lines to write on
 * - `checklist`: statements to tick, with room for what you saw
 * - `table`: columns to fill in, row by row
 */
export const worksheetBlockSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('fields'), items: z.array(text('a label')).min(1).max(4) }),
    z.strictObject({
      kind: z.literal('lines'),
      label: text('a question or label'),
      hint: z.string().trim().optional(),
      /** Ruled lines to write on, 1–14. */
      lines: z.number().int().min(1, 'expected at least 1 line').max(14, 'at most 14 lines fit on an A4'),
    }),
    z.strictObject({
      kind: z.literal('checklist'),
      label: text('a heading for the checklist'),
      items: z.array(text('a statement to tick')).min(2, 'expected at least 2 statements').max(10, 'at most 10 statements fit on an A4'),
    }),
    z.strictObject({
      kind: z.literal('table'),
      label: text('a heading for the table'),
      columns: z.array(text('a column heading')).min(2, 'expected at least 2 columns').max(5, 'at most 5 columns fit on an A4'),
      rows: z.number().int().min(1).max(8, 'at most 8 rows fit on an A4'),
    }),
  ],
  { error: 'expected a block with kind "fields", "lines", "checklist" or "table"' },
);

/**
 * A printable worksheet (`content/worksheets/*.yaml`): one A4 page with room to write.
 *
 * slug: persoonlijke-actiekaart
 * title: Mijn actiekaart
 * blocks: [{ kind: lines, label: Wat ga ik doen?, lines: 4 }]
 */
export const worksheetSchema = z.strictObject({
  /** URL segment: /werkbladen/<slug>/. */
  slug: slugSchema,
  ...translationFields,
  title: text('a title'),
  description: text('a one-sentence description'),
  /** Place in the overview. */
  order: z.number({ error: 'expected a number for the place in the overview' }).int(),
  /** What to do, in one or two sentences, printed at the top. */
  instruction: text('an instruction'),
  /** Chapters, plays or pages this worksheet belongs to. */
  usedIn: z.array(sitePathSchema).min(1, 'expected at least one chapter or play that uses this worksheet'),
  blocks: z.array(worksheetBlockSchema).min(1, 'expected at least one block'),
});

export type Worksheet = z.infer<typeof worksheetSchema>;
export type WorksheetBlock = z.infer<typeof worksheetBlockSchema>;
