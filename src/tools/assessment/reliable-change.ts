/**
 * When a difference between two results is a change and not measurement error: the
 * reliable change index of Jacobson & Truax (1991). A score changes reliably when
 *
 *   |later − earlier| > 1.96 × √2 × SEM,   SEM = SD × √(1 − r)
 *
 * (SEM: standard error of measurement; √2 because both scores carry that error; 1.96: a
 * difference this large arises from error alone in fewer than 5 % of retakes).
 *
 * Where r and SD come from, per dimension (`changeRuleOf` says which, so the
 * verantwoording can print them):
 * - `reliability` and `sd` on the dimension in the content file, when they were measured
 *   (for instance with the group analysis, src/tools/group-analysis/);
 * - otherwise ASSUMED_RELIABILITY = 0.70, the usual minimum for a short scale used for
 *   reflection, and ASSUMED_SD_SHARE × (max − min), 0.7 on a 1–5 scale: the order of the
 *   spread of scale means of 4–6 Likert items between respondents. Both are untested
 *   assumptions, not conservative ones: no local data exist yet, and if the true r is
 *   lower than .70 the true threshold is higher than the one used (the verantwoording
 *   says so and prints the thresholds computed here).
 * With both assumptions on a 1–5 scale the threshold is 1.96 × √2 × 0.7 × √0.3 ≈ 1.06.
 *
 * Balance dimensions (second side mean minus first): each side is taken to have the given
 * r and SD and independent errors, so the balance's SEM is √2 × the side's SEM (≈ 0.54),
 * and its threshold ≈ 1.50 on a 1–5 scale with the assumptions (minimumChange 1.6).
 *
 * The threshold is never below `singleStepEffect` (what one answer moved by one step can do),
 * so a single changed answer never reads as a change, whatever r the content claims.
 *
 * Scores are compared as shown (score-display.ts: one decimal), so the rule is also stated
 * in shown units: `minimumChange`, the smallest shown difference above the threshold
 * (1.1 for 1.06). A screen that says "a change of 1,1 or more" is then exactly right.
 *
 * A team compared with itself (two sessions' medians): codes are anonymous, so the two
 * moments are treated as independent groups (members may differ between them). The
 * standard error of a median of n scores is taken as 1.2533 × SD / √n (the large-sample
 * value for normal scores), which includes measurement error because SD is the spread of
 * observed scores; the threshold is 1.96 × √(SE₁² + SE₂²). With the assumed SD and five
 * members each that is ≈ 1.09 on a 1–5 scale, with ten each ≈ 0.77.
 *
 * API:
 *   changeRuleOf(assessment, dimensionId) → ChangeRule (r, SD, their sources, SEM, threshold, minimumChange)
 *   changeBetween(earlier, later, rule)   → { change: 'higher' | 'lower' | 'about-the-same', difference, minimumChange }
 *   teamChangeRuleOf(rule, membersBefore, membersAfter) → ChangeRule for two medians
 *   teamChangeBetween(before, after, rule) → the same reading for { median, count } pairs
 *   singleStepEffect(assessment, dimensionId) → the floor described above
 */
import type { Assessment, Dimension, Item } from './model';
import { roundScore, SCORE_DECIMALS } from './score-display';

/** Two-sided 95 %: a change beyond this many standard errors is not measurement error. */
export const RELIABLE_CHANGE_Z = 1.96;
/** Reliability assumed for a dimension whose content gives none. */
export const ASSUMED_RELIABILITY = 0.7;
/** SD between people assumed for a dimension whose content gives none, as a share of the scale's span (0.7 on 1–5). */
export const ASSUMED_SD_SHARE = 0.175;
/** Standard error of a median relative to that of a mean, for normal scores (√(π/2)). */
const MEDIAN_EFFICIENCY = Math.sqrt(Math.PI / 2);
const STEP = 10 ** -SCORE_DECIMALS;
const EPSILON = 1e-9;

export interface ChangeRule {
  /** r used, and whether the content gave it or it is ASSUMED_RELIABILITY. */
  reliability: number;
  reliabilitySource: 'content' | 'assumed';
  /** SD used (of each side's mean for a balance), and its source. */
  sd: number;
  sdSource: 'content' | 'assumed';
  /** Standard error of measurement of the score; for a team rule the root mean square of the two medians' errors. Threshold = 1.96 × √2 × this (or the floor). */
  standardError: number;
  /** A difference must be larger than this to count (scale units, unrounded). */
  threshold: number;
  /** The smallest shown difference (one decimal) that counts: the rule in the units a reader sees. */
  minimumChange: number;
}

export type Change = 'higher' | 'lower' | 'about-the-same';

export interface ChangeReading {
  change: Change;
  /** Later minus earlier, as shown (one decimal). */
  difference: number;
  minimumChange: number;
}

/**
 * The most that moving ONE answer by ONE step can change a score of this set of items:
 * the item's weight over the smallest total weight of an answered set that contains it
 * (the item plus the `minAnswered − 1` lightest others). With equal weights and
 * minAnswered 3 that is 1/3.
 */
