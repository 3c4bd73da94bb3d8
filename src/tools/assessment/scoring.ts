/**
 * Scoring of a self-assessment: per dimension the weighted mean of the answers, with
 * reverse-keyed items mirrored first. Skipped and "weet ik niet" answers do not count;
 * a dimension with fewer than `minAnswered` answers gets no score rather than a misleading
 * one. A balance dimension has two item sets (sides); each needs `minAnswered` answers,
 * and its score is the second side's mean minus the first's.
 *
 * Two rules keep the precision honest (the verantwoording pages explain them):
 * - The border: a score is "on the border" of two bands when ONE answer ONE scale step
 *   different could put it in the other band (`borderOf`). With step = `answerStep` (1/n for
 *   a mean of n answered items, the larger of the two sides' steps for a balance) and the
 *   exact score s in a band from c to c': on the border with the band below when s − step < c,
 *   with the band above when s + step ≥ c' (a cut-off belongs to the band that includes it,
 *   `boundsOf`). Judged on the exact mean, not the rounded shown score, with a tiny epsilon
 *   for floating point: with three answers a mid-band 3,3 between cut-offs 2,5 and 3,75 is
 *   not on the border (3⅓ − ⅓ = 3 and 3⅓ + ⅓ = 3⅔ stay in the band).
 * - Change between attempts: reliable-change.ts (Jacobson & Truax), never below what one
 *   answer moved by one step could cause.
 *
 * `bandOf` is the one way from a score to what a reader sees: the shown value (one decimal,
 * score-display.ts), its band and, near a cut-off, the two bands it lies between. Result,
 * history, comparison, share link, paper key, team profile and SCORM all use it, so one
 * result has one wording everywhere.
 */
import type { Answers, Assessment, Band, Dimension, Item, Scale } from './model';
import { changeRuleOf } from './reliable-change';
import { shownScore } from './score-display';

export { singleStepEffect } from './reliable-change';

export interface ScaleRange {
  min: number;
  max: number;
}

/**
 * How far one answer moved one step up or down can move a score: per item set (a
 * dimension, or each side of a balance) the weights of the answered items, and the step of a
 * set is its largest weight over the sum of its weights (1/n for n equally weighted answers).
 * A balance is a difference of its sides, so its step is the larger of the two. Sets without
 * answers have no score and are left out; with none at all the step is 0 (no border).
 */
export function answerStep(sets: readonly (readonly number[])[]): number {
  const steps = sets.filter((weights) => weights.length > 0).map((weights) => Math.max(...weights) / weights.reduce((total, weight) => total + weight, 0));
  return steps.length === 0 ? 0 : Math.max(...steps);
}

/**
 * The weights of a dimension's answered items, per set (one set, or a balance's two sides in
 * their order): with `answers`, the items answered on the scale ("weet ik niet" and skipped do
 * not count); without (a result code, a team median: the code does not carry how many items
 * were answered), every item of the dimension.
 */
export function answeredWeights(assessment: Pick<Assessment, 'items' | 'dimensions' | 'scale'>, dimensionId: string, answers?: Answers): number[][] {
  const dimension = assessment.dimensions.find((candidate) => candidate.id === dimensionId);
  const items = assessment.items.filter((item) => item.dimension === dimensionId);
  const range = scaleRange(scaleOf(assessment, dimension));
  const counted = answers ? items.filter((item) => isScaleValue(answers[item.id], range)) : items;
  const sets = dimension?.kind === 'balance' && dimension.sides?.length === 2 ? dimension.sides.map((side) => counted.filter((item) => item.side === side.id)) : [counted];
  return sets.map((set) => set.map((item) => item.weight));
}

/** The step of a dimension answered with every item (a result code's and a team median's step). */
export function fullAnswerStep(assessment: Pick<Assessment, 'items' | 'dimensions' | 'scale'>, dimensionId: string): number {
  return answerStep(answeredWeights(assessment, dimensionId));
}

