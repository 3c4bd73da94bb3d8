/**
 * Reliability measured in use: a trainer combines the anonymous full-answer codes of a
 * course group (src/tools/assessment/answer-code.ts) into item statistics per dimension,
 * in the browser. Nothing is stored or sent, and no row of one person is ever returned:
 * only per-item and per-dimension aggregates.
 *
 * - At least MIN_ANALYSIS_GROUP (10, privacy.ts) accepted codes, or the analysis refuses
 *   with `too-few`. Each item set (a dimension, or each side of a balance, which is a scale
 *   of its own) needs that many people with enough answers, or it gets `too-few` too.
 * - Leaders' codes of a teamscan are left out (kind `leader`): their items are worded for
 *   leaders, so their answers belong to another scale.
 * - Reverse-keyed items are mirrored (min + max − answer) before anything is computed.
 * - Missing answers ("weet ik niet" or skipped): a person counts for an item set when they
 *   answered at least `minAnswered` of its items (the rule that gives them a score at all);
 *   their other items of that set get their own mean of the answered ones (person-mean
 *   imputation within the set, which keeps everyone's total on the same footing; it
 *   flatters α slightly when much is missing, which is why the share of "weet ik niet" is
 *   reported beside it). People with fewer answers are left out of that set only.
 * - Per set: Cronbach's α = k/(k − 1) × (1 − Σ s²_item / s²_total), on unweighted items
 *   (weights change a score's mix, not whether the items measure one thing). McDonald's ω
 *   is not given: it needs a one-factor model, which is unstable with 10–30 people.
 * - α from 10–30 people is uncertain, so each α comes with its 95 % confidence interval
 *   (Feldt 1965): with n people and k items, (1 − α)/(1 − α̂) follows an F distribution
 *   with n − 1 and (n − 1)(k − 1) degrees of freedom, so the interval is
 *   1 − (1 − α̂)·F(1 − γ/2) … 1 − (1 − α̂)·F(γ/2). For α̂ = .70, k = 4: .21–.92 from 10
 *   people, .59–.79 from 100 (the verantwoording says so).
 * - Per item: the item–rest correlation (Pearson, item against the sum of the set's other
 *   items), α if the item were dropped, the share of "weet ik niet" among all accepted
 *   codes, and flags: `low-item-rest` (r < .20), `raises-alpha` (α without it is higher),
 *   `many-unknown` (> 20 % "weet ik niet"), `little-spread` (see below). The two flags read from correlations (`low-item-rest`,
 *   `raises-alpha`) only from MIN_FLAG_GROUP (50) people in the set: an item–rest r from
 *   ten people has a 95 % interval of about ±.6, so r < .20 there is mostly noise. Below
 *   that the r values are shown, unflagged (`correlationFlags: false`), with a note.
 * - `little-spread`: the most common answer to the item was given by at least LITTLE_SPREAD
 *   (80 %) of the people in the set who answered it. Such an item hardly varies, so it adds
 *   little to α and its correlations rest on one or two people. The flag never tells
 *   "everyone" from "nearly everyone": with ten people "everyone gave 4" would give every
 *   member's answer away to anyone who knows one of them. So a flagged item shows no
 *   item–rest r and no α-if-dropped either (those are what differ between the two), and is
 *   not flagged on correlations; its output is the same whether all or 80 % agreed.
 * - The share of "weet ik niet" is shown in whole tens of percent below
 *   MIN_EXACT_SHARE_GROUP (20) codes (`shownShare`, privacy.ts), and `many-unknown` reads
 *   that shown share, so the flag and the figure agree.
 * - α estimates how reliable the score is in this group; it does not show that the items
 *   measure one thing (a high α also comes from several related things). That needs a
 *   factor analysis on the answers of hundreds of people.
 *
 * API:
 *   collectAnswerCodes(text, target) → { accepted, rejected } (reasons are kinds)
 *   analyseGroup(codes, assessment)  → GroupAnalysis
 *   countLanguages(codes)            → how many codes were made in Dutch and in English
 *   itemSets(assessment), setRows(codes, assessment, dimensionId, side), unknownShareOf(codes, itemId)
 *                                    → the sets and rows α is computed on (pooled-summary.ts summarises them)
 *   cronbachAlpha(rows), itemRestCorrelation(rows, item) → the arithmetic, on complete rows
 *   alphaInterval(alpha, people, items, level?) → Feldt's confidence interval
 */
