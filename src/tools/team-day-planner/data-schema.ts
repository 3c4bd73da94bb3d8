import { z } from 'astro/zod';
import { CORE_PART_IDS, LIMITS, parseClock, type TeamDayContent } from './team-day-planner';
import { oneOf, repeatedIds, text } from '../../schemas/tool-data';

/**
 * The team-day planner's content: `content/tools/team-day-planner.yaml`. The play's six
 * parts with their suggested durations, who leads them and the breaks, and the follow-up
 * session. Example:
 *
 *   title: Teamdag klantgerichtheid
 *   start: '09:00'
 *   parts:
 *     - { id: urgentie, title: Urgentie vanuit het management, about: …, minutes: 30, lead: Hoger management, breakAfter: 0 }
 *   unnamedPart: Extra onderdeel
 *   followUp: { title: Follow-up-sessie, purpose: …, start: '09:00', minutes: 120, lead: Begeleider, daysAfter: 28 }
 *
 * Durations are whole minutes within the limits a saved programme must keep (LIMITS in
 * team-day-planner.ts), so the proposal itself always saves and loads again. The part ids
 * are fixed there too: saved programmes store them and must hold each core part once.
 */

const minutes = (limits: { min: number; max: number }, what: string) =>
  z
    .number({ error: `expected ${what} in whole minutes` })
    .int(`expected ${what} in whole minutes`)
    .min(limits.min, `expected at least ${limits.min} minutes`)
    .max(limits.max, `expected at most ${limits.max} minutes`);

const clock = z
  .string({ error: 'expected a time written as HH:MM, such as "09:00" (in quotes)' })
  .refine((value) => parseClock(value) !== undefined, 'expected a time written as HH:MM, such as "09:00" (in quotes)');

const partSchema = z.strictObject({
  id: oneOf(CORE_PART_IDS, 'a part id'),
  title: text('a title'),
  /** What happens, in one line (shown with the part and in the calendar). */
  about: text('one line on what happens'),
  /** The play's suggested duration. */
  minutes: minutes(LIMITS.part, 'a duration'),
  /** Who leads it in the play; the planner replaces it with a name. */
  lead: text('who leads it, such as "Begeleider"'),
  /** Minutes of break after this part in the proposal; 0 for none. */
  breakAfter: minutes(LIMITS.pause, 'a break'),
});

export const dataSchema = z
  .strictObject({
    /** The day's title when the planner leaves it empty. */
    title: text('a title for the day'),
    start: clock,
    parts: z.array(partSchema, { error: 'expected a list of parts' }),
    /** What an added part is called until the planner names it. */
    unnamedPart: text('a name for a part the planner adds, such as "Extra onderdeel"'),
    followUp: z.strictObject({
      title: text('a title'),
      purpose: text('one sentence on what the follow-up is for'),
      start: clock,
      minutes: minutes(LIMITS.followUp, 'a duration'),
      lead: text('who leads it'),
      /** Days after the team day, when the planner picks no date. */
      daysAfter: z.number({ error: 'expected a whole number of days' }).int('expected a whole number of days').min(1, 'expected at least 1 day'),
    }),
  })
  .superRefine((content, ctx) => {
    const ids = content.parts.map((part) => part.id);
    repeatedIds(ctx, ids, 'part', (index) => ['parts', index, 'id']);
    for (const id of CORE_PART_IDS) {
      if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['parts'], message: `part "${id}" is missing; saved programmes need all of ${CORE_PART_IDS.join(', ')}` });
    }
    const last = content.parts.at(-1);
    if (last && last.breakAfter !== 0) {
      ctx.addIssue({ code: 'custom', path: ['parts', content.parts.length - 1, 'breakAfter'], message: 'expected 0: a break after the last part does not count' });
    }
  }) satisfies z.ZodType<TeamDayContent>;