function setStepEffect(items: readonly Item[], minAnswered: number): number {
  let worst = 0;
  items.forEach((item, index) => {
    const others = items
      .filter((_, other) => other !== index)
      .map((other) => other.weight)
      .sort((a, b) => a - b)
      .slice(0, Math.max(0, Math.min(minAnswered, items.length) - 1));
    worst = Math.max(worst, item.weight / (item.weight + others.reduce((total, weight) => total + weight, 0)));
  });
  return worst;
}

function dimensionOf(assessment: Pick<Assessment, 'id' | 'dimensions'>, dimensionId: string): Dimension {
  const dimension = assessment.dimensions.find((candidate) => candidate.id === dimensionId);
  if (!dimension) throw new Error(`Unknown dimension "${dimensionId}" in assessment "${assessment.id}"`);
  return dimension;
}

/** Per dimension: the largest change one answer moved by one step can cause (see setStepEffect). */
export function singleStepEffect(assessment: Pick<Assessment, 'id' | 'dimensions' | 'items' | 'minAnswered'>, dimensionId: string): number {
  const dimension = dimensionOf(assessment, dimensionId);
  const items = assessment.items.filter((item) => item.dimension === dimensionId);
  if (dimension.kind === 'balance' && dimension.sides) {
    return Math.max(...dimension.sides.map((side) => setStepEffect(items.filter((item) => item.side === side.id), assessment.minAnswered)));
  }
  return setStepEffect(items, assessment.minAnswered);
}

/** The smallest multiple of 0.1 strictly above the threshold. */
function smallestShownAbove(threshold: number): number {
  return roundScore(Math.floor(threshold / STEP + EPSILON) * STEP + STEP);
}

/** The reliable-change rule of one dimension of one person's score. */
export function changeRuleOf(assessment: Pick<Assessment, 'id' | 'dimensions' | 'items' | 'minAnswered' | 'scale'>, dimensionId: string): ChangeRule {
  const dimension = dimensionOf(assessment, dimensionId);
  const points = (dimension.scale ?? assessment.scale).points;
  const span = points.at(-1)!.value - points[0]!.value;
  const reliability = dimension.reliability ?? ASSUMED_RELIABILITY;
  const sd = dimension.sd ?? ASSUMED_SD_SHARE * span;
  const sideError = sd * Math.sqrt(1 - reliability);
  const standardError = dimension.kind === 'balance' ? Math.SQRT2 * sideError : sideError;
  const threshold = Math.max(RELIABLE_CHANGE_Z * Math.SQRT2 * standardError, singleStepEffect(assessment, dimensionId));
  return {
    reliability,
    reliabilitySource: dimension.reliability === undefined ? 'assumed' : 'content',
    sd,
    sdSource: dimension.sd === undefined ? 'assumed' : 'content',
    standardError,
    threshold,
    minimumChange: smallestShownAbove(threshold),
  };
}

/** The rule of every dimension of an assessment, by id. */
export function changeRules(assessment: Pick<Assessment, 'id' | 'dimensions' | 'items' | 'minAnswered' | 'scale'>): Record<string, ChangeRule> {
  return Object.fromEntries(assessment.dimensions.map((dimension) => [dimension.id, changeRuleOf(assessment, dimension.id)]));
}

/** Reads a difference between two shown scores under a rule. */
export function changeBetween(earlier: number, later: number, rule: Pick<ChangeRule, 'minimumChange'>): ChangeReading {
  const difference = roundScore(roundScore(later) - roundScore(earlier));
  const change: Change = Math.abs(difference) < rule.minimumChange - EPSILON ? 'about-the-same' : difference > 0 ? 'higher' : 'lower';
  return { change, difference, minimumChange: rule.minimumChange };
}

/**
 * The rule for a team's median at two moments, from the person rule of the same dimension
 * and the number of members behind each median. For a balance the SD between people of the
 * difference of two sides is taken as √2 × the side's SD (sides uncorrelated).
 */
export function teamChangeRuleOf(rule: ChangeRule, membersBefore: number, membersAfter: number, balance = false): ChangeRule {
  if (membersBefore < 1 || membersAfter < 1) throw new Error('A team median needs at least one member at each moment');
  const between = balance ? Math.SQRT2 * rule.sd : rule.sd;
  const errorOf = (members: number) => (MEDIAN_EFFICIENCY * between) / Math.sqrt(members);
  const standardError = Math.hypot(errorOf(membersBefore), errorOf(membersAfter));
  const threshold = RELIABLE_CHANGE_Z * standardError;
  return { ...rule, standardError: standardError / Math.SQRT2, threshold, minimumChange: smallestShownAbove(threshold) };
}

/** A team's median at two moments, read under `teamChangeRuleOf`. */
export function teamChangeBetween(
  before: { median: number; count: number },
  after: { median: number; count: number },
  rule: ChangeRule,
  balance = false,
): ChangeReading {
  return changeBetween(before.median, after.median, teamChangeRuleOf(rule, before.count, after.count, balance));
}