import { type AnswerCodeError, type AnswerCodeTarget, type AnsweredCode, answerCodeKey, decodeAnswerCode } from '../assessment/answer-code';
import type { Assessment, Dimension, Item } from '../assessment/model';
import { scaleRange } from '../assessment/scoring';
import { MIN_ANALYSIS_GROUP, shownShare } from '../team-profile/privacy';
import { fQuantile } from '../../lib/f-distribution';

export const LOW_ITEM_REST = 0.2;
/** People in a set from whom items are flagged on their correlations (see the module comment). */
export const MIN_FLAG_GROUP = 50;
export const MANY_UNKNOWN = 0.2;
/** Share of a set's answerers giving the item's most common answer from which it is flagged `little-spread`. */
export const LITTLE_SPREAD = 0.8;
const EPSILON = 1e-9;

export type AnalysisRejectReason = { kind: 'invalid'; error: AnswerCodeError } | { kind: 'duplicate'; firstLine: number } | { kind: 'leader' };

export interface CollectedAnswerCodes {
  accepted: { line: number; value: AnsweredCode }[];
  rejected: { line: number; excerpt: string; reason: AnalysisRejectReason }[];
}

/** Reads pasted codes, one per line (or separated by commas, semicolons or tabs). */
export function collectAnswerCodes(text: string, target: AnswerCodeTarget): CollectedAnswerCodes {
  const accepted: CollectedAnswerCodes['accepted'] = [];
  const rejected: CollectedAnswerCodes['rejected'] = [];
  const seen = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    for (const candidate of raw.split(/[,;\t]/).map((part) => part.trim()).filter(Boolean)) {
      const excerpt = candidate.length > 14 ? `${candidate.slice(0, 14)}…` : candidate;
      const decoded = decodeAnswerCode(candidate, target);
      if (!decoded.ok) {
        rejected.push({ line, excerpt, reason: { kind: 'invalid', error: decoded.error } });
        continue;
      }
      const key = answerCodeKey(candidate);
      const first = seen.get(key);
      if (first !== undefined) {
        rejected.push({ line, excerpt, reason: { kind: 'duplicate', firstLine: first } });
        continue;
      }
      seen.set(key, line);
      if (decoded.value.role === 'leader') rejected.push({ line, excerpt, reason: { kind: 'leader' } });
      else accepted.push({ line, value: decoded.value });
    }
  });
  return { accepted, rejected };
}

export type ItemFlag = 'low-item-rest' | 'raises-alpha' | 'many-unknown' | 'little-spread';

export interface ItemAnalysis {
  itemId: string;
  reverse: boolean;
  /** Share of all accepted codes that answered "weet ik niet", 0 … 1 (in whole tens below MIN_EXACT_SHARE_GROUP codes). */
  unknownShare: number;
  /** Corrected item–total correlation; null when the item or the rest does not vary, or the item has little spread. */
  itemRest: number | null;
  /** α of the set without this item; null when fewer than two items would remain, the rest does not vary, or the item has little spread. */
  alphaIfDropped: number | null;
  flags: ItemFlag[];
}

export type SetAnalysis = {
  dimensionId: string;
  /** The side of a balance dimension this set is. */
  side?: string;
  /** People with at least minAnswered answers in this set. */
  people: number;
  /** Imputed answers in this set, as a share of people × items. */
  imputedShare: number;
  items: ItemAnalysis[];
} & (
  | {
      status: 'ok';
      alpha: number | null;
      alphaInterval: AlphaInterval | null;
      /** Whether items were flagged on their correlations (from MIN_FLAG_GROUP people); below that the r values stand unflagged. */
      correlationFlags: boolean;
    }
  | { status: 'too-few'; needed: number }
);

export interface AlphaInterval {
  lower: number;
  upper: number;
  /** The confidence level, e.g. 0.95. */
  level: number;
}

/**
 * Feldt's (1965) confidence interval for Cronbach's α from `people` people and `items`
 * items (see the module comment); null when α is not defined or there are too few of either.
 */
export function alphaInterval(alpha: number | null, people: number, items: number, level = 0.95): AlphaInterval | null {
  if (alpha === null || people < 2 || items < 2) return null;
  const df1 = people - 1;
  const df2 = (people - 1) * (items - 1);
  const tail = (1 - level) / 2;
  return { lower: 1 - (1 - alpha) * fQuantile(1 - tail, df1, df2), upper: 1 - (1 - alpha) * fQuantile(tail, df1, df2), level };
}

export type GroupAnalysis = { status: 'too-few'; people: number; needed: number } | { status: 'ok'; people: number; sets: SetAnalysis[] };

