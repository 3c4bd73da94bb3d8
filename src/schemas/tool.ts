import { translationFields } from './translation';
import { z } from 'astro/zod';

/**
 * Frontmatter of a tool's explanation (`content/tools/<name>.mdx`); the body is the
 * "how it works" text under the tool. Example:
 *
 *   ---
 *   tool: nps
 *   title: NPS-rekenhulp
 *   description: Bereken de Net Promoter Score uit aantallen per score …
 *   audience: voor een team of teamleider
 *   ---
 */
export const toolContentSchema = <const Id extends string>(toolIds: readonly [Id, ...Id[]]) =>
  z.strictObject({
    /** Which tool this explains: an id from src/tools/registry.ts (the content config passes them in). */
    tool: z.enum(toolIds, { error: `expected one of the tool ids in src/tools/registry.ts: ${toolIds.join(', ')}` }),
    title: z.string({ error: 'expected a title' }).trim().min(1, 'expected a title'),
    /** One sentence for the overview, search results and link previews. */
    description: z.string({ error: 'expected a one-sentence description' }).trim().min(1, 'expected a one-sentence description'),
    /** Who uses it, as on the overview: "voor een facilitator". */
    audience: z.string({ error: 'expected an audience, such as "voor een facilitator"' }).trim().min(1),
    /**
     * False when the printout is the tool's own (a form, a summary): the page's type line, lead
     * and explanation then only help on screen and are left off the paper.
     */
    printExplanation: z.boolean().default(true),
    /** `pending`: no English file yet (see src/schemas/translation.ts); the `tool` id pairs the two files. */
    translation: translationFields.translation,
  });
