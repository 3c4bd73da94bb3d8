/**
 * What a SCORM package passes from the assessment widget to the learning platform, per
 * variant (variants.ts). On completion: completion only, in every package. The outcome (the
 * band per dimension, or the two it lies between, objectives.ts) only in a package where
 * `reportsObjectives` allows it, and only when the respondent chooses to send it on the
 * result screen (`sendOutcome`, ScormAssessment.tsx asks); without that choice nothing more
 * is sent. Progress is never passed: it stays on the device. The launch page
 * (ScormAssessment.tsx) hands this to the widget.
 */
import type { Assessment } from '../assessment/model';
import { type ObjectiveAttempt, objectivesOf } from './objectives';
import type { PlatformSession } from './runtime';
import { type PackageVariant, reportsObjectives } from './variants';

type RelayTarget = Pick<Assessment, 'dimensions' | 'items' | 'scale' | 'kind'>;

export interface PlatformRelay {
  onComplete(attempt: ObjectiveAttempt): void;
  /** Present when the package may send an outcome (a self-scan's "met uitkomst"): sends it, on the respondent's choice. */
  sendOutcome?: (attempt: ObjectiveAttempt) => void;
}

export function platformRelay(assessment: RelayTarget, variant: PackageVariant, session: Pick<PlatformSession, 'complete' | 'reportObjectives'>): PlatformRelay {
  const outcome = reportsObjectives(variant) && assessment.kind !== 'teamscan';
  return {
    onComplete: () => session.complete(),
    ...(outcome ? { sendOutcome: (attempt: ObjectiveAttempt) => session.reportObjectives(objectivesOf(assessment, attempt)) } : {}),
  };
}
