/**
 * How much a team agrees on one dimension, from the members' SCALE SCORES.
 *
 * Why not r_wg(J) (James, Demaree & Wolf 1984)? It needs every member's item answers, and
 * a result code carries only one score per dimension (per side for a balance; see
 * src/tools/assessment/result-code.ts). Applying the single-item r_wg to those means, with
 * the single-item random variance (A² − 1)/12, was the earlier error: a mean of J items
 * varies J times less than one item, so a team answering at random read as agreement.
 *
 * The index here is r_wg of the scale score against the right null distribution: the
 * variance that members answering every item uniformly at random would give their scale
 * score,
 *
 *   σ²_random = σ²_EU × Σ_k 1/J_k,   σ²_EU = (A² − 1)/12
 *
 * (J_k the items of the dimension, or of each side of a balance, which is a difference of
 * two independent means). index = 1 − s²/σ²_random, truncated to 0 … 1 (LeBreton & Senter
 * 2008). Members who left items unanswered have a noisier mean than J items give; taking J
 * as ALL the dimension's items makes σ²_random smaller and the index lower: conservative.
 *
 * A variance from 5–10 people is itself uncertain: eight members answering at random give
 * an index of .5 or more about one time in eight. So a level of agreement is read only
 * when the variance is ALSO clearly below random answering: (n − 1)s²/σ²_random under the
 * chi-square quantile at CHANCE_LEVEL (0.001) with n − 1 degrees of freedom (the
 * normal-theory variance test; scale means of uniform answers have lighter tails than the
 * normal, so the real rate of random teams read as agreeing is lower still — the tests
 * measure it). Otherwise the level is "none": no agreement shown, which is true, and says
 * nothing worse about the team. A variance clearly ABOVE random (upper quantile at the same
 * level) is "split": the team falls into camps (the negative r_wg LeBreton & Senter warn about).
 *
 * Levels (LeBreton & Senter 2008, table 3, "weak" and "lack of" merged):
 *   none: index ≤ .50 (or not beyond chance) · moderate: .51–.70 · strong: .71–.90 · very-strong: > .90
 *
 * API:
 *   randomAnswerVariance(points, itemsPerSet) → σ²_random
 *   agreementOf(scores, randomVariance)       → { index, level }
 */
import { chiSquareQuantile } from '../../lib/chi-square';

/** The probability a team answering at random may be read as agreeing (or as split). */
export const CHANCE_LEVEL = 0.001;

export type AgreementLevel = 'split' | 'none' | 'moderate' | 'strong' | 'very-strong';

export interface Agreement {
  /** r_wg of the scale score against random answering, 0 … 1. */
  index: number;
  level: AgreementLevel;
}

/** Cut-offs of the index, lowest first (LeBreton & Senter 2008). */
const LEVELS: readonly { above: number; level: AgreementLevel }[] = [
  { above: 0.9, level: 'very-strong' },
  { above: 0.7, level: 'strong' },
  { above: 0.5, level: 'moderate' },
];

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
  return { index, level: LEVELS.find((entry) => index > entry.above)?.level ?? 'none' };
}
