import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, formatLocal, formatUtc, type IcsEvent } from './ics';
import { eventsOf, parseCalendar, unescapeText, unfold } from '../../../tests/support/ics';

const octets = (text: string) => new TextEncoder().encode(text).length;

const event: IcsEvent = {
  uid: 'abc-teamdag@adviesplaybook',
  start: { date: '2027-03-12', minutes: 9 * 60 },
  end: { date: '2027-03-12', minutes: 16 * 60 },
  summary: 'Teamdag; klantgerichtheid, met\\zonder regels',
  description: '09:00–09:30 Urgentie vanuit het management (leiding: hoger management)\n09:30–10:15 Ronde over klantfeedback (NPS)',
  location: 'Zaal 3, Stadhuis',
};
const now = new Date('2027-01-05T08:30:15.123Z');

describe('the iCalendar text', () => {
  const text = buildCalendar([event], now);

  it('uses CRLF line endings only and ends with one', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the calendar frame, the time zone it refers to, and every required event field', () => {
    const lines = parseCalendar(text);
    const names = lines.map((line) => `${line.name}:${line.value}`);
    expect(names[0]).toBe('BEGIN:VCALENDAR');
    expect(names.at(-1)).toBe('END:VCALENDAR');
    expect(names).toContain('VERSION:2.0');
    expect(lines.some((line) => line.name === 'PRODID')).toBe(true);
    expect(names).toContain('BEGIN:VTIMEZONE');
    expect(names).toContain('TZID:Europe/Amsterdam');
    const [parsed] = eventsOf(lines);
    expect(parsed!.get('UID')!.value).toBe('abc-teamdag@adviesplaybook');
    expect(parsed!.get('DTSTAMP')!.value).toBe('20270105T083015Z');
    expect(parsed!.get('DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/Amsterdam' }, value: '20270312T090000' });
    expect(parsed!.get('DTEND')!.value).toBe('20270312T160000');
  });

  it('escapes text and reads back the same words', () => {
    const [parsed] = eventsOf(parseCalendar(text));
    expect(parsed!.get('SUMMARY')!.value).toBe('Teamdag\\; klantgerichtheid\\, met\\\\zonder regels');
    expect(unescapeText(parsed!.get('SUMMARY')!.value)).toBe(event.summary);
    expect(unescapeText(parsed!.get('DESCRIPTION')!.value)).toBe(event.description);
    expect(unescapeText(parsed!.get('LOCATION')!.value)).toBe('Zaal 3, Stadhuis');
  });

  it('folds long lines at 75 octets', () => {
    const physical = text.split('\r\n');
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});

describe('folding and escaping', () => {
  it('never exceeds 75 octets, never splits a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (value) => {
        const line = `DESCRIPTION:${value.replace(/[\r\n]/g, '')}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        for (const [index, part] of physical.entries()) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          if (index > 0) expect(part.startsWith(' ')).toBe(true);
          // A lone surrogate half would mean a character was split.
          expect(part).not.toMatch(/^ ?[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        }
        expect(unfold(folded)).toEqual([line]);
      }),
    );
  });

  it('folds a line of exactly 75 octets not at all, and 76 once', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    // "é" is two octets: 74 + 2 would be 76, so it moves to the next line whole.
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
  });

  it('escapes so that unescaping gives back the text (newlines normalised, control characters left out)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 50 }), (value, mixed) => {
        const text = `${value}${mixed}`;
        const escaped = escapeText(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[;,]/);
        const expected = text.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
        expect(unescapeText(escaped)).toBe(expected);
      }),
    );
  });
});

describe('times', () => {
  it('writes local date-times and carries minutes past midnight into the next day', () => {
    expect(formatLocal({ date: '2027-03-12', minutes: 9 * 60 + 5 })).toBe('20270312T090500');
    expect(formatLocal({ date: '2027-12-31', minutes: 24 * 60 + 30 })).toBe('20280101T003000');
  });

  it('writes DTSTAMP in UTC without milliseconds', () => {
    expect(formatUtc(now)).toBe('20270105T083015Z');
  });
});
