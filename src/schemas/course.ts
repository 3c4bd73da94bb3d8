import { translationFields } from './translation';
import { z } from 'astro/zod';
import { slugSchema } from './slug';
import { sitePathSchema } from './worksheet';

const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, `expected ${what}`);
const minutes = (what: string) => z.number({ error: `expected the minutes of ${what}` }).int().positive('expected a positive number of minutes');
const list = (what: string, fewest = 1) => z.array(text(what)).min(fewest, `expected at least ${fewest} ${what}${fewest === 1 ? '' : 's'}`);
/** The longest line a slide shows so that the back of the room can read it. */
export const ROOM_LINE_CHARACTERS = 70;
/** Short lines for a slide: between `fewest` and `most`, each at most ROOM_LINE_CHARACTERS long. */
const roomLines = (one: string, many: string, fewest: number, most: number) =>
  z
    .array(text(one).max(ROOM_LINE_CHARACTERS, `a ${one} on a slide is at most ${ROOM_LINE_CHARACTERS} characters; shorten it or split it`))
    .min(fewest, `expected at least ${fewest} ${many}`)
    .max(most, `at most ${most} ${many} fit on a slide; move the rest to the guide`);

/** Someone from outside the group who takes part in a block; each has a briefing letter (see `letters`). */
const guestSchema = slugSchema;

/** One step of a block's guide: what the trainer does, and how long it takes. */
const guideStepSchema = z.strictObject({ minutes: minutes('this step'), text: text('what happens in this step') });

/** Something to print for a block: what, how many, and the page it comes from. */
const printItemSchema = z.strictObject({
  what: text('what to print'),
  copies: text('how many copies, as a reader would say it: “one per participant”'),
  link: sitePathSchema.optional(),
});

/**
 * The facilitator guide of one block: enough to run it without writing anything yourself.
 * The steps' minutes add up to the block.
 */
const guideSchema = z.strictObject({
  purpose: text('the purpose of this block'),
  /** What the trainer says, to read aloud: a few short paragraphs. */
  say: list('paragraph to read aloud'),
  steps: z.array(guideStepSchema).min(1, 'expected the steps of this block'),
  /**
   * The block's slide, for the group: the task in three to five short lines (what to do, in
   * what groups, how long). Grouping rules and odd numbers stay in the notes. Without it the
   * slide shows `grouping`.
   */
  forTheRoom: roomLines('line for the room', 'lines for the room', 3, 5).optional(),
  /** What the block teaches, as the slide's key points: the four qualities, the five steps. */
  points: roomLines('key point', 'key points', 2, 6).optional(),
  /** How the group works: plenary, pairs, triads, who sits where. */
  grouping: text('how the group works in this block'),
  /** What to do when the group does not split evenly. A role play needs it. */
  oddNumbers: text('what to do when the group does not split evenly').optional(),
  materials: list('material'),
  print: z.array(printItemSchema).default([]),
  debrief: list('debrief question'),
  /** What to do when it goes wrong: a problem and what you do about it. */
  trouble: z.array(z.strictObject({ problem: text('what goes wrong'), action: text('what you do about it') })).min(1, 'expected at least one thing that can go wrong, and what you do then'),
});

/**
 * A role play in small groups that rotate roles, so that everyone plays the adviser once:
 * each round is reading the briefing, the conversation and the feedback. The cases come
 * from `content/cases/`: the ones that practise `situation` and fit `conversation`, or
 * those named in `cases` (by key). src/data/practice.ts checks them against the cases.
 */
const rolePlaySchema = z.strictObject({
  /** The chapter whose conversation the cases practise: a case's `chapter`. */
  situation: sitePathSchema,
  /** Cases to offer, by key; without it, every case of the situation that fits. */
  cases: z.array(slugSchema).min(1).optional(),
  /** People per group: 2 (adviser and client) or 3 (with an observer). */
  groupSize: z.number({ error: 'expected the people per group' }).int().min(2, 'expected 2 or 3 people per group').max(3, 'expected 2 or 3 people per group'),
  rounds: z.number({ error: 'expected the number of rounds' }).int().positive(),
  /** Minutes per round to read the briefing. */
  reading: z.number({ error: 'expected the minutes to read the briefing' }).int().min(0),
  /** Minutes per round for the conversation: the longest case the block can take. */
  conversation: minutes('the conversation'),
  /** Minutes per round for the feedback after the conversation. */
  feedback: minutes('the feedback after each round'),
});

