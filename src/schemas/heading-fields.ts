import { z } from 'astro/zod';

/**
 * The title and description every readable page has (chapters, plays, stand-alone pages),
 * with one wording for their errors.
 *
 * @example
 * title: Bronnen
 * description: Op welke vijf artikelen dit playbook is gebouwd, en wat we uit elk artikel hebben gehaald.
 */
export const headingFields = {
  title: z.string({ error: 'expected a title' }).trim().min(1, 'expected a title'),
  /** One sentence for the page head, search results and link previews. */
  description: z
    .string({ error: 'expected a one-sentence description' })
    .trim()
    .min(1, 'expected a one-sentence description'),
};