/**
 * The border rule in numbers for the paper key and the verantwoording, on the assessment's
 * first ordinary (mean) dimension with equally weighted items: its item count and one answer
 * step (1/n) with all of them answered, and with only `minAnswered` answered.
 */
export function borderExamples(assessment: Pick<Assessment, 'items' | 'dimensions' | 'scale' | 'minAnswered'>): { items: number; full: number; minAnswered: number; atMinimum: number } | undefined {
  const dimension = assessment.dimensions.find((candidate) => candidate.kind === 'mean');
  if (!dimension) return undefined;
  const weights = answeredWeights(assessment, dimension.id)[0] ?? [];
  if (weights.length === 0 || weights.some((weight) => weight !== weights[0])) return undefined;
  const minAnswered = Math.min(assessment.minAnswered, weights.length);
  return {
    items: weights.length,
    full: 1 / weights.length,
    minAnswered,
    atMinimum: 1 / minAnswered,
  };
}

/** Floating-point slack for comparisons of scores built from fractions. */
const EPSILON = 1e-9;

export function scaleRange(scale: Pick<Scale, 'points'>): ScaleRange {
  return { min: scale.points[0]!.value, max: scale.points.at(-1)!.value };
}

/** The range of a dimension's score: the scale, or for a balance dimension −(max−min) … +(max−min). */
export function dimensionRange(dimension: Pick<Dimension, 'kind'>, scale: Pick<Scale, 'points'>): ScaleRange {
  const { min, max } = scaleRange(scale);
  return dimension.kind === 'balance' ? { min: min - max, max: max - min } : { min, max };
}

/** The scale a dimension's items are answered on. */
export function scaleOf(assessment: Pick<Assessment, 'scale'>, dimension: Pick<Dimension, 'scale'> | undefined): Scale {
  return dimension?.scale ?? assessment.scale;
}

/** An answer as it counts for the dimension: reverse-keyed items as (min + max − answer). */
export function keyedValue(item: Pick<Item, 'reverse'>, answer: number, range: ScaleRange): number {
  return item.reverse ? range.min + range.max - answer : answer;
}

/** Whether a stored answer is a usable value on this scale (guards against tampered data). */
function isScaleValue(value: unknown, range: ScaleRange): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
}

/**
 * Which side of a cut-off a score ON it belongs to. On an ordinary scale a band includes its
 * lower bound (its words hold there: 4 is "vaak"). A balance runs through zero
 * (−(max−min) … +(max−min)) and is read symmetrically: a score on a cut-off belongs to the
 * band nearer zero, so −1 and +1 both read "in balans" (a difference of at most one step)
 * and the outer bands start beyond one step on either side.
 */
export interface BandBounds {
  /** The score equal to `from` belongs to this band. */
  fromIncluded: boolean;
  /** The score equal to `to` belongs to this band. */
  toIncluded: boolean;
}

/** Whether bands run through zero, as a balance dimension's do. */
function isBalance(bands: readonly Pick<Band, 'from' | 'to'>[]): boolean {
  return bands[0]!.from < 0 && bands.at(-1)!.to > 0;
}

/** The bounds a band includes (see `BandBounds`); the outermost bands include the ends of the range. */
export function boundsOf(bands: readonly Pick<Band, 'from' | 'to'>[], index: number): BandBounds {
  const band = bands[index]!;
  const first = index === 0;
  const last = index === bands.length - 1;
  if (!isBalance(bands)) return { fromIncluded: true, toIncluded: last };
  return { fromIncluded: first || band.from <= 0, toIncluded: last || band.to >= 0 };
}

/**
 * The band a score falls in, by `boundsOf`: on an ordinary scale from `from` (inclusive) to
 * `to` (exclusive), the top band including the maximum; on a balance a cut-off belongs to the
 * band nearer zero. A score outside the bands is clamped onto them.
 */
