/**
 * Summaries of a group analysis, and pooling them over several groups, so α can be estimated
 * from hundreds of people without anyone keeping the codes that hold each person's answers.
 *
 * A summary (`summariseGroup`) is made in the browser from the accepted codes, and only when
 * the analysis itself is shown (MIN_ANALYSIS_GROUP codes). Per item set (a dimension, or each
 * side of a balance) it holds the number of people, their number per language, the item
 * means and the item covariance matrix, both on the rows α uses (reverse items mirrored,
 * missing answers imputed with the person's own mean: group-analysis.ts `setRows`), and the
 * share of "weet ik niet" per item as the screen shows it (`shownShare`). A set with fewer
 * than MIN_ANALYSIS_GROUP people keeps only its counts and shares. No code, no row of one
 * person. A set with an item that nearly everyone answered alike (`little-spread`, as on the
 * screen) keeps only its counts and shares too, marked `withheld`: that item's mean and variance
 * would show what each person answered. Statistics per language are added only when every language in the set has
 * MIN_ANALYSIS_GROUP people: with 10 Dutch and 2 English answers, the whole set and its Dutch
 * part would differ by two people, and the difference would tell what those two answered.
 * A set taken in one language only needs no split: its statistics are that language's.
 *
 * Pooling (`poolSummaries`): per set, the pooled within-group covariance matrix
 * S = Σ (n_g − 1) S_g / Σ (n_g − 1); α and each item's item–rest correlation follow from S
 * alone (`alphaFromCovariance`, `itemRestFromCovariance`, exactly the values the rows would
 * give), α's Feldt interval is taken with the total number of people. Differences between the
 * groups' means do not enter (a group that scores higher as a whole does not raise α). Per
 * language the same, from the sets that have that language's statistics; `byLanguage` is
 * filled only when both languages have MIN_ANALYSIS_GROUP people: a first look at whether the
 * Dutch and English wordings hang together alike, not a test of measurement invariance.
 *
 * Files are read as untrusted text (`readSummary`): size, JSON, format, the assessment and its
 * version, every set and item against the current assessment, every number. The reason a
 * file is refused is a kind; the view words it.
 *
 * API:
 *   summariseGroup(codes, assessment, day) → GroupSummary | null
 *   readSummary(text, assessment) → { ok: true, summary } | { ok: false, problem }
 *   collectSummaries(files, assessment) → { accepted, rejected } (an identical file twice is a duplicate)
 *   poolSummaries(summaries, assessment) → PooledAnalysis
 *   covarianceMatrix(rows), pooledCovariance(parts, k), alphaFromCovariance(matrix), itemRestFromCovariance(matrix, item)
 */
import type { AnsweredCode } from '../assessment/answer-code';
import { is } from '../../lib/storage';
import type { Locale } from '../../lib/urls';
import { MIN_ANALYSIS_GROUP } from '../team-profile/privacy';
import { type AlphaInterval, type AnalysisAssessment, alphaInterval, countLanguages, hasLittleSpread, itemSets, setRows, unknownShareOf } from './group-analysis';

export const SUMMARY_FORMAT = 'adviesplaybook-groepssamenvatting';
export const SUMMARY_FORMAT_VERSION = 1;
/** A summary of the largest assessment is a few kilobytes; anything this big is not one. */
export const MAX_SUMMARY_BYTES = 200_000;
const LANGUAGES: readonly Locale[] = ['nl', 'en'];
const EPSILON = 1e-9;

export type LanguageCounts = Record<Locale, number>;

export interface Statistics {
  people: number;
  /** Per item, in the set's item order. */
  means: number[];
  /** Items × items, with n − 1 in the denominator. */
  covariance: number[][];
}

export interface SummarySet {
  dimensionId: string;
  side?: string;
  /** The set's item ids, in the assessment's order. */
  items: string[];
  /** People with enough answers in this set. */
  people: number;
  languages: LanguageCounts;
  /** Share of all the summary's people that answered "weet ik niet", per item (in whole tens below 20 people). */
  unknownShare: number[];
  /** Why a set of MIN_ANALYSIS_GROUP or more people has no statistics: one of its items was answered alike by nearly everyone (group-analysis.ts `little-spread`). */
  withheld?: 'little-spread';
  /** Only from MIN_ANALYSIS_GROUP people in the set, and not when withheld. */
  means?: number[];
  covariance?: number[][];
  /** Only when every language in the set has MIN_ANALYSIS_GROUP people (see the module comment). */
  byLanguage?: Partial<Record<Locale, Statistics>>;
}

