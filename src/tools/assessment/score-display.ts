/**
 * The one rounding rule for a score a reader sees. Every screen, code and package that
 * shows or compares a score goes through `shownScore`, so one result never reads "+0,3" in
 * one place and "0,2" in another.
 *
 * - One decimal, half away from zero (3.25 → 3.3, −0.25 → −0.3), never "−0".
 * - A balance dimension's shown score is the difference of its two sides' SHOWN means, not
 *   the rounded exact difference: a result code (result-code.ts) carries the side means in
 *   steps of (max − min) / 40, which on a 1–5 scale is exactly 0.1, so the balance read from
 *   a share link or a team code is the same number as on the result screen. (With exact
 *   sides 3.25 and 3.5 the rounded exact difference is 0.3, the code gives 3.3 and 3.5,
 *   0.2: this rule gives 0.2 everywhere.)
 * - Bands, the border note and change are judged on the shown score (scoring.ts `bandOf`,
 *   reliable-change.ts), so the words always agree with the number beside them.
 */

/** Decimals of a shown score. */
export const SCORE_DECIMALS = 1;
const FACTOR = 10 ** SCORE_DECIMALS;

/** Slack for products such as 0.35 × 10 = 3.4999…, which must round as the 0.35 a reader sees. */
const SLACK = 1e-9;

/** A score rounded to one decimal, half away from zero; −0 becomes 0. */
export function roundScore(value: number): number {
  const rounded = Math.floor(Math.abs(value) * FACTOR + 0.5 + SLACK) / FACTOR;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * The score as it is shown: rounded, or for a balance dimension (two side means given) the
 * difference of the rounded side means, second minus first.
 */
export function shownScore(score: number, sides?: readonly { score: number | null }[]): number {
  const first = sides?.[0]?.score;
  const second = sides?.[1]?.score;
  if (sides && sides.length === 2 && typeof first === 'number' && typeof second === 'number') return roundScore(roundScore(second) - roundScore(first));
  return roundScore(score);
}
