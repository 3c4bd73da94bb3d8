import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from './ics';
import {
  addDays,
  addPart,
  type AgendaPart,
  computeAgenda,
  CORE_PART_IDS,
  defaultTeamDay,
  followUpDate,
  formatClock,
  loadTeamDay,
  movePart,
  parseClock,
  parseMinutes,
  removePart,
  saveTeamDay,
  teamDayStorage,
  teamDayEvents,
  updatePart,
  validateTeamDay,
} from './team-day-planner';
import { eventsOf, parseCalendar, unescapeText } from '../../../tests/support/ics';
import { MemoryStorage } from '../../../tests/support/memory-storage';
import { loadToolData } from '../../../tests/support/tool-data';
import { dataSchema as teamDayContentSchema } from './data-schema';

const content = loadToolData('team-day-planner', teamDayContentSchema);
const CORE_PARTS = content.parts;


const words = { breakLabel: 'Pauze', ledBy: (lead: string) => `leiding: ${lead}` };
const times = (start: number, parts: AgendaPart[]) =>
  computeAgenda(start, parts).rows.map((row) => `${formatClock(row.start)}–${formatClock(row.end)} ${row.kind === 'part' ? row.part.id : 'pauze'}`);

const part = fc.record({
  id: fc.uuid(),
  core: fc.constant(null),
  title: fc.string(),
  minutes: fc.integer({ min: 5, max: 480 }),
  lead: fc.string(),
  breakAfter: fc.integer({ min: 0, max: 180 }),
});
const parts = fc.array(part, { minLength: 1, maxLength: 12 });
const start = fc.integer({ min: 0, max: 1439 });

describe('the default programme', () => {
  it('has the six parts of the play with its suggested times', () => {
    expect(CORE_PARTS.map((p) => [p.id, p.minutes])).toEqual([
      ['urgentie', 30],
      ['klantfeedback', 45],
      ['bedoeling', 45],
      ['teamronde', 60],
      ['samenwerken', 120],
      ['afspraken', 45],
    ]);
  });

  it('runs from 09:00 to 16:00 with a coffee break, lunch and a tea break', () => {
    const plan = defaultTeamDay(content, 'x');
    expect(times(parseClock(plan.start)!, plan.parts)).toEqual([
      '09:00–09:30 urgentie',
      '09:30–10:15 klantfeedback',
      '10:15–10:30 pauze',
      '10:30–11:15 bedoeling',
      '11:15–12:15 teamronde',
      '12:15–13:00 pauze',
      '13:00–15:00 samenwerken',
      '15:00–15:15 pauze',
      '15:15–16:00 afspraken',
    ]);
  });
});

