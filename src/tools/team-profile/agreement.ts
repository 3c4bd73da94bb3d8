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
 * Because it is not r_wg or r_wg(J), the verbal cut-offs published for those indices
 * (LeBreton & Senter 2008: .51–.70 moderate, .71–.90 strong, …) are NOT borrowed. Only
 * what is tested against chance is said; the index itself is shown as a number:
 * - 'beyond-chance': the variance is clearly below random answering:
 *   (n − 1)s²/σ²_random under the chi-square quantile at CHANCE_LEVEL (0.01) with n − 1
 *   degrees of freedom (the normal-theory variance test; scale means of uniform answers have
 *   lighter tails than the normal, so the real rate of random teams read as agreeing is
 *   lower still — the tests measure it). At .001 the test almost never fired for the 8–10
 *   people of a team: eight members on four 5-point items would need an SD (n − 1) below
 *   0.21; at .01 below 0.30 (0.42 on a balance of 4 + 4 items), and at most about 1 random
 *   team in 100 reads as agreeing;
 * - 'split': the variance is clearly ABOVE random (upper quantile at the same level): the
 *   team falls into camps;
 * - 'none': neither, which says no agreement was shown and nothing worse about the team.
 *
 * API:
 *   randomAnswerVariance(points, itemsPerSet) → σ²_random
 *   agreementOf(scores, randomVariance)       → { index, level }
 */
import { chiSquareQuantile } from '../../lib/chi-square';

/** The probability a team answering at random may be read as agreeing (or as split). */
export const CHANCE_LEVEL = 0.01;

/** What the test against chance says (see the module comment); no verbal strength levels. */
export type AgreementLevel = 'split' | 'none' | 'beyond-chance';

export interface Agreement {
  /** 1 − s²/σ²_random of the scale scores, 0 … 1 (not r_wg(J); see the module comment). */
  index: number;
  level: AgreementLevel;
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

const quantiles = new Map<string, number>();
function quantile(p: number, df: number): number {
  const key = `${p}/${df}`;
  let value = quantiles.get(key);
  if (value === undefined) quantiles.set(key, (value = chiSquareQuantile(p, df)));
  return value;
}

/** The agreement of a group's scale scores (see the module comment). */
export function agreementOf(scores: readonly number[], randomVariance: number): Agreement {
  const n = scores.length;
  if (n < 2) return { index: 0, level: 'none' };
  const mean = scores.reduce((total, score) => total + score, 0) / n;
  const variance = scores.reduce((total, score) => total + (score - mean) ** 2, 0) / (n - 1);
  const index = Math.min(1, Math.max(0, 1 - variance / randomVariance));
  const statistic = ((n - 1) * variance) / randomVariance;
  if (statistic > quantile(1 - CHANCE_LEVEL, n - 1)) return { index, level: 'split' };
  if (statistic >= quantile(CHANCE_LEVEL, n - 1)) return { index, level: 'none' };
  return { index, level: 'beyond-chance' };
}