export function bandFor<B extends Pick<Band, 'from' | 'to'>>(bands: readonly B[], score: number): B {
  const last = bands.at(-1)!;
  const clamped = Math.min(Math.max(score, bands[0]!.from), last.to);
  return (
    bands.find((band, index) => {
      const { fromIncluded, toIncluded } = boundsOf(bands, index);
      return (fromIncluded ? clamped >= band.from : clamped > band.from) && (toIncluded ? clamped <= band.to : clamped < band.to);
    }) ?? last
  );
}

/** The shades of the band scale (tokens.css --playbook-color-band-0 … 2): one hue, light to darker, never good or bad. */
export type BandShade = 'band-0' | 'band-1' | 'band-2';

/** A band's shade: its position among `bandCount` bands spread over the three shades (lowest the lightest). */
export function bandShade(bandIndex: number, bandCount: number): BandShade {
  return `band-${Math.round((bandIndex / Math.max(bandCount - 1, 1)) * 2)}` as BandShade;
}

/**
 * How precisely a score is known, for the border rule: `step`, how far one answer one scale
 * step different can move it (`answerStep`), and per item set (a dimension, or a balance's
 * sides in order) `grids`, the spacing of the means its answers can give (1/Σ weights for
 * whole-number weights, 0 when unknown). A result code carries a score to one decimal; with a
 * grid wider than that (fewer than ten equally weighted items) the exact mean is the grid
 * point nearest the code's value, so a share link finds the same border as the result
 * screen. Without grids (a team median) the score is taken as it is.
 */
export interface AnswerPrecision {
  step: number;
  grids?: readonly number[];
}

/** The precision of scores built from these answered weights per set (`answeredWeights`). */
export function answerPrecision(sets: readonly (readonly number[])[]): AnswerPrecision {
  return {
    step: answerStep(sets),
    grids: sets.map((weights) => (weights.length > 0 && weights.every((weight) => Number.isInteger(weight)) ? 1 / weights.reduce((total, weight) => total + weight, 0) : 0)),
  };
}

/** What a result code's score may differ from the exact mean by rounding: one shown decimal (a 1–5 scale in 40 steps). */
const CODE_RESOLUTION = 0.1;

/** A mean put back on its grid (see `AnswerPrecision`); unchanged when the grid is finer than a code can tell apart. */
function onGrid(value: number, grid: number | undefined): number {
  return grid !== undefined && grid >= CODE_RESOLUTION - EPSILON ? Math.round(value / grid) * grid : value;
}

/** The exact score behind a placement: a mean, or for a balance the second side's mean minus the first's. */
function exactScore(score: number, sides: readonly { score: number | null }[] | undefined, grids: readonly number[] | undefined): number {
  const first = sides?.[0]?.score;
  const second = sides?.[1]?.score;
  if (sides && sides.length === 2 && typeof first === 'number' && typeof second === 'number') return onGrid(second, grids?.[1]) - onGrid(first, grids?.[0]);
  return onGrid(score, grids?.[0]);
}

/** The band of a score, a score within floating-point slack of a cut-off counted as on it. */
function bandAt<B extends Pick<Band, 'from' | 'to'>>(bands: readonly B[], score: number): number {
  const cut = bands.map((band) => band.to).find((to) => Math.abs(to - score) < EPSILON);
  return bands.indexOf(bandFor(bands, cut ?? score));
}

/**
 * The border rule (see the module comment): for the exact score `exact` placed in band
 * `bandIndex` (the band of its shown value), the two bands it lies between when one answer
 * one step different (`step`) could put it in the band below or above; otherwise undefined.
 * An exact score on the other side of a cut-off than its shown value is on that border too.
 * When both neighbours are in reach, the nearer cut-off wins.
 */
