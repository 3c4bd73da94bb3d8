/**
 * The "met uitkomst" variant reports one objective per dimension, and per dimension only its
 * band: SCORM 1.2 has no free-text field on an objective, so the band is named in the
 * objective's identifier (cmi.objectives.n.id, a CMIIdentifier: no spaces), as
 * "<dimension id>_<band label in lower case, hyphenated>", e.g. "verbinden_sterk-punt", with
 * status "completed". A dimension with too few answers is sent as its id alone with status
 * "incomplete". Never a score (no score.raw, which a platform shows as a grade), never an
 * answer, and nothing for a teamscan (variants.ts). The band is the one the result screen
 * shows: scoring.ts bandFor on the shown score (score-display.ts).
 */
import type { Assessment } from '../assessment/model';
import { bandFor } from '../assessment/scoring';
import { shownScore } from '../assessment/score-display';
import type { PlatformObjective } from './runtime';

/** A band label as part of an identifier: lower case, accents dropped, anything else between words a hyphen. */
export function identifierPart(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function objectivesOf(
  assessment: Pick<Assessment, 'dimensions'> & Partial<Pick<Assessment, 'kind'>>,
  scores: readonly { id: string; score: number | null; sides?: readonly { score: number | null }[] }[],
): PlatformObjective[] {
  if (assessment.kind === 'teamscan') return [];
  return assessment.dimensions.map((dimension) => {
    const entry = scores.find((candidate) => candidate.id === dimension.id);
    if (entry?.score == null) return { id: dimension.id, scored: false };
    const band = bandFor(dimension.bands, shownScore(entry.score, entry.sides));
    return { id: `${dimension.id}_${identifierPart(band.label)}`, scored: true };
  });
}
