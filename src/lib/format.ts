/**
 * Numbers and dates in the page's language, through Intl. Every view formats through these,
 * so an English page gets English dates without touching a tool.
 */
import { dayAsDate } from './dates';
import { ambientLocale, type Locale } from './urls';

const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The BCP 47 tag Intl uses for a site locale. */
function localeTag(locale: Locale): string {
  return LOCALE_TAGS[locale];
}

// Without a locale, each function uses the page's language: <html lang> in the browser, the page
// being rendered during the build (ambientLocale, set by src/page-locale.ts), so a number an
// island renders at build time reads the same once it hydrates.

/** A day (YYYY-MM-DD) or a moment (ISO time) as "23 november 2026". */
export function formatDay(value: string, locale: Locale = ambientLocale(), options: { weekday?: boolean } = {}): string {
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(localeTag(locale), {
    weekday: options.weekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: isDay ? 'UTC' : undefined,
  }).format(isDay ? dayAsDate(value) : new Date(value));
}

/** The time of a moment (ISO time) as "14:05", to tell two attempts on one day apart. */
export function formatTime(value: string, locale: Locale = ambientLocale()): string {
  return new Intl.DateTimeFormat(localeTag(locale), { hour: '2-digit', minute: '2-digit' }).format(new Date(value));
}

/** A number in the page's language: "3,5" in Dutch, "3.5" in English. */
export function formatNumber(value: number, digits: { min?: number; max?: number; signed?: boolean } = {}, locale: Locale = ambientLocale()): string {
  return value.toLocaleString(localeTag(locale), {
    minimumFractionDigits: digits.min ?? 0,
    maximumFractionDigits: digits.max ?? digits.min ?? 0,
    signDisplay: digits.signed ? 'exceptZero' : 'auto',
  });
}

/** A score on an assessment's scale, always with one decimal: "3,0". */
export function formatScore(value: number, locale: Locale = ambientLocale()): string {
  return formatNumber(value, { min: 1, max: 1 }, locale);
}

/** A difference with its sign, one decimal: "+1,3", "−0,5", "0,0". */
export function formatSigned(value: number, locale: Locale = ambientLocale()): string {
  return formatNumber(value, { min: 1, max: 1, signed: true }, locale);
}

/** The month of a YYYY-MM (or a longer ISO date) as "november 2026". */
export function formatMonth(value: string, locale: Locale = ambientLocale()): string {
  return new Intl.DateTimeFormat(localeTag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value.slice(0, 7)}-01T00:00:00Z`));
}

/** A size on the device: "640 byte", "1,2 kB" (Intl's own unit words, in the page's language). */
export function formatBytes(bytes: number, locale: Locale = ambientLocale()): string {
  const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(localeTag(locale), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
