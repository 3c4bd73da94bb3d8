/**
 * The shape of a self-assessment as the scoring, code and storage modules see it: the
 * validated content (src/schemas/assessment.ts) minus what only pages need. Every shape is
 * taken from the schema's type, so a new field is written once, there. The import is
 * type-only: logic never loads zod.
 */
import type { AssessmentData } from '../../schemas/assessment';

export type Scale = AssessmentData['scale'];
export type Dimension = AssessmentData['dimensions'][number];
export type Band = Dimension['bands'][number];
export type Side = NonNullable<Dimension['sides']>[number];
export type Item = AssessmentData['items'][number];

export type Role = 'member' | 'leader';

/** An earlier version, as far as its codes and saved results need it. */
export type LegacyVersion = AssessmentData['legacy'][number];

export type Assessment = Pick<AssessmentData, 'id' | 'code' | 'kind' | 'title' | 'version' | 'instructions' | 'scale' | 'minAnswered' | 'role' | 'dimensions' | 'items' | 'legacy'>;

/** What the island gets: the assessment and the ids it had before (results saved under them still show). */
export type ClientAssessment = Assessment & Partial<Pick<AssessmentData, 'formerIds'>>;

/** An answer: a value on the scale, or the "weet ik niet" option. A skipped item has no entry. */
export type AnswerValue = number | 'unknown';
export type Answers = Record<string, AnswerValue>;
