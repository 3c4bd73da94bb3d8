import { translationFields } from './translation';
import { z } from 'astro/zod';
import { headingFields } from './heading-fields';
import { slugSchema } from './slug';

/**
 * A shorter or different way to run a play, whose time the build checks. The steps are the
 * numbers of the play's main steps ("stap 1, 4 en 5"); a step that is shortened in this
 * variant is written with its own minutes. The name must also appear in the text under
 * "Varianten", so the frontmatter and the text describe the same variant.
 *
 * @example
 * variants:
 *   - name: In een gewoon teamoverleg
 *     minutes: 45
 *     steps: [{ step: 1, minutes: 5 }, { step: 4, minutes: 30 }, { step: 5, minutes: 10 }]
 */
export const playVariantSchema = z.strictObject({
  /** As the text under "Varianten" names it, e.g. "In een gewoon teamoverleg". */
  name: z.string().trim().min(1, 'expected the name the text gives this variant'),
  /** What the variant promises, in minutes; its steps must add up to this. */
  minutes: z.number({ error: 'expected a number of minutes, such as 45' }).int('expected whole minutes').positive('expected more than 0 minutes'),
  /** Step numbers of the main steps, each at its own minutes or shortened: 4 or { step: 4, minutes: 20 }. */
  steps: z
    .array(
      z.union(
        [
          z.number().int().positive(),
          z.strictObject({ step: z.number().int().positive(), minutes: z.number().int().positive() }),
        ],
        { error: 'expected a step number such as 4, or { step: 4, minutes: 20 }' },
      ),
    )
    .min(1, 'expected at least one step'),
});

/**
 * Metadata that turns a chapter into a play: something a reader can run.
 *
 * Timings are data. Every <Step> of the play's main <Steps> list carries `minutes={…}` (or
 * `time="…"` for a step whose length nobody can plan, such as "zo lang als de taak duurt";
 * that step is not counted). The build fails, naming file, line and step, when:
 * - the main steps do not add up to `minutes`;
 * - `duration` names amounts of time ("15 minuten voorbereiding en 30 minuten gesprek")
 *   that do not add up to `minutes`;
 * - a variant's steps do not add up to that variant's `minutes`;
 * - another <Steps title="…" minutes={…}> list (an exercise inside one block) does not add
 *   up to its own total.
 *
 * @example
 * play:
 *   duration: 2 uur
 *   minutes: 120
 *   people: Het hele team
 *   materials: [Flip-overs en stiften]
 *   variants:
 *     - name: In een gewoon teamoverleg
 *       minutes: 45
 *       steps: [1, 4, 5]
 */
export const playSchema = z.strictObject({
  /** How long the play takes, as a reader would say it: "1 dag", "45 minuten". */
  duration: z.string().trim().min(1, 'expected a duration such as "45 minuten"'),
  /** The minutes of all timed steps together: the total the steps must add up to. */
  minutes: z
    .number({ error: 'expected the total minutes of the steps, such as 120' })
    .int('expected whole minutes')
    .positive('expected more than 0 minutes'),
  /** Who takes part: "4 tot 12 adviseurs en 1 klant". */
  people: z.string().trim().min(1, 'expected who takes part, such as "het hele team"'),
  /** What you need; may be empty. */
  materials: z.array(z.string().trim().min(1)).default([]),
  /** Variants that promise their own time (see playVariantSchema). */
  variants: z.array(playVariantSchema).default([]),
});

/** The longest key point, in words: a room reads a short line at a glance. */
export const MAX_POINT_WORDS = 12;
/** At most this many key points on one slide. */
export const MAX_POINTS = 6;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * One slide of key points: a few short lines a group can read from the back of the room.
 * `section` names the chapter's heading (its id, as in a link: `/rol/eerste-gesprek/#section`)
 * whose text becomes the speaker notes, so the prose stays in one place. `intro` names the
 * text before the first heading. The title defaults to that heading's text.
 *
 * @example
 * slides:
 *   - section: je-zoekt-zelf-naar-opgaven
 *     points:
 *       - Een opgave is een grote vraag voor de organisatie
 *       - Je wacht niet tot iemand ermee komt
 *       - Vraag je af wat jouw vak kan bijdragen
 *   - section: intro
 *     title: Vier eigenschappen
 *     figure: true
 *     points: [Je zoekt zelf naar opgaven, Je verbindt je met de professionals]
 */