const agendaItemSchema = z
  .strictObject({
    minutes: minutes('this agenda item'),
    title: text('what happens'),
    /** A break or lunch: the only item without a guide. */
    break: z.literal(true, { error: 'expected true for a break, or leave the field out' }).optional(),
    /** Optional: the chapter, werkvorm, scan, tool or worksheet this item uses. */
    link: sitePathSchema.optional(),
    /** People from outside the group who take part (an id from `letters`). */
    guests: z.array(guestSchema).min(1).optional(),
    rolePlay: rolePlaySchema.optional(),
    guide: guideSchema.optional(),
  })
  .superRefine((item, context) => {
    if (item.break) {
      if (item.guide || item.rolePlay || item.guests) context.addIssue({ code: 'custom', path: ['break'], message: 'a break has no guide, role play or guests; remove "break" or those fields' });
      return;
    }
    if (!item.guide) {
      context.addIssue({
        code: 'custom',
        path: ['guide'],
        message: `expected a facilitator guide for "${item.title}" (purpose, say, steps, grouping, materials, debrief, trouble); only a break (break: true) has none`,
      });
      return;
    }
    const sum = item.guide.steps.reduce((total, step) => total + step.minutes, 0);
    if (sum !== item.minutes) {
      context.addIssue({ code: 'custom', path: ['guide', 'steps'], message: `the steps add up to ${sum} minutes, but "${item.title}" lasts ${item.minutes}; make them equal` });
    }
    const play = item.rolePlay;
    if (!play) return;
    if (play.rounds < play.groupSize) {
      context.addIssue({
        code: 'custom',
        path: ['rolePlay', 'rounds'],
        message: `${play.rounds} rounds in groups of ${play.groupSize}: someone never plays the adviser; give it at least ${play.groupSize} rounds`,
      });
    }
    const needed = play.rounds * (play.reading + play.conversation + play.feedback);
    if (needed > item.minutes) {
      context.addIssue({
        code: 'custom',
        path: ['rolePlay'],
        message: `${play.rounds} rounds × (${play.reading} reading + ${play.conversation} conversation + ${play.feedback} feedback) = ${needed} minutes do not fit in "${item.title}" (${item.minutes} minutes); make the block longer or the rounds shorter`,
      });
    }
    if (!item.guide.oddNumbers) {
      context.addIssue({ code: 'custom', path: ['guide', 'oddNumbers'], message: `expected what to do when the group does not split into groups of ${play.groupSize}` });
    }
  });

const clockSchema = z.string({ error: 'expected a start time such as "9:00"' }).regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'expected a start time such as "9:00"');

const sessionSchema = z
  .strictObject({
    title: text('a title'),
    /** When the session starts, "9:00"; the agenda's times follow from it. */
    start: clockSchema,
    /** Length of the session in minutes; the agenda must add up to it. */
    minutes: z.number({ error: 'expected the session’s length in minutes' }).int().positive(),
    goal: text('the goal of the session'),
    /** The goal as the title slide says it to the participants (“Vandaag oefen je…”); without it the slide shows `goal`. */
    forTheRoom: text('the goal for the participants').max(2 * ROOM_LINE_CHARACTERS, `the goal on the title slide is at most ${2 * ROOM_LINE_CHARACTERS} characters`).optional(),
    /** What the trainer arranges beforehand. */
    preparation: list('preparation step'),
    /** What participants do or bring beforehand (printed on their hand-out). */
    bring: list('thing participants prepare or bring'),
    /** Chapters and werkvormen, self-assessments (/zelfscans/…), tools (/hulpmiddelen/…), worksheets and cases. */
    uses: z.array(sitePathSchema).min(1, 'expected the chapters, werkvormen, scans or tools this session uses'),
    agenda: z.array(agendaItemSchema).min(2, 'expected at least two agenda items'),
    /** The points participants take home, for their hand-out. */
    keyPoints: list('key point', 2),
    /** What participants try in their real work afterwards. */
    homework: list('homework task'),
    /** The e-mail the trainer sends the participants a week before this session: a few short paragraphs. */
    reminder: list('paragraph of the reminder').optional(),
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
    const end = clockMinutes(session.start) + session.minutes;
    if (end > 24 * 60) context.addIssue({ code: 'custom', path: ['minutes'], message: `the session "${session.title}" would end after midnight` });
  });

/** A letter to someone from outside the group who takes part: the client, an interviewee, a manager. */
const letterSchema = z.strictObject({
  /** What blocks name in `guests`. */
  id: guestSchema,
  /** Who it is for, as a heading: “Voor de manager met een echte vraag”. */
  to: text('who the letter is for'),
  subject: text('the subject line'),
  /** The letter itself: why we ask, what we ask. Times follow from the blocks. */
  body: list('paragraph'),
  /** What the reader is asked to do, beforehand, on the day and after. */
  asks: list('thing we ask'),
  /** What happens to what they say, and who sees it. */
  privacy: text('what happens to what they say'),
  /** Pages the reader is asked to open (a tool to fill in beforehand): printed with their full address. */
  links: z.array(sitePathSchema).default([]),
  /** For the trainer, not in the letter: what to do when this person cancels. */
  ifCancelled: list('step for when this person cancels'),
});