export interface GroupSummary {
  format: typeof SUMMARY_FORMAT;
  formatVersion: typeof SUMMARY_FORMAT_VERSION;
  assessment: string;
  version: number;
  /** The day the summary was made, YYYY-MM-DD. */
  date: string;
  /** The accepted codes. */
  people: number;
  languages: LanguageCounts;
  sets: SummarySet[];
}

const mean = (values: readonly number[]) => values.reduce((total, value) => total + value, 0) / values.length;

/** The item covariance matrix of complete rows (people × items), with n − 1 in the denominator. */
export function covarianceMatrix(rows: readonly (readonly number[])[]): number[][] {
  const k = rows[0]?.length ?? 0;
  const means = Array.from({ length: k }, (_, item) => mean(rows.map((row) => row[item]!)));
  return means.map((meanA, a) =>
    means.map((meanB, b) => rows.reduce((total, row) => total + (row[a]! - meanA) * (row[b]! - meanB), 0) / (rows.length - 1)),
  );
}

/** Cronbach's α from an item covariance matrix: k/(k − 1) × (1 − trace / sum of all entries); null as `cronbachAlpha`. */
export function alphaFromCovariance(matrix: readonly (readonly number[])[]): number | null {
  const k = matrix.length;
  if (k < 2) return null;
  let trace = 0;
  let total = 0;
  matrix.forEach((row, a) => {
    trace += row[a]!;
    for (const value of row) total += value;
  });
  if (total < EPSILON) return null;
  return (k / (k - 1)) * (1 - trace / total);
}

/** The correlation of one item with the sum of the others, from the covariance matrix; null when either does not vary. */
export function itemRestFromCovariance(matrix: readonly (readonly number[])[], item: number): number | null {
  let cross = 0;
  let rest = 0;
  matrix.forEach((row, a) => {
    if (a === item) return;
    cross += row[item]!;
    row.forEach((value, b) => {
      if (b !== item) rest += value;
    });
  });
  const own = matrix[item]![item]!;
  return own < EPSILON || rest < EPSILON ? null : cross / Math.sqrt(own * rest);
}

const day = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

function statisticsOf(rows: readonly (readonly number[])[]): Statistics {
  const k = rows[0]?.length ?? 0;
  return { people: rows.length, means: Array.from({ length: k }, (_, item) => mean(rows.map((row) => row[item]!))), covariance: covarianceMatrix(rows) };
}

/** The summary of a group's accepted codes (see the module comment); null below MIN_ANALYSIS_GROUP codes, when there is no analysis either. */
export function summariseGroup(codes: readonly AnsweredCode[], assessment: Pick<AnalysisAssessment, 'id' | 'version' | 'scale' | 'dimensions' | 'items' | 'minAnswered'>, date: Date): GroupSummary | null {
  if (codes.length < MIN_ANALYSIS_GROUP) return null;
  const sets = itemSets(assessment).map(({ dimensionId, side }): SummarySet => {
    const { items, rows, givenRows, languages } = setRows(codes, assessment, dimensionId, side);
    const counts = countLanguages(languages.map((language) => ({ language })));
    const set: SummarySet = { dimensionId, ...(side ? { side } : {}), items: items.map((item) => item.id), people: rows.length, languages: counts, unknownShare: items.map((item) => unknownShareOf(codes, item.id)) };
    if (rows.length < MIN_ANALYSIS_GROUP) return set;
    // An item nearly everyone answered alike: its mean and variance would tell what nearly everyone (so each person) answered, which the screen hides too.
    if (items.some((_, index) => hasLittleSpread(givenRows.map((row) => row[index]!)))) return { ...set, withheld: 'little-spread' };
    const { means, covariance } = statisticsOf(rows);
    const present = LANGUAGES.filter((language) => counts[language] > 0);
    const split = present.length > 1 && present.every((language) => counts[language] >= MIN_ANALYSIS_GROUP);
    if (!split) return { ...set, means, covariance };
    const byLanguage = Object.fromEntries(present.map((language) => [language, statisticsOf(rows.filter((_, index) => languages[index] === language))]));
    return { ...set, means, covariance, byLanguage };
  });
  return { format: SUMMARY_FORMAT, formatVersion: SUMMARY_FORMAT_VERSION, assessment: assessment.id, version: assessment.version, date: day(date), people: codes.length, languages: countLanguages(codes), sets };
}

