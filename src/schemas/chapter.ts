import { z } from 'astro/zod';
import { slugSchema } from './slug';

/** Metadata that turns a chapter into a play: something a reader can run. */
const playSchema = z.strictObject({
  /** How long the play takes, as a reader would say it: "1 dag", "45 minuten". */
  duration: z.string().trim().min(1, 'expected a duration such as "45 minuten"'),
  /** Who takes part: "4 tot 12 adviseurs en 1 klant". */
  people: z.string().trim().min(1, 'expected who takes part, such as "het hele team"'),
  /** What you need; may be empty. */
  materials: z.array(z.string().trim().min(1)).default([]),
});

const dateSchema = z.coerce.date({
  error: 'expected a date written as YYYY-MM-DD, such as 2026-11-23',
});

/**
 * Frontmatter of every chapter and play (`content/chapters/**\/*.mdx`).
 *
 * @example
 * ---
 * title: De vier eigenschappen van een effectieve adviseur
 * description: Waaraan je een adviseur herkent die het primaire proces verder helpt.
 * slug: vier-eigenschappen
 * part: adviseursrol
 * order: 1
 * updated: 2026-11-23
 * ---
 */
export function chapterSchema(partIds: readonly string[]) {
  const known = partIds.map((id) => `"${id}"`).join(', ');
  return z
    .strictObject({
      title: z.string({ error: 'expected a title' }).trim().min(1, 'expected a title'),
      /** One sentence for the page head, search results and link previews. */
      description: z
        .string({ error: 'expected a one-sentence description' })
        .trim()
        .min(1, 'expected a one-sentence description'),
      /** URL segment: `/<part>/<slug>/`. Never change it once published. */
      slug: slugSchema,
      /** The id of the part (see content/parts.yaml) this chapter belongs to. */
      part: z.enum(partIds as [string, ...string[]], {
        error: (issue) =>
          issue.input === undefined
            ? `expected the id of a part: one of ${known}`
            : `unknown part "${String(issue.input)}"; expected one of ${known}`,
      }),
      /** Position within the part, lowest first. */
      order: z.number({ error: 'expected a number' }).int('expected a whole number'),
      /** Chapters explain, plays are things you do. */
      type: z.enum(['hoofdstuk', 'play'], { error: 'expected "hoofdstuk" or "play"' }).default('hoofdstuk'),
      /** When the content last changed in substance. */
      updated: dateSchema,
      /** Words a reader may search for that the text does not use literally (parts of compounds, synonyms). */
      keywords: z.array(z.string().trim().min(1)).default([]),
      /** Required for plays, absent for chapters. */
      play: playSchema.optional(),
    })
    .superRefine((chapter, ctx) => {
      if (chapter.type === 'play' && !chapter.play) {
        ctx.addIssue({
          code: 'custom',
          path: ['play'],
          message: 'a play needs "play:" with duration, people and materials',
        });
      }
      if (chapter.type === 'hoofdstuk' && chapter.play) {
        ctx.addIssue({
          code: 'custom',
          path: ['type'],
          message: 'this chapter has "play:" metadata; set "type: play" or remove "play:"',
        });
      }
    });
}
