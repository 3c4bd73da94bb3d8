/**
 * How much a team agrees on one dimension, from the members' SCALE SCORES.
 *
 * What this index is, exactly: the r_wg formula of James, Demaree & Wolf (1984),
 * 1 − observed variance / variance expected under random answering, applied to the SCALE
 * SCORE (the mean of a dimension's items, or a balance's difference of two means), with as
 * expected variance the variance that members answering every item uniformly at random
 * would give that score:
 *
 *   σ²_random = σ²_EU × Σ_k 1/J_k,   σ²_EU = (A² − 1)/12
 *
 * (J_k the items of the dimension, or of each side of a balance, which is a difference of
 * two independent means). index = 1 − s²/σ²_random, truncated to 0 … 1. Members who left
 * items unanswered have a noisier mean than J items give; taking J as ALL the dimension's
 * items makes σ²_random smaller and the index lower: conservative.
 *
 * It is NOT r_wg(J) (James, Demaree & Wolf 1984, eq. 6), which uses the mean of the item
 * variances and therefore needs every member's item answers; a result code carries one
 * score per dimension (per side for a balance; src/tools/assessment/result-code.ts). The
 * single-item r_wg on those means, with the single-item variance (A² − 1)/12, was the
 * earlier error: a mean of J items varies J times less than one item, so a team answering
 * at random read as agreement.
 *
 * Two null distributions (LeBreton & Senter 2008 list the usual ones): uniform random
 * answering, and SLIGHTLY SKEWED answering, for the leniency most people show on
 * favourable statements about their own team: on a 5-point scale the proportions
 * .05, .15, .20, .35, .25 for 1 … 5 (their "slight skew"), item variance 1.34 against 2.00
 * for uniform answering. A team whose members all lean a little positive without agreeing
 * has a smaller variance than uniform answering gives; measured against the uniform null
 * alone it could read as agreement. So agreement is claimed only when the variance is below
 * BOTH nulls at CHANCE_LEVEL (the skewed one is the stricter). Reverse-keyed items mirror
 * the skew but keep its variance. For a scale of other than five points no skewed
 * distribution is documented here, and agreement is not claimed at all.
 *
 * Because it is not r_wg or r_wg(J), the verbal cut-offs published for those indices
 * (LeBreton & Senter 2008: .51–.70 moderate, .71–.90 strong, …) are NOT borrowed. Only
 * what is tested against chance is said; the index itself is shown as a number:
 * - 'beyond-chance': the variance is clearly below random answering under both nulls:
 *   (n − 1)s²/σ²_null under the chi-square quantile at CHANCE_LEVEL (0.01) with n − 1
 *   degrees of freedom, for σ²_null the uniform and the slightly skewed variance (the normal-theory variance test; scale means of uniform answers have
 *   lighter tails than the normal, so the real rate of random teams read as agreeing is
 *   lower still — the tests measure it). At .001 the test almost never fired for the 8–10
 *   people of a team: eight members on four 5-point items would need an SD (n − 1) below
 *   0.21 against the uniform null; at .01 below 0.30 against the uniform null and below
 *   0.24 against the slightly skewed one (0.34 on a balance of 4 + 4 items), and at most
 *   about 1 random team in 100 of either kind reads as agreeing;
 * - 'split': the variance is clearly ABOVE random (upper quantile at the same level): the
 *   team falls into camps;
 * - 'none': neither, which says no agreement was shown and nothing worse about the team.
 *
 * API:
 *   randomAnswerVariance(points, itemsPerSet)  → σ²_random (uniform)
 *   skewedAnswerVariance(points, itemsPerSet)  → σ²_skew, or undefined for other than 5 points
 *   nullVariances(points, itemsPerSet)         → both
 *   agreementOf(scores, nulls)                 → { index, skewIndex?, level }
 */
import { chiSquareQuantile } from '../../lib/chi-square';

/** The probability a team answering at random may be read as agreeing (or as split). */
export const CHANCE_LEVEL = 0.01;

/** What the test against chance says (see the module comment); no verbal strength levels. */
export type AgreementLevel = 'split' | 'none' | 'beyond-chance';