export function borderOf<B extends Pick<Band, 'from' | 'to'>>(bands: readonly B[], bandIndex: number, exact: number, step: number): { lower: B; upper: B } | undefined {
  const band = bands[bandIndex]!;
  const here = bandAt(bands, exact);
  const below = bandIndex > 0 && (bandAt(bands, exact - step) < bandIndex || here < bandIndex);
  const above = bandIndex < bands.length - 1 && (bandAt(bands, exact + step) > bandIndex || here > bandIndex);
  if (below && (!above || exact - band.from <= band.to - exact)) return { lower: bands[bandIndex - 1]!, upper: band };
  if (above) return { lower: band, upper: bands[bandIndex + 1]! };
  return undefined;
}

export interface BandPlacement<B> {
  /** The score as shown: one decimal; a balance from its shown side means (score-display.ts). */
  shown: number;
  band: B;
  /** Position of the band, 0 = lowest. */
  bandIndex: number;
  /** Set when one answer one step different could put the score in a neighbouring band (`borderOf`): the two bands. */
  border?: { lower: B; upper: B };
}

/**
 * A score placed on a dimension's bands: the band of the shown value, so the band and the
 * number beside it always agree, and the border of the exact score (`borderOf`). For a
 * balance dimension pass the two side means as `sides` (as scoring, attempts and codes carry
 * them); `score` is then only used when a side is missing. `precision` is the answers'
 * `answerPrecision`, or just the step when the score is to be taken as it is (a team median).
 */
export function bandOf<B extends Pick<Band, 'from' | 'to'>>(
  score: number,
  dimension: { bands: readonly B[] },
  sides: readonly { score: number | null }[] | undefined,
  precision: AnswerPrecision | number,
): BandPlacement<B> {
  const { step, grids } = typeof precision === 'number' ? { step: precision, grids: undefined } : precision;
  const shown = shownScore(score, sides);
  const band = bandFor(dimension.bands, shown);
  const bandIndex = dimension.bands.indexOf(band);
  const border = borderOf(dimension.bands, bandIndex, exactScore(score, sides, grids), step);
  return { shown, band, bandIndex, ...(border ? { border } : {}) };
}

export type SetScore = { status: 'scored'; score: number; answered: number; total: number } | { status: 'insufficient'; answered: number; needed: number; total: number };

function scoreSet(items: readonly Item[], answers: Answers, range: ScaleRange, minAnswered: number): SetScore {
  let weighted = 0;
  let weights = 0;
  let answered = 0;
  for (const item of items) {
    const answer = answers[item.id];
    if (!isScaleValue(answer, range)) continue;
    answered++;
    weighted += item.weight * keyedValue(item, answer, range);
    weights += item.weight;
  }
  const needed = Math.min(minAnswered, items.length);
  if (answered < needed || weights === 0) return { status: 'insufficient', answered, needed, total: items.length };
  return { status: 'scored', score: weighted / weights, answered, total: items.length };
}

export interface SideScore {
  id: string;
  name: string;
  result: SetScore;
}

export type DimensionScore =
  | { dimensionId: string; status: 'scored'; score: number; band: Band; answered: number; total: number; sides?: SideScore[] }
  | { dimensionId: string; status: 'insufficient'; answered: number; needed: number; total: number; sides?: SideScore[] };

