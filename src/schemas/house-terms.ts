import { z } from 'astro/zod';

/** The editions a rule checks: Dutch (content/, the nl strings), English (content/en/, the en strings) or both. */
export const HOUSE_TERM_LANGUAGES = ['nl', 'en', 'both'] as const;

const validPattern = (source: string) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
};

/**
 * The house-terms list (`content/house-terms.yaml`): one spelling per term. Every build
 * checks the content and the interface strings against it (src/lib/house-terms.ts) and
 * fails with file, line, the banned variant and the preferred term.
 *
 * @example
 * - term: follow-upsessie
 *   banned: [follow-up-sessie, follow-up sessie]
 *   note: Zo schrijft de Woordenlijst het. De URL /team/follow-up-sessie/ blijft.
 * - term: training course
 *   language: en
 *   banned: [trainings]
 * - term: ’
 *   language: both
 *   pattern: "(?<=\\p{L})'(?=\\p{L})"
 *   name: a straight apostrophe
 */
export const houseTermSchema = z.strictObject({
  /** How the playbook writes it. */
  term: z.string({ error: 'expected the preferred term' }).trim().min(1, 'expected the preferred term'),
  /** Which edition the rule checks; Dutch when left out. */
  language: z.enum(HOUSE_TERM_LANGUAGES, { error: 'expected "nl", "en" or "both"' }).default('nl'),
  /** Spellings or words that must not appear in text; matched as whole words, any case. */
  banned: z
    .array(z.string().trim().min(1, 'a banned variant cannot be empty'), { error: 'expected a list of banned variants' })
    .min(1, 'expected at least one banned variant')
    .optional(),
  /**
   * Instead of words: a regular expression (JavaScript, Unicode) for a mark, such as a
   * straight apostrophe inside a word. `name` says in the error what was found.
   */
  pattern: z
    .string()
    .trim()
    .min(1, 'a pattern cannot be empty')
    .refine(validPattern, 'expected a regular expression JavaScript can read')
    .optional(),
  /** What the error calls a match of `pattern` ("a straight apostrophe"). */
  name: z.string().trim().min(1).optional(),
  /** Files the rule does not read yet, as paths under the repository (`content/course/`); a folder ends in `/`. */
  skip: z.array(z.string().trim().min(1)).default([]),
  /** Fixed names in which a banned word is right, e.g. "Net Promoter Score". */
  allow: z.array(z.string().trim().min(1)).default([]),
  /** Why, or where the variant may still appear (URLs, field values). Shown in the error. */
  note: z.string().trim().min(1).optional(),
});

export const houseTermsFileSchema = z.array(houseTermSchema).superRefine((terms, ctx) => {
  const seen = new Map<string, number>();
  terms.forEach((term, index) => {
    if (!term.banned === !term.pattern) {
      ctx.addIssue({ code: 'custom', path: [index, 'banned'], message: 'expected either "banned" (words) or "pattern" (a mark), not both or neither' });
    }
    if (term.pattern && !term.name) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'expected a name for what the pattern finds' });
    const editions = term.language === 'both' ? ['nl', 'en'] : [term.language];
    (term.banned ?? []).forEach((variant, position) => {
      if (variant.toLowerCase() === term.term.toLowerCase()) {
        ctx.addIssue({ code: 'custom', path: [index, 'banned', position], message: `"${variant}" is the preferred term itself` });
      }
      const keys = editions.map((edition) => `${edition}:${variant.toLowerCase()}`);
      const earlier = keys.map((key) => seen.get(key)).find((found) => found !== undefined);
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', path: [index, 'banned', position], message: `"${variant}" is already banned by term ${earlier + 1}` });
      } else keys.forEach((key) => seen.set(key, index));
    });
  });
});

export type HouseTerm = z.infer<typeof houseTermSchema>;