/** Why a file was not pooled; the view words each kind. */
export type SummaryProblem =
  | { kind: 'too-large' }
  /** The browser could not read the file. */
  | { kind: 'unreadable' }
  | { kind: 'not-json' }
  | { kind: 'not-a-summary' }
  | { kind: 'other-format-version'; formatVersion: string }
  | { kind: 'other-assessment'; assessment: string }
  | { kind: 'other-version'; version: string; expected: number }
  /** The right kind of file, but a set, an item or a number is not what it should be. */
  | { kind: 'damaged' }
  | { kind: 'duplicate'; firstFile: string };

export type SummaryReading = { ok: true; summary: GroupSummary } | { ok: false; problem: SummaryProblem };

/** A value of a refused file as it may be shown: short, and plain text. */
const shown = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, 40) : '?');

const count = (value: unknown, max: number): value is number => is.int(value) && value >= 0 && value <= max;
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const numbers = (value: unknown, length: number, ok: (value: number) => boolean = () => true): value is number[] =>
  Array.isArray(value) && value.length === length && value.every((entry) => finite(entry) && ok(entry));

function readLanguages(value: unknown, total: number): LanguageCounts | undefined {
  if (!is.record(value) || !count(value.nl, total) || !count(value.en, total) || value.nl + value.en !== total) return undefined;
  return { nl: value.nl, en: value.en };
}

/** Means on the scale and a symmetric matrix with variances ≥ 0, both k items wide. */
function readStatistics(raw: { means?: unknown; covariance?: unknown }, people: number, k: number, range: { min: number; max: number }): Statistics | undefined {
  if (!numbers(raw.means, k, (value) => value >= range.min - EPSILON && value <= range.max + EPSILON)) return undefined;
  const matrix = raw.covariance;
  if (!Array.isArray(matrix) || matrix.length !== k || !matrix.every((row) => numbers(row, k))) return undefined;
  const rows = matrix as number[][];
  const spread = (range.max - range.min) ** 2;
  const symmetric = rows.every((row, a) => row[a]! >= 0 && row[a]! <= spread && row.every((value, b) => Math.abs(value - rows[b]![a]!) <= EPSILON * Math.max(1, Math.abs(value))));
  return symmetric ? { people, means: [...raw.means], covariance: rows.map((row) => [...row]) } : undefined;
}

function readSet(raw: unknown, expected: { dimensionId: string; side: string | undefined; items: string[]; range: { min: number; max: number } }, people: number): SummarySet | undefined {
  if (!is.record(raw) || raw.dimensionId !== expected.dimensionId || (raw.side ?? undefined) !== expected.side) return undefined;
  const k = expected.items.length;
  if (!Array.isArray(raw.items) || raw.items.length !== k || raw.items.some((id, index) => id !== expected.items[index])) return undefined;
  if (!count(raw.people, people)) return undefined;
  const languages = readLanguages(raw.languages, raw.people);
  if (!languages || !numbers(raw.unknownShare, k, (share) => share >= 0 && share <= 1)) return undefined;
  const set: SummarySet = { dimensionId: expected.dimensionId, ...(expected.side ? { side: expected.side } : {}), items: [...expected.items], people: raw.people, languages, unknownShare: [...raw.unknownShare] };
  const bare = raw.means === undefined && raw.covariance === undefined && raw.byLanguage === undefined;
  if (raw.people < MIN_ANALYSIS_GROUP) return bare && raw.withheld === undefined ? set : undefined;
  if (raw.withheld !== undefined) return raw.withheld === 'little-spread' && bare ? { ...set, withheld: 'little-spread' } : undefined;
  const whole = readStatistics(raw, raw.people, k, expected.range);
  if (!whole) return undefined;
  if (raw.byLanguage === undefined) return { ...set, means: whole.means, covariance: whole.covariance };
  if (!is.record(raw.byLanguage) || Object.keys(raw.byLanguage).some((key) => !LANGUAGES.includes(key as Locale))) return undefined;
  const byLanguage: Partial<Record<Locale, Statistics>> = {};
  for (const language of LANGUAGES) {
    const part = raw.byLanguage[language];
    if (!is.record(part) || part.people !== languages[language] || languages[language] < MIN_ANALYSIS_GROUP) return undefined;
    const statistics = readStatistics(part, languages[language], k, expected.range);
    if (!statistics) return undefined;
    byLanguage[language] = statistics;
  }
  return { ...set, means: whole.means, covariance: whole.covariance, byLanguage };
}

