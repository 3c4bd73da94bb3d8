/**
 * A minimal iCalendar (RFC 5545) writer for events that happen at a place in the
 * Netherlands: CRLF line endings, escaped text, a UID and DTSTAMP per event, and lines
 * folded at 75 octets without splitting a UTF-8 character.
 *
 * Times are written as local time with TZID=Europe/Amsterdam, and the calendar carries the
 * matching VTIMEZONE (CET/CEST, EU rules since 1996), as RFC 5545 §3.6.5 requires for every
 * TZID it uses. Floating time was the alternative, but a floating 09:00 moves with the
 * device's time zone, so a participant whose laptop is set to another zone would see the
 * wrong hour for a meeting that happens in a Dutch room.
 */

export const ICS_TIME_ZONE = 'Europe/Amsterdam';

/** A wall-clock moment in Amsterdam: a calendar day and minutes since midnight (may exceed a day). */
export interface LocalDateTime {
  /** YYYY-MM-DD */
  date: string;
  minutes: number;
}

export interface IcsEvent {
  uid: string;
  start: LocalDateTime;
  end: LocalDateTime;
  summary: string;
  description?: string;
  location?: string;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines are escaped;
 * other control characters are not allowed in TEXT and are left out.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

const encoder = new TextEncoder();

/**
 * Folds one content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines
 * start with a space. Splits only between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line may hold 75 octets; continuation lines 74 plus the leading space.
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The local date-time as YYYYMMDDTHHMMSS, carrying minutes past midnight into the next days. */
export function formatLocal({ date, minutes }: LocalDateTime): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const moment = new Date(Date.UTC(year, month - 1, day, 0, minutes));
  return `${pad(moment.getUTCFullYear(), 4)}${pad(moment.getUTCMonth() + 1)}${pad(moment.getUTCDate())}T${pad(moment.getUTCHours())}${pad(moment.getUTCMinutes())}00`;
}

/** A UTC timestamp as YYYYMMDDTHHMMSSZ (for DTSTAMP). */
export function formatUtc(moment: Date): string {
  return moment.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A whole calendar file with the given events; `now` is the DTSTAMP. */
export function buildCalendar(events: readonly IcsEvent[], now: Date, productId = '-//Adviesplaybook//Teamdag-planner//NL'): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${productId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...VTIMEZONE];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${formatUtc(now)}`,
      `DTSTART;TZID=${ICS_TIME_ZONE}:${formatLocal(event.start)}`,
      `DTEND;TZID=${ICS_TIME_ZONE}:${formatLocal(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
