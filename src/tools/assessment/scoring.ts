/**
 * Scoring of a self-assessment: per dimension the weighted mean of the answers, with
 * reverse-keyed items mirrored first. Skipped and "weet ik niet" answers do not count;
 * a dimension with too few answers gets no score rather than a misleading one.
 */
import type { Answers, Assessment, Band, Item, Scale } from './model';

export interface ScaleRange {
  min: number;
  max: number;
}

export function scaleRange(scale: Scale): ScaleRange {
  return { min: scale.points[0]!.value, max: scale.points.at(-1)!.value };
}

/** An answer as it counts for the dimension: reverse-keyed items as (min + max − answer). */
export function keyedValue(item: Pick<Item, 'reverse'>, answer: number, range: ScaleRange): number {
  return item.reverse ? range.min + range.max - answer : answer;
}

/** Whether a stored answer is a usable value on this scale (guards against tampered data). */
export function isScaleValue(value: unknown, range: ScaleRange): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
}

/** How many of a dimension's items must be answered for it to be scored. */
export function neededAnswers(itemCount: number, minAnsweredShare: number): number {
  return Math.max(1, Math.ceil(itemCount * minAnsweredShare - 1e-9));
}

/**
 * The band a score falls in. Bands run from `from` (inclusive) to `to` (exclusive); the
 * top band includes the scale maximum. A score outside the scale is clamped onto it.
 */
export function bandFor(bands: readonly Band[], score: number): Band {
  const last = bands.at(-1)!;
  const clamped = Math.min(Math.max(score, bands[0]!.from), last.to);
  return bands.find((band) => clamped >= band.from && clamped < band.to) ?? last;
}

export type DimensionScore =
  | { dimensionId: string; status: 'scored'; score: number; band: Band; answered: number; total: number }
  | { dimensionId: string; status: 'insufficient'; answered: number; needed: number; total: number };

export function scoreDimension(assessment: Assessment, dimensionId: string, answers: Answers): DimensionScore {
  const range = scaleRange(assessment.scale);
  const items = assessment.items.filter((item) => item.dimension === dimensionId);
  const dimension = assessment.dimensions.find((candidate) => candidate.id === dimensionId);
  if (!dimension) throw new Error(`Unknown dimension "${dimensionId}" in assessment "${assessment.id}"`);

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
  const needed = neededAnswers(items.length, assessment.minAnsweredShare);
  if (answered < needed || weights === 0) {
    return { dimensionId, status: 'insufficient', answered, needed, total: items.length };
  }
  const score = weighted / weights;
  return { dimensionId, status: 'scored', score, band: bandFor(dimension.bands, score), answered, total: items.length };
}

export function scoreAssessment(assessment: Assessment, answers: Answers): DimensionScore[] {
  return assessment.dimensions.map((dimension) => scoreDimension(assessment, dimension.id, answers));
}

/** How many items have an answer, "weet ik niet" included. */
export function answeredCount(assessment: Assessment, answers: Answers): number {
  return assessment.items.filter((item) => item.id in answers).length;
}
