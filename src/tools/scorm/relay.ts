/**
 * What a SCORM package passes from the assessment widget to the learning platform, per
 * variant (variants.ts): completion, and objectives (the band per dimension, or the two it lies between) only where
 * `reportsObjectives` allows it. Progress is never passed: it stays on the device. The launch
 * page (ScormAssessment.tsx) hands this to the widget.
 */
import type { Assessment } from '../assessment/model';
import { type ObjectiveAttempt, objectivesOf } from './objectives';
import type { PlatformSession } from './runtime';
import { type PackageVariant, reportsObjectives } from './variants';

type RelayTarget = Pick<Assessment, 'dimensions' | 'items' | 'scale' | 'kind'>;

export interface PlatformRelay {
  onComplete(attempt: ObjectiveAttempt): void;
}

export function platformRelay(assessment: RelayTarget, variant: PackageVariant, session: Pick<PlatformSession, 'complete'>): PlatformRelay {
  return {
    onComplete: (attempt) => session.complete(reportsObjectives(variant) ? objectivesOf(assessment, attempt) : []),
  };
}
