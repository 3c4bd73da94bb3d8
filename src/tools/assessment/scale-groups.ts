/**
 * Dimensions grouped by the scale they are answered on, so results on different response
 * formats are never drawn or listed as one ranking (a 4 on "how often" is not a 4 on "agree").
 * The assessment's own scale comes first, then each other scale in the order it first appears.
 * Used by the result, the history comparison and the paper key.
 */
import type { Assessment, Dimension, Scale } from './model';
import { scaleOf } from './scoring';

export interface ScaleGroup<Row> {
  scale: Scale;
  rows: Row[];
}

/**
 * `dimensionOf` names a row's dimension in today's content (an older attempt's dimension is
 * looked up by id: a dimension keeps its scale across versions); a row without one counts
 * on the assessment's scale.
 */
export function groupByScale<Row>(assessment: Pick<Assessment, 'scale'>, rows: readonly Row[], dimensionOf: (row: Row) => Pick<Dimension, 'scale'> | undefined): ScaleGroup<Row>[] {
  const groups: ScaleGroup<Row>[] = [{ scale: assessment.scale, rows: [] }];
  for (const row of rows) {
    const scale = scaleOf(assessment, dimensionOf(row));
    const group = groups.find((candidate) => sameScale(candidate.scale, scale));
    if (group) group.rows.push(row);
    else groups.push({ scale, rows: [row] });
  }
  return groups.filter((group) => group.rows.length > 0);
}

/** Two scales are one response format when their kind and their points' values and labels match. */
function sameScale(a: Scale, b: Scale): boolean {
  return a === b || (a.kind === b.kind && a.points.length === b.points.length && a.points.every((point, index) => point.value === b.points[index]!.value && point.label === b.points[index]!.label));
}