describe('the agenda', () => {
  it('adds up: every part starts where the previous part or break ended', () => {
    fc.assert(
      fc.property(start, parts, (from, list) => {
        const agenda = computeAgenda(from, list);
        let clock = from;
        for (const row of agenda.rows) {
          expect(row.start).toBe(clock);
          clock = row.end;
        }
        const breaks = list.slice(0, -1).reduce((sum, p) => sum + p.breakAfter, 0);
        expect(agenda.end).toBe(from + list.reduce((sum, p) => sum + p.minutes, 0) + breaks);
        expect(agenda.pastMidnight).toBe(agenda.end > 1440);
      }),
    );
  });

  it('shifts every later part, and only those, when one duration changes', () => {
    fc.assert(
      fc.property(start, parts, fc.nat(), fc.integer({ min: 5, max: 480 }), (from, list, pick, minutes) => {
        const index = pick % list.length;
        const before = computeAgenda(from, list).rows;
        const after = computeAgenda(from, updatePart(list, list[index]!.id, { minutes })).rows;
        const delta = minutes - list[index]!.minutes;
        const at = before.findIndex((row) => row.kind === 'part' && row.position === index + 1);
        before.forEach((row, i) => {
          expect(after[i]!.start).toBe(i <= at ? row.start : row.start + delta);
          expect(after[i]!.end).toBe(i < at ? row.end : row.end + delta);
        });
      }),
    );
  });

  it('gives the right end time across noon and past midnight', () => {
    const morning: AgendaPart[] = [
      { id: 'a', core: null, title: 'A', minutes: 45, lead: '', breakAfter: 10 },
      { id: 'b', core: null, title: 'B', minutes: 50, lead: '', breakAfter: 0 },
    ];
    const agenda = computeAgenda(parseClock('11:30')!, morning);
    expect(formatClock(agenda.end)).toBe('13:15');
    expect(times(parseClock('11:30')!, morning)).toEqual(['11:30–12:15 a', '12:15–12:25 pauze', '12:25–13:15 b']);
    const late = computeAgenda(parseClock('23:00')!, morning);
    expect(late.pastMidnight).toBe(true);
    expect(formatClock(late.end)).toBe('00:45');
  });

  it('ignores a break after the last part', () => {
    const list: AgendaPart[] = [{ id: 'a', core: null, title: 'A', minutes: 30, lead: '', breakAfter: 15 }];
    expect(computeAgenda(600, list).end).toBe(630);
  });

  it('reads and writes clock times', () => {
    expect(parseClock('09:05')).toBe(545);
    expect(parseClock('23:59')).toBe(1439);
    for (const bad of ['24:00', '9:05', '09:60', '', 'negen uur']) expect(parseClock(bad)).toBeUndefined();
    fc.assert(
      fc.property(start, (minutes) => {
        expect(parseClock(formatClock(minutes))).toBe(minutes);
      }),
    );
  });

  it('names every problem with a typed duration', () => {
    const limits = { min: 5, max: 480 };
    expect(parseMinutes(' 45 ', limits)).toEqual({ ok: true, value: 45 });
    expect(parseMinutes('', limits)).toEqual({ ok: false, problem: 'empty' });
    expect(parseMinutes('4,5', limits)).toEqual({ ok: false, problem: 'not-whole' });
    expect(parseMinutes('-10', limits)).toEqual({ ok: false, problem: 'not-whole' });
    expect(parseMinutes('2', limits)).toEqual({ ok: false, problem: 'too-small' });
    expect(parseMinutes('481', limits)).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('changing the programme', () => {
  it('moves parts one place, and not past either end', () => {
    fc.assert(
      fc.property(parts, fc.nat(), (list, pick) => {
        const index = pick % list.length;
        const up = movePart(list, index, -1);
        expect([...up].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...list].sort((a, b) => a.id.localeCompare(b.id)));
        if (index === 0) expect(up).toEqual(list);
        else {
          expect(up[index - 1]).toBe(list[index]);
          expect(movePart(up, index - 1, 1)).toEqual(list);
        }
        if (index === list.length - 1) expect(movePart(list, index, 1)).toEqual(list);
      }),
    );
  });

  it('adds and removes extra parts, but never one of the six', () => {
    const plan = defaultTeamDay(content, 'x');
    const more = addPart(plan.parts, 'extra', 'Lunchwandeling');
    expect(more).toHaveLength(7);
    expect(more.at(-1)).toMatchObject({ core: null, title: 'Lunchwandeling', minutes: 30 });
    expect(removePart(more, 'extra')).toEqual(plan.parts);
    for (const id of CORE_PART_IDS) expect(removePart(more, id)).toEqual(more);
  });
});

describe('the follow-up session', () => {
  it('is four weeks after the team day unless another day is chosen', () => {
    const plan = { ...defaultTeamDay(content, 'x'), date: '2026-12-15' };
    expect(followUpDate(content, plan)).toBe('2027-01-12');
    expect(followUpDate(content, { ...plan, followUp: { ...plan.followUp, date: '2027-02-01' } })).toBe('2027-02-01');
    expect(followUpDate(content, defaultTeamDay(content, 'x'))).toBe('');
    expect(addDays('2028-02-01', 28)).toBe('2028-02-29');
  });
});

describe('the stored plan', () => {
  it('saves and loads a plan', () => {
    const storage = new MemoryStorage();
    const plan = { ...defaultTeamDay(content, 'x'), date: '2027-03-12', parts: addPart(defaultTeamDay(content, 'x').parts, 'e', 'Extra') };
    expect(saveTeamDay(storage, plan)).toEqual({ ok: true });
    expect(loadTeamDay(storage)).toEqual({ status: 'ok', value: plan });
  });

  it('treats a plan without all six parts, with duplicates or with impossible times as damaged', () => {
    const plan = defaultTeamDay(content, 'x');
    expect(validateTeamDay(plan)).toEqual(plan);
    expect(validateTeamDay({ ...plan, parts: plan.parts.slice(1) })).toBeUndefined();
    expect(validateTeamDay({ ...plan, parts: [...plan.parts, plan.parts[0]] })).toBeUndefined();
    expect(validateTeamDay({ ...plan, start: '25:00' })).toBeUndefined();
    expect(validateTeamDay({ ...plan, date: '2027-02-29' })).toBeUndefined();
    expect(validateTeamDay({ ...plan, parts: updatePart(plan.parts, 'urgentie', { minutes: 0 }) })).toBeUndefined();
  });

  it('never throws on damaged data and never overwrites it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ schema: 1, uid: 'x', value }))), (raw) => {
        const storage = new MemoryStorage();
        storage.setItem(teamDayStorage.key, raw);
        const loaded = loadTeamDay(storage);
        // Damaged data is kept exactly once: in place when readable, else moved to its backup.
        if (loaded.status === 'recovered') {
          expect(storage.getItem(loaded.backupKey)).toBe(raw);
          expect(storage.getItem(teamDayStorage.key)).toBeNull();
        } else {
          expect(loaded.status).toBe('ok');
          expect(storage.getItem(teamDayStorage.key)).toBe(raw);
        }
      }),
    );
    const storage = new MemoryStorage();
    storage.setItem(teamDayStorage.key, '{kapot');
    storage.full = true;
    expect(loadTeamDay(storage)).toEqual({ status: 'locked' });
    expect(storage.getItem(teamDayStorage.key)).toBe('{kapot');
  });
});

