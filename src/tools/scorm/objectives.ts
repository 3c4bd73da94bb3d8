/**
 * The "met uitkomst" variant reports one objective per dimension: its id and the score on
 * SCORM's usual 0–100, where 0 is the lowest score the dimension can have and 100 the highest
 * (for a balance dimension, −(max−min) … +(max−min), so 50 is in balance). Never an answer.
 */
import type { Assessment } from '../assessment/model';
import { dimensionRange, scaleOf } from '../assessment/scoring';
import type { PlatformObjective } from './runtime';

export function objectivesOf(assessment: Pick<Assessment, 'scale' | 'dimensions'>, scores: readonly { id: string; score: number | null }[]): PlatformObjective[] {
  return assessment.dimensions.map((dimension) => {
    const score = scores.find((candidate) => candidate.id === dimension.id)?.score ?? null;
    if (score === null) return { id: dimension.id, raw: null };
    const { min, max } = dimensionRange(dimension, scaleOf(assessment, dimension));
    const raw = Math.round(((score - min) / (max - min)) * 100);
    return { id: dimension.id, raw: Math.min(100, Math.max(0, raw)) };
  });
}
