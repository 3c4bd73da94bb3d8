import { translationFields } from './translation';
import { z } from 'astro/zod';
import { slugSchema } from './slug';
import { sitePathSchema } from './worksheet';

const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, `expected ${what}`);

/** The disciplines of the playbook's readers, as URL-safe ids. */
export const DISCIPLINES = ['hr', 'financien', 'ict', 'juridisch', 'informatiemanagement'] as const;
export type Discipline = (typeof DISCIPLINES)[number];

/**
 * The conversations the course practises with a case: the first conversation with a client,
 * standing your ground with a head of department, the waartoe conversation before a
 * training, and agreeing to hand over an executing task. Every discipline needs a case for
 * every situation (checked in src/data/practice.ts).
 */
export const SITUATIONS = ['eerste-gesprek', 'positie-nemen', 'waartoe-gesprek', 'werk-overdragen'] as const;
export type Situation = (typeof SITUATIONS)[number];

const oneOf = (ids: readonly string[]) => ({ error: `expected one of ${ids.map((id) => `"${id}"`).join(', ')}` });

/**
 * A role-play case (`content/cases/*.yaml`): an invented practice situation for two players
 * and an observer. The adviser and the client each get a briefing the other does not read;
 * the observer checks the behaviour the linked chapter describes.
 *
 * slug: hr-verzuim-magazijn
 * discipline: hr
 * situation: eerste-gesprek
 * chapter: /rol/eerste-gesprek/
 */
export const caseSchema = z.strictObject({
  /** URL segment: /casussen/<slug>/. */
  slug: slugSchema,
  ...translationFields,
  title: text('a title'),
  discipline: z.enum(DISCIPLINES, oneOf(DISCIPLINES)),
  /** The conversation this case practises. */
  situation: z.enum(SITUATIONS, oneOf(SITUATIONS)),
  /** The chapter whose behaviour the observer watches, usually the situation's own chapter. */
  chapter: sitePathSchema,
  /**
   * A case the trainer keeps back, for when a guest cancels: it has its page, but stays out of
   * the /casussen/ index, the coverage table and every role play's case table, so the group
   * has not seen it.
   */
  reserve: z.literal(true, { error: 'expected true for a reserve case, or leave the field out' }).optional(),
  /** One sentence for the overview. */
  summary: text('a one-sentence summary'),
  /** Minutes for the conversation itself (the debrief comes on top); a role play in a course takes 10 to 25. */
  minutes: z
    .number({ error: 'expected the minutes of the conversation' })
    .int('expected whole minutes')
    .min(10, 'a role play needs at least 10 minutes of conversation')
    .max(25, 'a role play in a course takes at most 25 minutes of conversation; split a longer case in two'),
  /** What all three read before they start: who meets whom, and why. */
  setting: text('the setting that all players read'),
  adviser: z.strictObject({
    role: text('who the adviser is'),
    briefing: z.array(text('a paragraph')).min(1, 'expected the adviser’s briefing'),
    goal: text('what the adviser wants to reach in this conversation'),
  }),
  client: z.strictObject({
    role: text('who the client is'),
    briefing: z.array(text('a paragraph')).min(1, 'expected the client’s briefing'),
    /** How to play the part: what the client does, says or holds back. */
    play: z.array(text('a playing tip')).min(2, 'expected at least 2 tips on how to play the client'),
  }),
  /** What the observer looks for: behaviour you can see or hear. */
  observer: z.array(text('a behaviour to look for')).min(4, 'expected at least 4 points for the observer').max(8, 'at most 8 points fit on the checklist page'),
});

export type PracticeCase = z.infer<typeof caseSchema>;
