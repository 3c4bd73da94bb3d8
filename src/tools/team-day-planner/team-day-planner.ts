/**
 * The team-day planner (/hulpmiddelen/teamdag-planner/): the six parts of a team day on
 * client focus (the play /team/teamdag-klantgerichtheid/) with their suggested times, an
 * agenda that computes start and end times, and the follow-up session a few weeks later
 * (/team/follow-up-sessie/), as an agenda and as calendar events.
 *
 * The parts themselves (titles, what happens, suggested times, who leads) and the follow-up
 * are content: content/tools/team-day-planner.yaml, passed in as `TeamDayContent`. The part
 * ids and the duration limits stay here: saved programmes store and must keep them.
 */
import { addDays, isCalendarDate } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { is, type LoadResult, type SaveResult, type StorageLike, loadJson, saveJson } from '../../lib/storage';
import { toolStorage } from '../manifest';
import type { IcsEvent } from './ics';

export const CORE_PART_IDS = ['urgentie', 'klantfeedback', 'bedoeling', 'teamronde', 'samenwerken', 'afspraken'] as const;
type CorePartId = (typeof CORE_PART_IDS)[number];

export interface CorePart {
  id: CorePartId;
  title: string;
  /** What happens, in one line (shown with the part and in the calendar). */
  about: string;
  /** The play's suggested duration. */
  minutes: number;
  /** Who leads it in the play; the planner replaces it with a name. */
  lead: string;
  /** Minutes of break after it in the play's proposal (0: none). */
  breakAfter: number;
}

/**
 * The planner's content, from content/tools/team-day-planner.yaml (schema:
 * data-schema.ts, which guarantees every core part once and durations within LIMITS).
 */
export interface TeamDayContent {
  /** The team day's title when the planner leaves it empty. */
  title: string;
  /** HH:MM: when the proposal starts. */
  start: string;
  /** The core parts in the proposed order. */
  parts: readonly CorePart[];
  /** What an added part is called until the planner names it. */
  unnamedPart: string;
  followUp: {
    title: string;
    purpose: string;
    start: string;
    minutes: number;
    lead: string;
    /** "Enkele weken later": the default day, counted from the team day. */
    daysAfter: number;
  };
}

/** Limits for durations, in minutes. */
export const LIMITS = {
  part: { min: 5, max: 480 },
  pause: { min: 0, max: 180 },
  followUp: { min: 15, max: 480 },
} as const;

export interface AgendaPart {
  id: string;
  /** One of the six parts of the play, or null for a part the planner added. */
  core: CorePartId | null;
  /** The title of an added part; core parts take theirs from the content. */
  title: string;
  minutes: number;
  lead: string;
  /** Minutes of break after this part (0: none). A break after the last part does not count. */
  breakAfter: number;
}

interface FollowUpPlan {
  /** YYYY-MM-DD, or '' for the default: four weeks after the team day. */
  date: string;
  /** HH:MM, or '' while not filled in. */
  start: string;
  minutes: number;
  lead: string;
}

const TEAMDAY_SCHEMA = 1;

export interface TeamDayPlan {
  schema: typeof TEAMDAY_SCHEMA;
  /** Stable per plan, so a calendar recognises a downloaded event again. */
  uid: string;
  title: string;
  /** YYYY-MM-DD or ''. */
  date: string;
  /** HH:MM or ''. */
  start: string;
  location: string;
  parts: AgendaPart[];
  followUp: FollowUpPlan;
}

/** Where the programme is kept on the device, and the key it had before; the manifest (tool.ts) lists it for the site. */
export const teamDayStorage = toolStorage('team-day-planner', { replaced: ['teamdag'], validate: validateTeamDay });

/** The play's proposal, as a new plan starts. */
export function defaultTeamDay(content: TeamDayContent, uid: string): TeamDayPlan {
  const { followUp } = content;
  return {
    schema: TEAMDAY_SCHEMA,
    uid,
    title: content.title,
    date: '',
    start: content.start,
    location: '',
    parts: content.parts.map((part) => ({ id: part.id, core: part.id, title: '', minutes: part.minutes, lead: part.lead, breakAfter: part.breakAfter })),
    followUp: { date: '', start: followUp.start, minutes: followUp.minutes, lead: followUp.lead },
  };
}

export function corePart(content: TeamDayContent, id: CorePartId): CorePart {
  return content.parts.find((core) => core.id === id)!;
}

