/**
 * The "met uitkomst" variant reports one objective per ordinary (mean) dimension, and per
 * dimension only its band: SCORM 1.2 has no free-text field on an objective, so the band is
 * named in the objective's identifier (cmi.objectives.n.id, a CMIIdentifier: no spaces, at
 * most 255 characters), as "<dimension id>_<band label in lower case, hyphenated>", e.g.
 * "verbinden_sterk-punt", with status "completed". A score on the border of two bands (the
 * note the result screen shows) is sent as "<dimension id>_op-de-grens_<lower band>_<upper band>",
 * e.g. "verbinden_op-de-grens_op-weg_sterk-punt", so a platform never shows one band where the
 * screen says "between two". A dimension with too few answers is sent as its id alone with
 * status "incomplete". A balance dimension is not sent at all, neither its difference (not
 * reliable enough to be an outcome) nor its sides (schema `partOf`), which the learner reads on
 * the result screen. Never a score (no score.raw, which a platform
 * shows as a grade), never an answer, and nothing for a teamscan (variants.ts). Band and
 * border are the ones the result screen shows: scoring.ts bandOf with the answers' step.
 */
import type { Answers, Assessment } from '../assessment/model';
import { answeredWeights, answerPrecision, bandOf } from '../assessment/scoring';
import type { PlatformObjective } from './runtime';

/** The part of an identifier that marks a score on the border of two bands. */
export const BORDER_PART = 'op-de-grens';

/** A band label as part of an identifier: lower case, accents dropped, anything else between words a hyphen. */
export function identifierPart(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface ObjectiveAttempt {
  dimensions: readonly { id: string; score: number | null; sides?: readonly { score: number | null }[] }[];
  /** The answers behind the scores: they set the border (one answer step); without them every item counts as answered. */
  answers?: Answers;
}

export function objectivesOf(assessment: Pick<Assessment, 'dimensions' | 'items' | 'scale'> & Partial<Pick<Assessment, 'kind'>>, attempt: ObjectiveAttempt): PlatformObjective[] {
  if (assessment.kind === 'teamscan') return [];
  return assessment.dimensions
    .filter((dimension) => dimension.kind !== 'balance' && !dimension.partOf)
    .map((dimension) => {
      const entry = attempt.dimensions.find((candidate) => candidate.id === dimension.id);
      if (entry?.score == null) return { id: dimension.id, scored: false };
      const placement = bandOf(entry.score, dimension, entry.sides, answerPrecision(answeredWeights(assessment, dimension.id, attempt.answers)));
      const outcome = placement.border
        ? [BORDER_PART, identifierPart(placement.border.lower.label), identifierPart(placement.border.upper.label)].join('_')
        : identifierPart(placement.band.label);
      return { id: `${dimension.id}_${outcome}`, scored: true };
    });
}
