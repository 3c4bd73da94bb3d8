import { z } from 'astro/zod';
import { headingFields } from './heading-fields';
import { slugSchema } from './slug';
import { translationFields } from './translation';

/**
 * Frontmatter of a stand-alone page (`content/pages/*.mdx`): sources, privacy,
 * accessibility, glossary. `home.mdx` is the introduction on the home page.
 */
export const pageSchema = z.strictObject({
  ...headingFields,
  /** URL segment: `/<slug>/`. The home page uses `home` and is served at `/`. */
  slug: slugSchema,
  updated: z.coerce.date({ error: 'expected a date written as YYYY-MM-DD, such as 2026-11-23' }),
  /** Shown in the footer, in this order; pages without it are linked from elsewhere. */
  footerOrder: z.number().int().optional(),
  ...translationFields,
});
