/**
 * What a SCORM package passes from the assessment widget to the learning platform, per
 * variant (variants.ts): completion, and objectives (the band per dimension) only where
 * `reportsObjectives` allows it. Progress is never passed: it stays on the device. The launch
 * page (ScormAssessment.tsx) hands this to the widget.
 */
import type { Assessment } from '../assessment/model';
import { objectivesOf } from './objectives';
import type { PlatformSession } from './runtime';
import { type PackageVariant, reportsObjectives } from './variants';

type RelayTarget = Pick<Assessment, 'dimensions' | 'kind'>;

export interface PlatformRelay {
  onComplete(attempt: { dimensions: readonly { id: string; score: number | null; sides?: readonly { score: number | null }[] }[] }): void;
}

export function platformRelay(assessment: RelayTarget, variant: PackageVariant, session: Pick<PlatformSession, 'complete'>): PlatformRelay {
  return {
    onComplete: (attempt) => session.complete(reportsObjectives(variant) ? objectivesOf(assessment, attempt.dimensions) : []),
  };
}