const mean = (values: readonly number[]) => values.reduce((total, value) => total + value, 0) / values.length;
function variance(values: readonly number[]): number {
  const middle = mean(values);
  return values.reduce((total, value) => total + (value - middle) ** 2, 0) / (values.length - 1);
}
function correlation(a: readonly number[], b: readonly number[]): number | null {
  const ma = mean(a);
  const mb = mean(b);
  let cross = 0;
  let sa = 0;
  let sb = 0;
  a.forEach((value, index) => {
    cross += (value - ma) * (b[index]! - mb);
    sa += (value - ma) ** 2;
    sb += (b[index]! - mb) ** 2;
  });
  return sa < EPSILON || sb < EPSILON ? null : cross / Math.sqrt(sa * sb);
}

/** Cronbach's α of complete rows (people × items); null with fewer than two items or no variance in the totals. */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  const k = rows[0]?.length ?? 0;
  if (k < 2 || rows.length < 2) return null;
  const totals = rows.map((row) => row.reduce((total, value) => total + value, 0));
  const totalVariance = variance(totals);
  if (totalVariance < EPSILON) return null;
  let itemVariances = 0;
  for (let item = 0; item < k; item++) itemVariances += variance(rows.map((row) => row[item]!));
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

/** Pearson correlation of one item with the sum of the other items of complete rows. */
export function itemRestCorrelation(rows: readonly (readonly number[])[], item: number): number | null {
  return correlation(
    rows.map((row) => row[item]!),
    rows.map((row) => row.reduce((total, value, index) => (index === item ? total : total + value), 0)),
  );
}

/** What the analysis reads of an assessment: its scale, dimensions and items (with their texts, for the view). */
export interface AnalysisAssessment extends AnswerCodeTarget {
  id: string;
  title: string;
  minAnswered: number;
  scale: Pick<Assessment['scale'], 'points'>;
  dimensions: (Pick<Dimension, 'id' | 'name' | 'kind' | 'sides'> & { scale?: Pick<Assessment['scale'], 'points'> })[];
  items: Pick<Item, 'id' | 'dimension' | 'side' | 'reverse' | 'text'>[];
}

/** The part of an assessment the analysis (and its island) needs; the current version only. */
export function toAnalysisAssessment(assessment: Pick<Assessment, 'id' | 'code' | 'version' | 'title' | 'scale' | 'minAnswered' | 'dimensions' | 'items'>): AnalysisAssessment {
  const range = scaleRange(assessment.scale);
  return {
    id: assessment.id,
    code: assessment.code,
    version: assessment.version,
    title: assessment.title,
    scaleMin: range.min,
    scaleMax: range.max,
    minAnswered: assessment.minAnswered,
    scale: { points: assessment.scale.points },
    dimensions: assessment.dimensions.map(({ id, name, kind, sides, scale }) => ({ id, name, kind, ...(sides ? { sides } : {}), ...(scale ? { scale: { points: scale.points } } : {}) })),
    items: assessment.items.map(({ id, dimension, side, reverse, text }) => ({ id, dimension, ...(side ? { side } : {}), reverse, text })),
  };
}

