import { z } from 'astro/zod';

/**
 * The one rule for URL segments: lower-case letters, digits and single hyphens,
 * e.g. `vier-eigenschappen`. Slugs are written by hand in frontmatter, never derived
 * from file names, so renaming or moving a file never changes a published URL.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'expected lower-case letters, digits and single hyphens, like "vier-eigenschappen"');