/**
 * A programme (`content/course/*.yaml`): sessions for a group of advisers, each with a
 * timed agenda whose minutes add up to the session, and a facilitator guide for every
 * block but a break. One to six sessions.
 */
export const courseSchema = z
  .strictObject({
    ...translationFields,
    /** URL segment: /trainers/<slug>/. */
    slug: slugSchema,
    /** Place in the list of programmes. */
    order: z.number({ error: 'expected a number for the place in the list' }).int(),
    title: text('a title'),
    description: text('a one-sentence description'),
    /** Group size the programme is made for. */
    group: z.strictObject({ min: z.number().int().min(2), max: z.number().int().min(2) }).refine((group) => group.min <= group.max, 'expected min ≤ max'),
    /** Who it is for and how it works, a few short paragraphs. */
    intro: list('paragraph'),
    /** Weeks between sessions, as a reader would say it: "3 tot 4 weken". Only with more than one session. */
    rhythm: text('the time between sessions').optional(),
    sessions: z.array(sessionSchema).min(1, 'expected 1 to 6 sessions').max(6, 'expected 1 to 6 sessions'),
    letters: z.array(letterSchema).default([]),
    /** Open questions for the evaluation form, after the ratings. */
    evaluation: list('evaluation question', 2),
  })
  .superRefine((course, context) => {
    if (course.sessions.length > 1 && !course.rhythm) context.addIssue({ code: 'custom', path: ['rhythm'], message: 'expected the time between sessions' });
    const letters = new Set(course.letters.map((letter) => letter.id));
    course.sessions.forEach((session, s) =>
      session.agenda.forEach((item, index) =>
        item.guests?.forEach((guest, g) => {
          if (!letters.has(guest)) context.addIssue({ code: 'custom', path: ['sessions', s, 'agenda', index, 'guests', g], message: `no letter has id "${guest}"; add one under "letters"` });
        }),
      ),
    );
  });

export type Course = z.infer<typeof courseSchema>;
export type CourseSession = Course['sessions'][number];
export type AgendaItem = CourseSession['agenda'][number];
export type RolePlay = NonNullable<AgendaItem['rolePlay']>;
export type Letter = Course['letters'][number];

/** Sum of an agenda's minutes (the schema checks it equals the session length). */
export function agendaMinutes(session: Pick<CourseSession, 'agenda'>): number {
  return session.agenda.reduce((total, item) => total + item.minutes, 0);
}

/** "9:05" → 545. */
export function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** 545 → "9:05". */
export function clockText(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Each agenda item with its start and end on the clock. */
export function timedAgenda(session: Pick<CourseSession, 'start' | 'agenda'>): { item: AgendaItem; index: number; from: string; to: string }[] {
  let start = clockMinutes(session.start);
  return session.agenda.map((item, index) => {
    const from = start;
    start += item.minutes;
    return { item, index, from: clockText(from), to: clockText(start) };
  });
}

/** A case as a role play sees it. */
export interface CaseForRolePlay {
  key?: string;
  chapter: string;
  minutes: number;
  /** A reserve case is offered only when a role play names it. */
  reserve?: true;
}

/**
 * The cases a role play offers: those named in `cases` (by key), or every case of its
 * situation whose conversation fits the round.
 */
export function casesForRolePlay<T extends CaseForRolePlay>(play: RolePlay, cases: readonly T[]): T[] {
  if (play.cases) return play.cases.flatMap((key) => cases.filter((each) => each.key === key));
  return cases.filter((each) => !each.reserve && each.chapter === play.situation && each.minutes <= play.conversation);
}

/**
 * What is wrong with a course's role plays given the cases that exist: a named case that
 * is missing, practises another situation or is longer than the round; a situation without
 * a case that fits. Each problem names the field.
 */
export function rolePlayProblems(course: Pick<Course, 'sessions'>, cases: readonly CaseForRolePlay[]): string[] {
  const problems: string[] = [];
  course.sessions.forEach((session, s) =>
    session.agenda.forEach((item, index) => {
      const play = item.rolePlay;
      if (!play) return;
      const field = `sessions.${s}.agenda.${index}.rolePlay`;
      play.cases?.forEach((key, k) => {
        const found = cases.find((each) => each.key === key);
        if (!found) problems.push(`field "${field}.cases.${k}": no case has key "${key}"`);
        else if (found.chapter !== play.situation) problems.push(`field "${field}.cases.${k}": case "${key}" practises ${found.chapter}, not ${play.situation}`);
        else if (found.minutes > play.conversation) {
          problems.push(`field "${field}.cases.${k}": case "${key}" is a ${found.minutes}-minute conversation, but the round has ${play.conversation}; pick a shorter case or make the round longer`);
        }
      });
      if (!play.cases && casesForRolePlay(play, cases).length === 0) {
        problems.push(`field "${field}.situation": no case practises ${play.situation} in ${play.conversation} minutes or less`);
      }
    }),
  );
  return problems;
}