/** What pooling reads of an assessment: its sets, their items and scales. */
export type PoolingAssessment = Pick<AnalysisAssessment, 'id' | 'version' | 'scale' | 'dimensions' | 'items'>;

function expectedSets(assessment: PoolingAssessment) {
  return itemSets(assessment).map(({ dimensionId, side }) => {
    const dimension = assessment.dimensions.find((candidate) => candidate.id === dimensionId)!;
    const points = (dimension.scale ?? assessment.scale).points;
    return {
      dimensionId,
      side,
      items: assessment.items.filter((item) => item.dimension === dimensionId && item.side === side).map((item) => item.id),
      range: { min: points[0]!.value, max: points.at(-1)!.value },
    };
  });
}

/** Reads one file's text as a summary of this assessment's current version (see the module comment). */
export function readSummary(text: string, assessment: PoolingAssessment): SummaryReading {
  const fail = (problem: SummaryProblem): SummaryReading => ({ ok: false, problem });
  if (text.length > MAX_SUMMARY_BYTES) return fail({ kind: 'too-large' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail({ kind: 'not-json' });
  }
  if (!is.record(raw) || raw.format !== SUMMARY_FORMAT) return fail({ kind: 'not-a-summary' });
  if (raw.formatVersion !== SUMMARY_FORMAT_VERSION) return fail({ kind: 'other-format-version', formatVersion: shown(raw.formatVersion) });
  if (raw.assessment !== assessment.id) return fail({ kind: 'other-assessment', assessment: shown(raw.assessment) });
  if (raw.version !== assessment.version) return fail({ kind: 'other-version', version: shown(raw.version), expected: assessment.version });
  const damaged = fail({ kind: 'damaged' });
  if (!is.string(raw.date) || !/^\d{4}-\d{2}-\d{2}$/.test(raw.date) || !is.int(raw.people) || raw.people < MIN_ANALYSIS_GROUP || raw.people > 1_000_000) return damaged;
  const languages = readLanguages(raw.languages, raw.people);
  const expected = expectedSets(assessment);
  if (!languages || !Array.isArray(raw.sets) || raw.sets.length !== expected.length) return damaged;
  const sets: SummarySet[] = [];
  for (const [index, candidate] of raw.sets.entries()) {
    const set = readSet(candidate, expected[index]!, raw.people);
    if (!set) return damaged;
    sets.push(set);
  }
  return { ok: true, summary: { format: SUMMARY_FORMAT, formatVersion: SUMMARY_FORMAT_VERSION, assessment: assessment.id, version: assessment.version, date: raw.date, people: raw.people, languages, sets } };
}

export interface CollectedSummaries {
  accepted: { name: string; summary: GroupSummary }[];
  rejected: { name: string; problem: SummaryProblem }[];
}

/** An opened file: its text, or null when it was too large to read (`size`) or could not be read. */
export interface OpenedFile {
  name: string;
  size: number;
  text: string | null;
}

/** Reads the opened files in order; a file whose summary equals an earlier one is a duplicate, counted once. */
export function collectSummaries(files: readonly OpenedFile[], assessment: PoolingAssessment): CollectedSummaries {
  const accepted: CollectedSummaries['accepted'] = [];
  const rejected: CollectedSummaries['rejected'] = [];
  const seen = new Map<string, string>();
  for (const { name, size, text } of files) {
    const reading: SummaryReading =
      size > MAX_SUMMARY_BYTES ? { ok: false, problem: { kind: 'too-large' } } : text === null ? { ok: false, problem: { kind: 'unreadable' } } : readSummary(text, assessment);
    if (!reading.ok) {
      rejected.push({ name, problem: reading.problem });
      continue;
    }
    const key = JSON.stringify(reading.summary);
    const first = seen.get(key);
    if (first !== undefined) {
      rejected.push({ name, problem: { kind: 'duplicate', firstFile: first } });
      continue;
    }
    seen.set(key, name);
    accepted.push({ name, summary: reading.summary });
  }
  return { accepted, rejected };
}

export interface PooledAlpha {
  /** People in the groups pooled. */
  people: number;
  /** Groups pooled. */
  groups: number;
  alpha: number | null;
  alphaInterval: AlphaInterval | null;
}

export interface PooledSet extends PooledAlpha {
  dimensionId: string;
  side?: string;
  /** People in groups whose set had too few people to give statistics. */
  leftOut: number;
  items: { itemId: string; itemRest: number | null }[];
  /** People whose language statistics are known, per language. */
  languagePeople: LanguageCounts;
  /** α per language, only when both languages have MIN_ANALYSIS_GROUP people. */
  byLanguage: Record<Locale, PooledAlpha> | null;
}

export interface PooledAnalysis {
  groups: number;
  people: number;
  languages: LanguageCounts;
  sets: PooledSet[];
}

/** The pooled within-group covariance matrix Σ (n_g − 1) S_g / Σ (n_g − 1) of k items; null without groups. */
export function pooledCovariance(parts: readonly Pick<Statistics, 'people' | 'covariance'>[], k: number): number[][] | null {
  const weight = parts.reduce((total, part) => total + part.people - 1, 0);
  if (parts.length === 0 || weight < 1) return null;
  return Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => parts.reduce((total, part) => total + (part.people - 1) * part.covariance[a]![b]!, 0) / weight));
}

