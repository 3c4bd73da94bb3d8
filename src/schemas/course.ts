import { translationFields } from './translation';
import { z } from 'astro/zod';
import { sitePathSchema } from './worksheet';

const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, `expected ${what}`);

const agendaItemSchema = z.strictObject({
  minutes: z.number({ error: 'expected the minutes of this agenda item' }).int().positive('expected a positive number of minutes'),
  title: text('what happens'),
  /** Optional: the chapter, play, scan, tool or worksheet this item uses. */
  link: sitePathSchema.optional(),
});

const sessionSchema = z
  .strictObject({
    title: text('a title'),
    /** Length of the session in minutes; the agenda must add up to it. */
    minutes: z.number({ error: 'expected the session’s length in minutes' }).int().positive(),
    goal: text('the goal of the session'),
    preparation: z.array(text('a preparation step')).min(1, 'expected at least one preparation step'),
    /** Chapters and plays, self-assessments (/zelfscans/…), tools (/hulpmiddelen/…), worksheets and cases. */
    uses: z.array(sitePathSchema).min(1, 'expected the chapters, plays, scans or tools this session uses'),
    agenda: z.array(agendaItemSchema).min(2, 'expected at least two agenda items'),
    /** What participants try in their real work before the next session. */
    homework: z.array(text('a homework task')).min(1, 'expected homework for the real work'),
  })
  .superRefine((session, context) => {
    const sum = session.agenda.reduce((total, item) => total + item.minutes, 0);
    if (sum !== session.minutes) {
      context.addIssue({
        code: 'custom',
        path: ['agenda'],
        message: `the agenda adds up to ${sum} minutes, but the session "${session.title}" lasts ${session.minutes}; make them equal`,
      });
    }
  });

/**
 * A course outline (`content/course/*.yaml`): sessions for a group of advisers, each with a
 * timed agenda whose minutes add up to the session's length.
 */
export const courseSchema = z.strictObject({
  ...translationFields,
  title: text('a title'),
  description: text('a one-sentence description'),
  /** Who it is for and how it works, a few short paragraphs. */
  intro: z.array(text('a paragraph')).min(1),
  /** Weeks between sessions, as a reader would say it: "3 tot 4 weken". */
  rhythm: text('the time between sessions'),
  sessions: z.array(sessionSchema).min(4, 'expected 4 to 6 sessions').max(6, 'expected 4 to 6 sessions'),
});

export type Course = z.infer<typeof courseSchema>;
export type CourseSession = Course['sessions'][number];

/** Sum of an agenda's minutes (the schema checks it equals the session length). */
export function agendaMinutes(session: Pick<CourseSession, 'agenda'>): number {
  return session.agenda.reduce((total, item) => total + item.minutes, 0);
}