/** Whether the most common of the given answers (null: not answered) is at least LITTLE_SPREAD of them. */
export function hasLittleSpread(given: readonly (number | null)[]): boolean {
  const counts = new Map<number, number>();
  let answered = 0;
  for (const value of given) {
    if (value === null) continue;
    answered++;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return answered > 0 && Math.max(...counts.values()) >= LITTLE_SPREAD * answered - EPSILON;
}

/** The item sets an assessment is analysed in: each dimension, and each side of a balance. */
export function itemSets(assessment: Pick<AnalysisAssessment, 'dimensions'>): { dimensionId: string; side: string | undefined }[] {
  return assessment.dimensions.flatMap((dimension): { dimensionId: string; side: string | undefined }[] =>
    dimension.kind === 'balance' && dimension.sides ? dimension.sides.map((side) => ({ dimensionId: dimension.id, side: side.id })) : [{ dimensionId: dimension.id, side: undefined }],
  );
}

export interface SetRows {
  items: AnalysisAssessment['items'];
  /** Per counted person: the set's answers, reverse items mirrored, missing ones imputed with the person's own mean. */
  rows: number[][];
  /** The same people's answers before imputation (null: not answered). */
  givenRows: (number | null)[][];
  /** The language of each counted person, in the order of `rows`. */
  languages: AnsweredCode['language'][];
  imputed: number;
}

/** The rows α is computed on for one item set (see the module comment on mirroring and imputation). */
export function setRows(codes: readonly AnsweredCode[], assessment: Pick<AnalysisAssessment, 'scale' | 'dimensions' | 'items' | 'minAnswered'>, dimensionId: string, side: string | undefined): SetRows {
  const dimension = assessment.dimensions.find((candidate) => candidate.id === dimensionId)!;
  const points = (dimension.scale ?? assessment.scale).points;
  const [min, max] = [points[0]!.value, points.at(-1)!.value];
  const items = assessment.items.filter((item) => item.dimension === dimensionId && item.side === side);
  const needed = Math.min(assessment.minAnswered, items.length);
  const result: SetRows = { items, rows: [], givenRows: [], languages: [], imputed: 0 };
  for (const { answers, language } of codes) {
    const keyed = items.map((item) => {
      const answer = answers[item.id];
      return typeof answer === 'number' ? (item.reverse ? min + max - answer : answer) : null;
    });
    const answered = keyed.filter((value): value is number => value !== null);
    if (answered.length < needed) continue;
    const own = mean(answered);
    result.imputed += keyed.length - answered.length;
    result.givenRows.push(keyed);
    result.rows.push(keyed.map((value) => value ?? own));
    result.languages.push(language);
  }
  return result;
}

/** The share of all codes that answered "weet ik niet" to an item, as the screen shows it (privacy.ts). */
export function unknownShareOf(codes: readonly AnsweredCode[], itemId: string): number {
  return shownShare(codes.filter((code) => code.answers[itemId] === 'unknown').length / codes.length, codes.length);
}

function analyseSet(codes: readonly AnsweredCode[], assessment: Pick<AnalysisAssessment, 'scale' | 'dimensions' | 'items' | 'minAnswered'>, dimensionId: string, side: string | undefined): SetAnalysis {
  const { items, rows, givenRows, imputed } = setRows(codes, assessment, dimensionId, side);
  const unknownShare = (itemId: string) => unknownShareOf(codes, itemId);
  const base = { dimensionId, ...(side ? { side } : {}), people: rows.length, imputedShare: rows.length ? imputed / (rows.length * items.length) : 0 };
  if (rows.length < MIN_ANALYSIS_GROUP) {
    return {
      ...base,
      status: 'too-few',
      needed: MIN_ANALYSIS_GROUP,
      items: items.map((item) => {
        const share = unknownShare(item.id);
        return { itemId: item.id, reverse: item.reverse, unknownShare: share, itemRest: null, alphaIfDropped: null, flags: share > MANY_UNKNOWN ? ['many-unknown'] : [] };
      }),
    };
  }
  const alpha = cronbachAlpha(rows);
  const correlationFlags = rows.length >= MIN_FLAG_GROUP;
  return {
    ...base,
    status: 'ok',
    alpha,
    alphaInterval: alphaInterval(alpha, rows.length, items.length),
    correlationFlags,
    items: items.map((item, index) => {
      const share = unknownShare(item.id);
      const flags: ItemFlag[] = [];
      if (hasLittleSpread(givenRows.map((row) => row[index]!))) {
        flags.push('little-spread');
        if (share > MANY_UNKNOWN) flags.push('many-unknown');
        return { itemId: item.id, reverse: item.reverse, unknownShare: share, itemRest: null, alphaIfDropped: null, flags };
      }
      const itemRest = itemRestCorrelation(rows, index);
      const alphaIfDropped = items.length > 2 ? cronbachAlpha(rows.map((row) => row.filter((_, other) => other !== index))) : null;
      if (correlationFlags && itemRest !== null && itemRest < LOW_ITEM_REST) flags.push('low-item-rest');
      if (correlationFlags && alpha !== null && alphaIfDropped !== null && alphaIfDropped > alpha + EPSILON) flags.push('raises-alpha');
      if (share > MANY_UNKNOWN) flags.push('many-unknown');
      return { itemId: item.id, reverse: item.reverse, unknownShare: share, itemRest, alphaIfDropped, flags };
    }),
  };
}

/** The group analysis of accepted codes (see the module comment). */
export function analyseGroup(codes: readonly AnsweredCode[], assessment: Pick<AnalysisAssessment, 'scale' | 'dimensions' | 'items' | 'minAnswered'>): GroupAnalysis {
  if (codes.length < MIN_ANALYSIS_GROUP) return { status: 'too-few', people: codes.length, needed: MIN_ANALYSIS_GROUP };
  const sets = itemSets(assessment).map(({ dimensionId, side }) => analyseSet(codes, assessment, dimensionId, side));
  return { status: 'ok', people: codes.length, sets };
}

/** How many codes were made in each language. */
export function countLanguages(codes: readonly Pick<AnsweredCode, 'language'>[]): Record<AnsweredCode['language'], number> {
  const counts = { nl: 0, en: 0 };
  for (const { language } of codes) counts[language]++;
  return counts;
}
