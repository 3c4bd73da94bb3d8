import { z } from 'astro/zod';
import { slugSchema } from './slug';

/**
 * A part is a section of the playbook ("De rol van de adviseur"). Parts are declared once,
 * in `content/parts.yaml`; navigation, breadcrumbs and the home page are derived from them.
 *
 * @example
 * - id: adviseursrol
 *   title: De rol van de adviseur
 *   order: 1
 *   intro: Wat een effectieve adviseur anders doet dan een uitvoerder.
 */
export const partSchema = z.strictObject({
  /** URL segment of the part: `/adviseursrol/`. Never change it once published. */
  id: slugSchema,
  /** The part's URL segment in this language when it is not the id: English parts give their English one (`role`). */
  slug: slugSchema.optional(),
  /** Title in navigation and on the part's page. */
  title: z.string().trim().min(1, 'expected a title'),
  /** Position of the part in the playbook, lowest first. */
  order: z.number().int('expected a whole number'),
  /** One or two sentences that introduce the part. */
  intro: z.string().trim().min(1, 'expected a short introduction'),
});

export type Part = z.infer<typeof partSchema>;

export const partsFileSchema = z
  .array(partSchema)
  .min(1, 'expected at least one part')
  .superRefine((parts, ctx) => {
    const seen = new Map<string, number>();
    parts.forEach((part, index) => {
      const first = seen.get(part.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `part id "${part.id}" is already used by part ${first + 1}; every part needs its own id`,
        });
      }
      seen.set(part.id, index);
    });
  });