export function partTitle(content: TeamDayContent, part: AgendaPart): string {
  return part.core ? corePart(content, part.core).title : part.title.trim() || content.unnamedPart;
}

// ---------------------------------------------------------------------------------------
// Times

/** "HH:MM" (00:00–23:59) to minutes since midnight; undefined for anything else. */
export function parseClock(value: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** Minutes since midnight to "HH:MM", wrapping past midnight. */
export function formatClock(minutes: number): string {
  const inDay = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
}

export type MinutesProblem = 'empty' | 'not-whole' | 'too-small' | 'too-large';
export type ParsedMinutes = { ok: true; value: number } | { ok: false; problem: MinutesProblem };

/** Reads a typed duration; every problem is named so the view can say it in words. */
export function parseMinutes(text: string, limits: { min: number; max: number }): ParsedMinutes {
  const clean = text.trim();
  if (clean === '') return { ok: false, problem: 'empty' };
  if (!/^\d+$/.test(clean)) return { ok: false, problem: 'not-whole' };
  const value = Number(clean);
  if (value < limits.min) return { ok: false, problem: 'too-small' };
  if (value > limits.max) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}

type AgendaRow =
  | { kind: 'part'; part: AgendaPart; position: number; start: number; end: number }
  | { kind: 'break'; after: AgendaPart; start: number; end: number };

export interface Agenda {
  rows: AgendaRow[];
  start: number;
  /** Minutes since midnight of the team day; above 1440 means the next day. */
  end: number;
  pastMidnight: boolean;
}

/** Start and end of every part and break, one after the other from `start`. */
export function computeAgenda(start: number, parts: readonly AgendaPart[]): Agenda {
  const rows: AgendaRow[] = [];
  let clock = start;
  parts.forEach((part, index) => {
    rows.push({ kind: 'part', part, position: index + 1, start: clock, end: clock + part.minutes });
    clock += part.minutes;
    if (part.breakAfter > 0 && index < parts.length - 1) {
      rows.push({ kind: 'break', after: part, start: clock, end: clock + part.breakAfter });
      clock += part.breakAfter;
    }
  });
  return { rows, start, end: clock, pastMidnight: clock > 1440 };
}

export { addDays };

/** The follow-up's day: the chosen one, or some weeks after the team day ('' if neither is known). */
export function followUpDate(content: TeamDayContent, plan: TeamDayPlan): string {
  if (plan.followUp.date) return plan.followUp.date;
  return plan.date ? addDays(plan.date, content.followUp.daysAfter) : '';
}

// ---------------------------------------------------------------------------------------
// Changing the programme

/** Moves a part one place up (−1) or down (+1); at either end nothing changes. */
export function movePart(parts: readonly AgendaPart[], index: number, delta: -1 | 1): AgendaPart[] {
  const target = index + delta;
  if (index < 0 || index >= parts.length || target < 0 || target >= parts.length) return [...parts];
  const next = [...parts];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function addPart(parts: readonly AgendaPart[], id: string, title: string): AgendaPart[] {
  return [...parts, { id, core: null, title, minutes: 30, lead: '', breakAfter: 0 }];
}

/** Removes an added part; the six core parts cannot be removed. */
export function removePart(parts: readonly AgendaPart[], id: string): AgendaPart[] {
  return parts.filter((part) => part.id !== id || part.core !== null);
}

export function updatePart(parts: readonly AgendaPart[], id: string, change: Partial<Omit<AgendaPart, 'id' | 'core'>>): AgendaPart[] {
  return parts.map((part) => (part.id === id ? { ...part, ...change } : part));
}

// ---------------------------------------------------------------------------------------
// Storage

const isDate = isCalendarDate;
const optionalDate = (value: unknown): value is string => value === '' || isDate(value);
const optionalClock = (value: unknown): value is string => value === '' || (typeof value === 'string' && parseClock(value) !== undefined);
const within = (value: unknown, limits: { min: number; max: number }): value is number => is.int(value) && value >= limits.min && value <= limits.max;

function validPart(raw: unknown): AgendaPart | undefined {
  if (!is.record(raw) || !is.string(raw.id) || raw.id === '' || !is.string(raw.title) || !is.string(raw.lead)) return undefined;
  const core = raw.core === null ? null : (CORE_PART_IDS as readonly unknown[]).includes(raw.core) ? (raw.core as CorePartId) : undefined;
  if (core === undefined || !within(raw.minutes, LIMITS.part) || !within(raw.breakAfter, LIMITS.pause)) return undefined;
  return { id: raw.id, core, title: raw.title, minutes: raw.minutes, lead: raw.lead, breakAfter: raw.breakAfter };
}

/** Accepts a stored plan of this schema with all six core parts once; anything else is "damaged". */
export function validateTeamDay(raw: unknown): TeamDayPlan | undefined {
  if (!is.record(raw) || raw.schema !== TEAMDAY_SCHEMA || !is.string(raw.uid) || raw.uid === '') return undefined;
  if (!is.string(raw.title) || !optionalDate(raw.date) || !optionalClock(raw.start) || !is.string(raw.location)) return undefined;
  if (!Array.isArray(raw.parts) || !is.record(raw.followUp)) return undefined;
  const parts: AgendaPart[] = [];
  for (const candidate of raw.parts) {
    const part = validPart(candidate);
    if (!part || parts.some((other) => other.id === part.id)) return undefined;
    parts.push(part);
  }
  for (const core of CORE_PART_IDS) if (parts.filter((part) => part.core === core).length !== 1) return undefined;
  const f = raw.followUp;
  if (!optionalDate(f.date) || !optionalClock(f.start) || !within(f.minutes, LIMITS.followUp) || !is.string(f.lead)) return undefined;
  return {
    schema: TEAMDAY_SCHEMA,
    uid: raw.uid,
    title: raw.title,
    date: raw.date,
    start: raw.start,
    location: raw.location,
    parts,
    followUp: { date: f.date, start: f.start, minutes: f.minutes, lead: f.lead },
  };
}

export function loadTeamDay(storage: StorageLike | undefined): LoadResult<TeamDayPlan> {
  return loadJson(storage, teamDayStorage.key, validateTeamDay, teamDayStorage.replaced);
}

export function saveTeamDay(storage: StorageLike | undefined, plan: TeamDayPlan): SaveResult {
  return saveJson(storage, teamDayStorage.key, plan);
}

export const newPlanId = newId;

// ---------------------------------------------------------------------------------------
// Calendar

/** Interface words the calendar text needs (from the strings file). */
export interface CalendarWords {
  breakLabel: string;
  /** "leiding: …" */
  ledBy: (lead: string) => string;
}

export type CalendarResult = { ok: true; events: IcsEvent[] } | { ok: false; missing: 'date' | 'start' | 'follow-up-start' };

/** The team day and its follow-up as two calendar events, with the agenda in the description. */
export function teamDayEvents(content: TeamDayContent, plan: TeamDayPlan, words: CalendarWords): CalendarResult {
  const start = parseClock(plan.start);
  if (!plan.date) return { ok: false, missing: 'date' };
  if (start === undefined) return { ok: false, missing: 'start' };
  const followStart = parseClock(plan.followUp.start);
  if (followStart === undefined) return { ok: false, missing: 'follow-up-start' };
  const agenda = computeAgenda(start, plan.parts);
  const title = plan.title.trim() || content.title;
  const { followUp } = content;
  const followDate = followUpDate(content, plan);
  const line = (row: AgendaRow) => {
    const times = `${formatClock(row.start)}–${formatClock(row.end)}`;
    if (row.kind === 'break') return `${times} ${words.breakLabel}`;
    const lead = row.part.lead.trim();
    return `${times} ${partTitle(content, row.part)}${lead ? ` (${words.ledBy(lead)})` : ''}`;
  };
  return {
    ok: true,
    events: [
      {
        uid: `${plan.uid}-teamdag@adviesplaybook`,
        start: { date: plan.date, minutes: start },
        end: { date: plan.date, minutes: agenda.end },
        summary: title,
        description: agenda.rows.map(line).join('\n'),
        location: plan.location.trim() || undefined,
      },
      {
        uid: `${plan.uid}-follow-up@adviesplaybook`,
        start: { date: followDate, minutes: followStart },
        end: { date: followDate, minutes: followStart + plan.followUp.minutes },
        summary: `${followUp.title}: ${title}`,
        description: plan.followUp.lead.trim() ? `${followUp.purpose}\n${words.ledBy(plan.followUp.lead.trim())}` : followUp.purpose,
      },
    ],
  };
}