export function scoreDimension(assessment: Assessment, dimensionId: string, answers: Answers): DimensionScore {
  const dimension = assessment.dimensions.find((candidate) => candidate.id === dimensionId);
  if (!dimension) throw new Error(`Unknown dimension "${dimensionId}" in assessment "${assessment.id}"`);
  const range = scaleRange(scaleOf(assessment, dimension));
  const items = assessment.items.filter((item) => item.dimension === dimensionId);

  if (dimension.kind === 'balance' && dimension.sides?.length === 2) {
    const sides = dimension.sides.map((side) => ({
      id: side.id,
      name: side.name,
      result: scoreSet(
        items.filter((item) => item.side === side.id),
        answers,
        range,
        assessment.minAnswered,
      ),
    }));
    const answered = sides.reduce((total, side) => total + side.result.answered, 0);
    const [first, second] = sides as [SideScore, SideScore];
    if (first.result.status !== 'scored' || second.result.status !== 'scored') {
      const needed = sides.reduce((total, side) => total + (side.result.status === 'insufficient' ? side.result.needed : side.result.answered), 0);
      return { dimensionId, status: 'insufficient', answered, needed, total: items.length, sides };
    }
    const score = second.result.score - first.result.score;
    const band = bandOf(score, dimension, [{ score: first.result.score }, { score: second.result.score }], answerStep(answeredWeights(assessment, dimensionId, answers))).band;
    return { dimensionId, status: 'scored', score, band, answered, total: items.length, sides };
  }

  const result = scoreSet(items, answers, range, assessment.minAnswered);
  if (result.status === 'insufficient') return { dimensionId, ...result };
  return { dimensionId, ...result, band: bandOf(result.score, dimension, undefined, answerStep(answeredWeights(assessment, dimensionId, answers))).band };
}

export function scoreAssessment(assessment: Assessment, answers: Answers): DimensionScore[] {
  return assessment.dimensions.map((dimension) => scoreDimension(assessment, dimension.id, answers));
}

/** How many items have an answer, "weet ik niet" included. */
export function answeredCount(assessment: Assessment, answers: Answers): number {
  return assessment.items.filter((item) => item.id in answers).length;
}

/**
 * The reliable-change threshold of every dimension, by id (reliable-change.ts: Jacobson &
 * Truax, with the r and SD the content gives or the documented assumptions). Compare shown
 * scores with `changeBetween` and `changeRuleOf(...).minimumChange`; this map serves callers
 * that compare unrounded scores with `isRealChange`.
 */
export function changeThresholds(assessment: Assessment): Record<string, number> {
  return Object.fromEntries(assessment.dimensions.map((dimension) => [dimension.id, changeRuleOf(assessment, dimension.id).threshold]));
}

/** Whether a difference between two scores is a change worth reporting under `threshold`. */
export function isRealChange(delta: number, threshold: number): boolean {
  return Math.abs(delta) > threshold + EPSILON;
}

/** One slot of a result code: a dimension, or one side of a balance dimension. */
export interface Slot {
  dimensionId: string;
  side?: string;
}

export function slotsOf(dimensions: readonly Pick<Dimension, 'id' | 'kind' | 'sides'>[]): Slot[] {
  return dimensions.flatMap((dimension) =>
    dimension.kind === 'balance' && dimension.sides ? dimension.sides.map((side) => ({ dimensionId: dimension.id, side: side.id })) : [{ dimensionId: dimension.id }],
  );
}

export interface SlotDimension {
  id: string;
  score: number | null;
  sides?: { id: string; score: number | null }[];
}

/**
 * The values a result code carries, in slot order: a dimension's score, or a balance
 * dimension's two side means. The inverse of dimensionsFromSlots; takes an attempt's
 * dimensions as well.
 */
export function slotValues(dimensions: readonly { score: number | null; sides?: readonly { score: number | null }[] | undefined }[]): (number | null)[] {
  return dimensions.flatMap((dimension) => (dimension.sides ? dimension.sides.map((side) => side.score) : [dimension.score]));
}

/** Back from slots to one score per dimension (a balance: second side minus first). */
export function dimensionsFromSlots(dimensions: readonly Pick<Dimension, 'id' | 'kind' | 'sides'>[], values: readonly (number | null)[]): SlotDimension[] {
  let index = 0;
  return dimensions.map((dimension) => {
    if (dimension.kind === 'balance' && dimension.sides) {
      const sides = dimension.sides.map((side) => ({ id: side.id, score: values[index++] ?? null }));
      const [first, second] = sides;
      const score = first?.score != null && second?.score != null ? second.score - first.score : null;
      return { id: dimension.id, score, sides };
    }
    return { id: dimension.id, score: values[index++] ?? null };
  });
}
