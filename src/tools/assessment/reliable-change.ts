/**
 * When a difference between two results is a change and not measurement error: the
 * reliable change index of Jacobson & Truax (1991). A score changes reliably when
 *
 *   |later − earlier| > 1.96 × √(SEM₁² + SEM₂²),   SEM = SD × √(1 − r)
 *
 * (SEM: standard error of measurement of each score; with the same SEM twice that is the
 * familiar 1.96 × √2 × SEM; 1.96: a difference this large arises from error alone in fewer
 * than 5 % of retakes, IF r and SD are right).
 *
 * r depends on how many items a score rests on. It is derived per score with the
 * Spearman–Brown formula from one mean inter-item correlation ρ:
 *
 *   r(k) = k ρ / (1 + (k − 1) ρ)
 *
 * - ρ is implied by `reliability` on the dimension when the content gives it (measured on
 *   all K items: ρ = r / (K − (K − 1) r));
 * - otherwise ASSUMED_INTER_ITEM_CORRELATION = 0.20: the conservative end of the .15–.50
 *   range Clark & Watson (1995) recommend for the mean inter-item correlation of a scale.
 *   It is NOT measured for these scans, and scales that mix behaviours (Positie: asserting,
 *   saying no, asking what the department wants) may well cohere less than a typical short
 *   scale; a low ρ errs towards calling a change too late rather than too soon. Group
 *   analyses that measure alpha replace it through `reliability` on the dimension.
 * k is the number of answered items of the score (of each side for a balance); the rule of
 * the assessment as printed takes all items answered. SD is `sd` on the dimension when
 * measured, otherwise ASSUMED_SD_SHARE × (max − min), 0.7 on a 1–5 scale: the order of the
 * spread of scale means of 4–6 Likert items between respondents (also an assumption).
 *
 * Worked example, 1–5 scale, assumed ρ and SD, every item answered twice:
 *   4 items: r = 0.8 / 1.6 = .5, SEM = 0.7 × √.5 ≈ 0.495, threshold ≈ 1.37 → shown 1.4
 *   3 items: r = 0.6 / 1.4 ≈ .429, SEM = 0.7 × √.571 ≈ 0.529, threshold ≈ 1.47 → shown 1.5
 *
 * Balance dimensions (second side mean minus first): the two sides' errors are taken as
 * independent, so a balance score's SEM is √(SEM_a² + SEM_b²) (4 + 4 items: 0.70, threshold
 * ≈ 1.94 → 2.0).
 *
 * The threshold is never below `singleStepEffect` (what one answer moved by one step can do),
 * so a single changed answer never reads as a change, whatever r the content claims.
 *
 * Scores are compared as shown (score-display.ts: one decimal), so the rule is also stated
 * in shown units: `minimumChange`, the smallest shown difference above the threshold. A
 * screen that says "a change of 1,2 or more" is then exactly right.
 *
 * A team compared with itself (two sessions' medians): codes are anonymous, so the two
 * moments are treated as independent groups (members may differ between them). The
 * standard error of a median of n scores is taken as 1.2533 × SD / √n (the large-sample
 * value for normal scores), which includes measurement error because SD is the spread of
 * observed scores; the threshold is 1.96 × √(SE₁² + SE₂²). With the assumed SD and five
 * members each that is ≈ 1.09 on a 1–5 scale, with ten each ≈ 0.77.
 *
 * API:
 *   changeRuleOf(assessment, dimensionId, answered?) → ChangeRule (ρ, r, SD, sources, SEM, threshold, minimumChange)
 *   changeRules(assessment, earlierAnswers?, laterAnswers?) → the rule of every dimension, for those answers
 *   changeBetween(earlier, later, rule)   → { change: 'higher' | 'lower' | 'about-the-same', difference, minimumChange }
 *   teamChangeRuleOf(rule, membersBefore, membersAfter) → ChangeRule for two medians
 *   teamChangeBetween(before, after, rule) → the same reading for { median, count } pairs
 *   medianStandardError(sd, members) → the standard error of one team median
 *   singleStepEffect(assessment, dimensionId) → the floor described above
 */
