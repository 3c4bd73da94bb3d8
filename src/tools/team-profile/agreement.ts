/**
 * How much a team agrees on one dimension about the team: r_wg(J), the multi-item index of
 * James, Demaree & Wolf (1984, eq. 6), from the members' answers to the dimension's J items
 * (a teamscan's result code carries them: src/tools/assessment/result-code.ts, format 3).
 *
 *   r_wg(J) = J(1 − s̄²/σ²_E) / (J(1 − s̄²/σ²_E) + s̄²/σ²_E)
 *
 * - s̄² is the mean of the J items' observed variances across members, each with the n − 1
 *   denominator. Reverse-keyed items are mirrored first (min + max − answer); that changes an
 *   item's mean, not its variance.
 * - A member without an answer to an item (skipped, or "weet ik niet") is left out of THAT
 *   item's variance only; the other items keep the member's answers. An item answered by
 *   fewer than two members has no variance and is left out of J.
 * - When s̄² ≥ σ²_E the index is 0: the formula runs outside 0 … 1 there, and truncating it
 *   is the usual practice (LeBreton & Senter 2008).
 *
 * Two null distributions σ²_E (LeBreton & Senter 2008 list the usual ones):
 * - uniform random answering on A points: σ²_EU = (A² − 1)/12, 2.0 on five points;
 * - SLIGHTLY SKEWED answering, for the leniency most people show on favourable statements
 *   about their own team: on five points the shares .05, .15, .20, .35, .25 for 1 … 5 (their
 *   "slight skew"), variance 1.34. A team leaning a little positive without agreeing has a
 *   smaller item variance than uniform answering gives; against the uniform null alone it
 *   would read as agreeing too easily.
 * Agreement ('agreement') is said only when r_wg(J) against the slightly skewed null is at
 * least AGREEMENT_CUTOFF (.70), the conventional cut-off for r_wg and r_wg(J) (LeBreton &
 * Senter 2008); otherwise 'none' ("geen duidelijke overeenstemming"). Both indices are shown
 * as numbers. For a scale of other than five points no skewed null is documented here: only
 * the uniform index is computed and agreement is never said.
 *
 * No "split" reading: a variance above a null says members disagree more than random
 * answering, but r_wg(J) is truncated there and its literature gives no test for camps. The
 * profile's distribution over the bands shows camps directly.
 *
 * API:
 *   uniformItemVariance(points)         → σ²_EU
 *   slightSkewItemVariance(points)      → 1.34 on five points, else undefined
 *   meanItemVariance(answers, reversed) → { variance: s̄², items: J }, or undefined without any item variance
 *   rwgJ(meanVariance, items, nullVariance) → r_wg(J), 0 … 1
 *   agreementOf(answers, reversed, scale) → { index, skewIndex?, items, level }
 */

/** r_wg(J) against the slightly skewed null from which agreement is said (LeBreton & Senter 2008). */
export const AGREEMENT_CUTOFF = 0.7;

/** 'agreement': r_wg(J) against the slightly skewed null ≥ AGREEMENT_CUTOFF; 'none' otherwise. */
export type AgreementLevel = 'agreement' | 'none';

export interface Agreement {
  /** r_wg(J) against uniform random answering, 0 … 1. */
  index: number;
  /** r_wg(J) against slightly skewed answering, 0 … 1; absent where no skewed null is documented. */
  skewIndex?: number;
  /** J: the items with a variance (answered by two or more members). */
  items: number;
  level: AgreementLevel;
}

/** LeBreton & Senter's (2008) slight skew on a 5-point scale: the share of answers 1 … 5. */
export const SLIGHT_SKEW_5 = [0.05, 0.15, 0.2, 0.35, 0.25] as const;

/** The variance of one answer drawn with these shares on the points 1 … A. */
export function itemVariance(shares: readonly number[]): number {
  const mean = shares.reduce((total, share, index) => total + share * (index + 1), 0);
  return shares.reduce((total, share, index) => total + share * (index + 1 - mean) ** 2, 0);
}

/** σ²_EU = (A² − 1)/12: the variance of one item answered uniformly at random on A points. */
export function uniformItemVariance(points: number): number {
  if (!(points >= 2)) throw new Error('uniformItemVariance needs 2+ points');
  return (points ** 2 - 1) / 12;
}

/** The variance of one item answered with the slight skew (1.34); undefined for other than five points. */
export function slightSkewItemVariance(points: number): number | undefined {
  return points === SLIGHT_SKEW_5.length ? itemVariance(SLIGHT_SKEW_5) : undefined;
}

/**
 * s̄², the mean of the items' variances (n − 1), with J, the items that have one. `answers`:
 * per member, per item the answer (null: none); `reversed`: per item whether it is
 * reverse-keyed; `scale`: its lowest and highest value, for mirroring.
 */
export function meanItemVariance(
  answers: readonly (readonly (number | null)[])[],
  reversed: readonly boolean[],
  scale: { min: number; max: number },
): { variance: number; items: number } | undefined {
  const variances: number[] = [];
  reversed.forEach((reverse, item) => {
    const values = answers.map((member) => member[item]).filter((answer): answer is number => typeof answer === 'number').map((answer) => (reverse ? scale.min + scale.max - answer : answer));
    if (values.length < 2) return;
    const mean = values.reduce((total, value) => total + value, 0) / values.length;
    variances.push(values.reduce((total, value) => total + (value - mean) ** 2, 0) / (values.length - 1));
  });
  if (variances.length === 0) return undefined;
  return { variance: variances.reduce((total, variance) => total + variance, 0) / variances.length, items: variances.length };
}

/** r_wg(J) for a mean item variance over J items against one null, truncated to 0 … 1. */
export function rwgJ(meanVariance: number, items: number, nullVariance: number): number {
  const ratio = meanVariance / nullVariance;
  if (ratio >= 1) return 0;
  return (items * (1 - ratio)) / (items * (1 - ratio) + ratio);
}

/**
 * The agreement of a group on one dimension (see the module comment), or undefined when no
 * item has answers from two members.
 */
export function agreementOf(answers: readonly (readonly (number | null)[])[], reversed: readonly boolean[], scale: { min: number; max: number }): Agreement | undefined {
  const observed = meanItemVariance(answers, reversed, scale);
  if (!observed) return undefined;
  const points = scale.max - scale.min + 1;
  const index = rwgJ(observed.variance, observed.items, uniformItemVariance(points));
  const skewVariance = slightSkewItemVariance(points);
  if (skewVariance === undefined) return { index, items: observed.items, level: 'none' };
  const skewIndex = rwgJ(observed.variance, observed.items, skewVariance);
  return { index, skewIndex, items: observed.items, level: skewIndex >= AGREEMENT_CUTOFF ? 'agreement' : 'none' };
}