export const keyPointSlideSchema = z.strictObject({
  /** The id of an h2 or h3 in this chapter, or `intro` for the text before the first heading. */
  section: z
    .string({ error: 'expected the id of a heading in this chapter, such as "stappen", or "intro"' })
    .regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u, 'expected a heading id as in a link: lower case, words joined by hyphens, such as "vragen-en-bieden-in-balans"'),
  /** The slide's heading; default: the section's heading. */
  title: z.string().trim().min(1, 'a title cannot be empty; leave the field out to use the section’s heading').optional(),
  /** The key points: one idea per line. */
  points: z
    .array(
      z
        .string({ error: 'expected a short line of text' })
        .trim()
        .min(1, 'a point cannot be empty')
        .superRefine((point, ctx) => {
          const words = wordCount(point);
          if (words > MAX_POINT_WORDS)
            ctx.addIssue({ code: 'custom', message: `expected at most ${MAX_POINT_WORDS} words per point (this one has ${words}); split it or say it shorter` });
        }),
      { error: 'expected a list of key points' },
    )
    // refine rather than min/max: zod reports a refinement inside the union of `slides` with its path.
    .refine((points) => points.length > 0, 'expected at least one key point')
    .refine((points) => points.length <= MAX_POINTS, `expected at most ${MAX_POINTS} key points on one slide; make two slides`),
  /** Also show the section's first figure (a diagram) on the slide. */
  figure: z.boolean().default(false),
  /** Speaker notes in place of the section's text (plain text; a blank line starts a new paragraph). */
  notes: z.string().trim().min(1, 'notes cannot be empty; leave the field out to use the section’s text').optional(),
});

export type KeyPointSlideData = z.infer<typeof keyPointSlideSchema>;

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
      ...headingFields,
      /** URL segment: `/<part>/<slug>/`. Never change it once published. */
      slug: slugSchema,
      ...translationFields,
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
      /**
       * "Bespreek samen": 3 to 5 questions a group can talk about after reading. The chapter
       * page shows them at the end, and /trainers/ gathers them per part. Frontmatter rather
       * than a list inside the MDX: the schema can check the count with file and field, and
       * the trainers' page reads them from the route data without parsing any MDX.
       *
       * @example
       * discussion:
       *   - Wanneer stelde jij in een eerste gesprek alleen maar vragen?
       *   - Wat had je de klant toen kunnen bieden?
       *   - Wie in je team doet dit al goed, en hoe?
       */
      discussion: z
        .array(z.string().trim().min(1, 'a question cannot be empty').regex(/\?$/, 'end each question with a question mark'), {
          error: 'expected a list of 3 to 5 questions',
        })
        .min(3, 'expected at least 3 questions for "Bespreek samen"')
        .max(5, 'expected at most 5 questions for "Bespreek samen"; pick the best')
        .optional(),
      /**
       * The presentation (`/<part>/<slug>/presentatie/`): key-point slides (see
       * keyPointSlideSchema), in order, between the title slide and the discussion questions.
       * `prose` instead shows the chapter's own text cut into slides, for a draft that has no
       * key points yet.
       */
      slides: z.union([z.literal('prose'), z.array(keyPointSlideSchema).refine((slides) => slides.length > 0, 'expected at least one slide')], {
        error: (issue) =>
          issue.input === undefined
            ? 'expected key-point slides for the presentation: a list of { section, points }, or "prose" to show the text itself'
            : 'expected a list of slides, each with section and points, or "prose"',
      }),
      /** Required for plays, absent for chapters. */
      play: playSchema.optional(),
    })
    .superRefine((chapter, ctx) => {
      if (chapter.type === 'play' && !chapter.play) {
        ctx.addIssue({
          code: 'custom',
          path: ['play'],
          message: 'a play needs "play:" with duration, minutes, people and materials',
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

export type ChapterData = z.infer<ReturnType<typeof chapterSchema>>;
