/**
 * The "met uitkomst" variant reports one objective per dimension: its id and the shown score
 * (score-display.ts shownScore, as scoring.ts bandOf shows it: one decimal, a balance from its shown sides) on SCORM's usual 0–100,
 * where 0 is the lowest score the dimension can have and 100 the highest (for a balance
 * dimension, −(max−min) … +(max−min), so 50 is in balance). Never an answer, and nothing
 * for a teamscan (variants.ts).
 */
import type { Assessment } from '../assessment/model';
import { dimensionRange, scaleOf } from '../assessment/scoring';
import { shownScore } from '../assessment/score-display';
import type { PlatformObjective } from './runtime';

export function objectivesOf(
  assessment: Pick<Assessment, 'scale' | 'dimensions'> & Partial<Pick<Assessment, 'kind'>>,
  scores: readonly { id: string; score: number | null; sides?: readonly { score: number | null }[] }[],
): PlatformObjective[] {
  if (assessment.kind === 'teamscan') return [];
  return assessment.dimensions.map((dimension) => {
    const entry = scores.find((candidate) => candidate.id === dimension.id);
    if (entry?.score == null) return { id: dimension.id, raw: null };
    const shown = shownScore(entry.score, entry.sides);
    const { min, max } = dimensionRange(dimension, scaleOf(assessment, dimension));
    const raw = Math.round(((shown - min) / (max - min)) * 100);
    return { id: dimension.id, raw: Math.min(100, Math.max(0, raw)) };
  });
}