describe('the calendar events', () => {
  it('need a date and start times', () => {
    expect(teamDayEvents(content, defaultTeamDay(content, 'x'), words)).toEqual({ ok: false, missing: 'date' });
    expect(teamDayEvents(content, { ...defaultTeamDay(content, 'x'), date: '2027-03-12', start: '' }, words)).toEqual({ ok: false, missing: 'start' });
  });

  it('hold the team day with its agenda and the follow-up four weeks later, and read back from the .ics', () => {
    const plan = { ...defaultTeamDay(content, 'plan1'), date: '2027-03-12', location: 'Zaal 3, Stadhuis', followUp: { date: '', start: '14:00', minutes: 120, lead: 'Mirjam' } };
    const result = teamDayEvents(content, plan, words);
    if (!result.ok) throw new Error('expected events');
    const text = buildCalendar(result.events, new Date('2027-01-05T08:30:00Z'));
    const [day, followUp] = eventsOf(parseCalendar(text));
    expect(day!.get('UID')!.value).toBe('plan1-teamdag@adviesplaybook');
    expect(day!.get('DTSTART')!.value).toBe('20270312T090000');
    expect(day!.get('DTEND')!.value).toBe('20270312T160000');
    expect(unescapeText(day!.get('SUMMARY')!.value)).toBe('Teamdag klantgerichtheid');
    expect(unescapeText(day!.get('LOCATION')!.value)).toBe('Zaal 3, Stadhuis');
    const agenda = unescapeText(day!.get('DESCRIPTION')!.value).split('\n');
    expect(agenda[0]).toBe('09:00–09:30 Urgentie vanuit het management (leiding: Hoger management)');
    expect(agenda[2]).toBe('10:15–10:30 Pauze');
    expect(agenda).toHaveLength(9);
    expect(followUp!.get('UID')!.value).toBe('plan1-follow-up@adviesplaybook');
    expect(followUp!.get('DTSTART')!.value).toBe('20270409T140000');
    expect(followUp!.get('DTEND')!.value).toBe('20270409T160000');
    expect(unescapeText(followUp!.get('SUMMARY')!.value)).toBe('Follow-upsessie: Teamdag klantgerichtheid');
    expect(unescapeText(followUp!.get('DESCRIPTION')!.value)).toContain('persoonlijke afspraken');
  });
});