export interface Agreement {
  /** 1 − s²/σ²_random of the scale scores, 0 … 1 (not r_wg(J); see the module comment). */
  index: number;
  /** 1 − s²/σ²_skew, 0 … 1: the same against slightly skewed answering; absent where no skewed null is documented. */
  skewIndex?: number;
  level: AgreementLevel;
}

/** The variances agreement is tested against (see the module comment). */
export interface NullVariances {
  uniform: number;
  /** Undefined: no skewed null for this scale, so agreement is never claimed. */
  slightSkew: number | undefined;
}

/** LeBreton & Senter's (2008) slight skew on a 5-point scale: the share of answers 1 … 5. */
export const SLIGHT_SKEW_5 = [0.05, 0.15, 0.2, 0.35, 0.25] as const;

/** The variance of one answer drawn with these shares on the points 1 … A. */
export function itemVariance(shares: readonly number[]): number {
  const mean = shares.reduce((total, share, index) => total + share * (index + 1), 0);
  return shares.reduce((total, share, index) => total + share * (index + 1 - mean) ** 2, 0);
}

/**
 * The variance of a scale score when every item is answered uniformly at random on A
 * points: (A² − 1)/12 per item, divided by the items of each set and summed over the sets
 * (one set for a mean, two for a balance).
 */
export function randomAnswerVariance(points: number, itemsPerSet: readonly number[]): number {
  if (points < 2 || itemsPerSet.length === 0 || itemsPerSet.some((items) => !(items >= 1))) throw new Error('randomAnswerVariance needs 2+ points and 1+ items per set');
  const item = (points ** 2 - 1) / 12;
  return itemsPerSet.reduce((total, items) => total + item / items, 0);
}

/**
 * The variance of a scale score when every item is answered with the slight skew
 * (SLIGHT_SKEW_5, 1.34 per item), per set as for random answering; undefined for a scale of
 * other than five points.
 */
export function skewedAnswerVariance(points: number, itemsPerSet: readonly number[]): number | undefined {
  if (points !== SLIGHT_SKEW_5.length) return undefined;
  const uniform = randomAnswerVariance(points, itemsPerSet);
  return uniform * (itemVariance(SLIGHT_SKEW_5) / ((points ** 2 - 1) / 12));
}

export function nullVariances(points: number, itemsPerSet: readonly number[]): NullVariances {
  return { uniform: randomAnswerVariance(points, itemsPerSet), slightSkew: skewedAnswerVariance(points, itemsPerSet) };
}

const quantiles = new Map<string, number>();
function quantile(p: number, df: number): number {
  const key = `${p}/${df}`;
  let value = quantiles.get(key);
  if (value === undefined) quantiles.set(key, (value = chiSquareQuantile(p, df)));
  return value;
}

const indexOf = (variance: number, nullVariance: number) => Math.min(1, Math.max(0, 1 - variance / nullVariance));

/** The agreement of a group's scale scores (see the module comment). */
export function agreementOf(scores: readonly number[], nulls: NullVariances): Agreement {
  const n = scores.length;
  const skewIndex = (variance: number) => (nulls.slightSkew === undefined ? {} : { skewIndex: indexOf(variance, nulls.slightSkew) });
  if (n < 2) return { index: 0, ...(nulls.slightSkew === undefined ? {} : { skewIndex: 0 }), level: 'none' };
  const mean = scores.reduce((total, score) => total + score, 0) / n;
  const variance = scores.reduce((total, score) => total + (score - mean) ** 2, 0) / (n - 1);
  const reading = { index: indexOf(variance, nulls.uniform), ...skewIndex(variance) };
  // Below a null at CHANCE_LEVEL: (n − 1)s²/σ² under the lower chi-square quantile.
  const below = (nullVariance: number) => ((n - 1) * variance) / nullVariance < quantile(CHANCE_LEVEL, n - 1);
  if (((n - 1) * variance) / nulls.uniform > quantile(1 - CHANCE_LEVEL, n - 1)) return { ...reading, level: 'split' };
  if (nulls.slightSkew !== undefined && below(nulls.uniform) && below(nulls.slightSkew)) return { ...reading, level: 'beyond-chance' };
  return { ...reading, level: 'none' };
}