function pooledAlpha(parts: readonly Statistics[], matrix: number[][] | null, k: number): PooledAlpha {
  const people = parts.reduce((total, part) => total + part.people, 0);
  const alpha = matrix ? alphaFromCovariance(matrix) : null;
  return { people, groups: parts.length, alpha, alphaInterval: alphaInterval(alpha, people, k) };
}

/** The pooled analysis of accepted summaries of one assessment version (see the module comment). */
export function poolSummaries(summaries: readonly GroupSummary[], assessment: PoolingAssessment): PooledAnalysis {
  const sets = expectedSets(assessment).map(({ dimensionId, side, items }, index): PooledSet => {
    const parts = summaries.map((summary) => summary.sets[index]!);
    const whole: Statistics[] = [];
    const perLanguage: Record<Locale, Statistics[]> = { nl: [], en: [] };
    let leftOut = 0;
    for (const part of parts) {
      if (!part.means || !part.covariance) {
        leftOut += part.people;
        continue;
      }
      const statistics = { people: part.people, means: part.means, covariance: part.covariance };
      whole.push(statistics);
      const only = LANGUAGES.filter((language) => part.languages[language] > 0);
      if (only.length === 1) perLanguage[only[0]!].push(statistics);
      else for (const language of LANGUAGES) if (part.byLanguage?.[language]) perLanguage[language].push(part.byLanguage[language]);
    }
    const matrix = pooledCovariance(whole, items.length);
    const pooled = pooledAlpha(whole, matrix, items.length);
    const languagePeople = { nl: perLanguage.nl.reduce((total, part) => total + part.people, 0), en: perLanguage.en.reduce((total, part) => total + part.people, 0) };
    const alphaOf = (language: Locale) => pooledAlpha(perLanguage[language], pooledCovariance(perLanguage[language], items.length), items.length);
    const byLanguage = LANGUAGES.every((language) => languagePeople[language] >= MIN_ANALYSIS_GROUP) ? { nl: alphaOf('nl'), en: alphaOf('en') } : null;
    return {
      dimensionId,
      ...(side ? { side } : {}),
      ...pooled,
      leftOut,
      items: items.map((itemId, item) => ({ itemId, itemRest: matrix ? itemRestFromCovariance(matrix, item) : null })),
      languagePeople,
      byLanguage,
    };
  });
  const languages = { nl: 0, en: 0 };
  for (const summary of summaries) for (const language of LANGUAGES) languages[language] += summary.languages[language];
  return { groups: summaries.length, people: summaries.reduce((total, summary) => total + summary.people, 0), languages, sets };
}
