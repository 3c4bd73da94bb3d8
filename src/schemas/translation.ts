import { z } from 'astro/zod';
import { slugSchema } from './slug';

/**
 * Fields that pair a file with its counterpart in the other language: a Dutch file in
 * `content/` and an English one in `content/en/`. File names and slugs differ per language;
 * the key does not. When the site has an English edition, the build fails on a file without
 * a counterpart, unless that file says `translation: pending` (see src/data/translations.ts).
 *
 * @example
 * key: four-qualities
 * translation: pending
 */
export const translationFields = {
  /** The same in both languages' files, e.g. `four-qualities`. Never change it once published. */
  key: slugSchema.optional(),
  /** `pending`: not translated yet. The build allows it; the language switcher says so. */
  translation: z.literal('pending', { error: 'expected "pending" (not translated yet), or leave the field out' }).optional(),
};