import type { Answers, Assessment, Dimension, Item } from './model';
import { roundScore, SCORE_DECIMALS } from './score-display';

/** Two-sided 95 %: a change beyond this many standard errors is not measurement error. */
export const RELIABLE_CHANGE_Z = 1.96;
/** Mean inter-item correlation assumed for a dimension whose content gives no reliability (see the header). */
export const ASSUMED_INTER_ITEM_CORRELATION = 0.2;
/** SD between people assumed for a dimension whose content gives none, as a share of the scale's span (0.7 on 1–5). */
export const ASSUMED_SD_SHARE = 0.175;
/** Standard error of a median relative to that of a mean, for normal scores (√(π/2)). */
const MEDIAN_EFFICIENCY = Math.sqrt(Math.PI / 2);
const STEP = 10 ** -SCORE_DECIMALS;
const EPSILON = 1e-9;

export interface ChangeRule {
  /** ρ used, and whether the content's reliability implied it or it is ASSUMED_INTER_ITEM_CORRELATION. */
  interItemCorrelation: number;
  /** Items behind the least reliable score compared (of one side for a balance). */
  items: number;
  /** r of that score: Spearman–Brown from ρ and `items`. */
  reliability: number;
  reliabilitySource: 'content' | 'assumed';
  /** SD used (of each side's mean for a balance), and its source. */
  sd: number;
  sdSource: 'content' | 'assumed';
  /** Standard error of measurement: the root mean square of the two scores' SEMs (the SEM itself when both rest on as many items); for a team rule that of the two medians' errors. Threshold = 1.96 × √2 × this (or the floor). */
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

/** Spearman–Brown: the reliability of a mean of k items with mean inter-item correlation ρ. */
export function spearmanBrown(interItemCorrelation: number, items: number): number {
  return (items * interItemCorrelation) / (1 + (items - 1) * interItemCorrelation);
}

/** The mean inter-item correlation a reliability r of k items implies (Spearman–Brown solved for ρ). */
export function impliedInterItemCorrelation(reliability: number, items: number): number {
  return reliability / (items - (items - 1) * reliability);
}

/** Items of each set a dimension's score is a mean of: one set, or the two sides of a balance. */
function itemSets(assessment: Pick<Assessment, 'items'>, dimension: Dimension): Item[][] {
  const items = assessment.items.filter((item) => item.dimension === dimension.id);
  return dimension.kind === 'balance' && dimension.sides ? dimension.sides.map((side) => items.filter((item) => item.side === side.id)) : [items];
}

/** How many items of each set are answered on the scale ("weet ik niet" and skipped do not count); at least 1. */
function answeredCounts(sets: readonly Item[][], answers: Answers | undefined): number[] {
  return sets.map((set) => Math.max(1, answers ? set.filter((item) => typeof answers[item.id] === 'number').length : set.length));
}

/**
 * The reliable-change rule of one dimension of one person's score. `answered` gives, per
 * moment, the number of answered items of each set (one number, or one per side of a
 * balance); without it every item counts as answered at both moments.
 */
export function changeRuleOf(
  assessment: Pick<Assessment, 'id' | 'dimensions' | 'items' | 'minAnswered' | 'scale'>,
  dimensionId: string,
  answered?: { earlier: readonly number[]; later: readonly number[] },
): ChangeRule {
  const dimension = dimensionOf(assessment, dimensionId);
  const points = (dimension.scale ?? assessment.scale).points;
  const span = points.at(-1)!.value - points[0]!.value;
  const sets = itemSets(assessment, dimension);
  const fullCounts = sets.map((set) => Math.max(1, set.length));
  const interItemCorrelation =
    dimension.reliability === undefined ? ASSUMED_INTER_ITEM_CORRELATION : impliedInterItemCorrelation(dimension.reliability, Math.min(...fullCounts));
  const sd = dimension.sd ?? ASSUMED_SD_SHARE * span;
  const semOf = (counts: readonly number[]) => Math.sqrt(counts.reduce((sum, k) => sum + sd ** 2 * (1 - spearmanBrown(interItemCorrelation, k)), 0));
  const earlier = answered?.earlier ?? fullCounts;
  const later = answered?.later ?? fullCounts;
  const standardError = Math.sqrt((semOf(earlier) ** 2 + semOf(later) ** 2) / 2);
  const threshold = Math.max(RELIABLE_CHANGE_Z * Math.SQRT2 * standardError, singleStepEffect(assessment, dimensionId));
  const items = Math.min(...earlier, ...later);
  return {
    interItemCorrelation,
    items,
    reliability: spearmanBrown(interItemCorrelation, items),
    reliabilitySource: dimension.reliability === undefined ? 'assumed' : 'content',
    sd,
    sdSource: dimension.sd === undefined ? 'assumed' : 'content',
    standardError,
    threshold,
    minimumChange: smallestShownAbove(threshold),
  };
}

/**
 * The measurement error of a score with every item answered, for the note that an outcome is
 * uncertain near a cut-off: the largest SEM among the ordinary (mean) dimensions, or
 * undefined when there are none.
 */
export function outcomeStandardError(assessment: Pick<Assessment, 'id' | 'dimensions' | 'items' | 'minAnswered' | 'scale'>): number | undefined {
  const errors = assessment.dimensions.filter((dimension) => dimension.kind === 'mean').map((dimension) => changeRuleOf(assessment, dimension.id).standardError);
  return errors.length ? Math.max(...errors) : undefined;
}

/**
 * The rule of every dimension of an assessment, by id: for two sets of answers (each
 * score's own number of answered items), or with every item answered.
 */
export function changeRules(
  assessment: Pick<Assessment, 'id' | 'dimensions' | 'items' | 'minAnswered' | 'scale'>,
  earlierAnswers?: Answers,
  laterAnswers?: Answers,
): Record<string, ChangeRule> {
  return Object.fromEntries(
    assessment.dimensions.map((dimension) => {
      const sets = itemSets(assessment, dimension);
      const answered = earlierAnswers && laterAnswers ? { earlier: answeredCounts(sets, earlierAnswers), later: answeredCounts(sets, laterAnswers) } : undefined;
      return [dimension.id, changeRuleOf(assessment, dimension.id, answered)];
    }),
  );
}

/** Reads a difference between two shown scores under a rule. */
export function changeBetween(earlier: number, later: number, rule: Pick<ChangeRule, 'minimumChange'>): ChangeReading {
  const difference = roundScore(roundScore(later) - roundScore(earlier));
  const change: Change = Math.abs(difference) < rule.minimumChange - EPSILON ? 'about-the-same' : difference > 0 ? 'higher' : 'lower';
  return { change, difference, minimumChange: rule.minimumChange };
}

/** The standard error of a median of `members` scores with spread `sd` between people (normal scores, large-sample value). */
export function medianStandardError(sd: number, members: number): number {
  return (MEDIAN_EFFICIENCY * sd) / Math.sqrt(members);
}

/**
 * The standard error of a team's median of one dimension under a person rule. For a balance
 * the SD between people of the difference of two sides is taken as √2 × the side's SD
 * (sides uncorrelated).
 */
export function teamMedianError(rule: Pick<ChangeRule, 'sd'>, members: number, balance = false): number {
  return medianStandardError(balance ? Math.SQRT2 * rule.sd : rule.sd, members);
}

/**
 * The rule for a team's median at two moments, from the person rule of the same dimension
 * and the number of members behind each median (`teamMedianError`).
 */
export function teamChangeRuleOf(rule: ChangeRule, membersBefore: number, membersAfter: number, balance = false): ChangeRule {
  if (membersBefore < 1 || membersAfter < 1) throw new Error('A team median needs at least one member at each moment');
  const errorOf = (members: number) => teamMedianError(rule, members, balance);
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
