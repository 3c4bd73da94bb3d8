import { z } from 'astro/zod';

/**
 * The house-terms list (`content/house-terms.yaml`): one spelling per term. Every build
 * checks the content and the interface strings against it (src/lib/house-terms.ts) and
 * fails with file, line, the banned variant and the preferred term.
 *
 * @example
 * - term: follow-upsessie
 *   banned: [follow-up-sessie, follow-up sessie]
 *   note: Zo schrijft de Woordenlijst het. De URL /team/follow-up-sessie/ blijft.
 */
export const houseTermSchema = z.strictObject({
  /** How the playbook writes it. */
  term: z.string({ error: 'expected the preferred term' }).trim().min(1, 'expected the preferred term'),
  /** Spellings or words that must not appear in text; matched as whole words, any case. */
  banned: z
    .array(z.string().trim().min(1, 'a banned variant cannot be empty'), { error: 'expected a list of banned variants' })
    .min(1, 'expected at least one banned variant'),
  /** Fixed names in which a banned word is right, e.g. "Net Promoter Score". */
  allow: z.array(z.string().trim().min(1)).default([]),
  /** Why, or where the variant may still appear (URLs, field values). Shown in the error. */
  note: z.string().trim().min(1).optional(),
});

export const houseTermsFileSchema = z.array(houseTermSchema).superRefine((terms, ctx) => {
  const seen = new Map<string, number>();
  terms.forEach((term, index) => {
    term.banned.forEach((variant, position) => {
      const key = variant.toLowerCase();
      if (key === term.term.toLowerCase()) {
        ctx.addIssue({ code: 'custom', path: [index, 'banned', position], message: `"${variant}" is the preferred term itself` });
      }
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', path: [index, 'banned', position], message: `"${variant}" is already banned by term ${earlier + 1}` });
      } else seen.set(key, index);
    });
  });
});

export type HouseTerm = z.infer<typeof houseTermSchema>;
