/**
 * Calendar days as the site stores them: "YYYY-MM-DD", meaning the reader's own day. "Today"
 * is always the user's local day (a profile saved at 00:30 in Amsterdam is dated today, not
 * yesterday in UTC); arithmetic on days is done in UTC so no daylight-saving change can
 * shift a date.
 */

/** True for a real calendar day written as YYYY-MM-DD: 2026-02-28 yes, 2026-02-31 no. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The user's local calendar day of a moment, as YYYY-MM-DD. */
export function localDay(moment: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Today, in the user's time zone. */
export function today(): string {
  return localDay(new Date());
}

/** Adds whole days to a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD day as a Date at noon UTC, safe to format in any time zone near Europe. */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
