/**
 * What a SCORM package passes from the assessment widget to the learning platform, per
 * variant (variants.ts): progress only where `keepsProgressOnPlatform` allows it (the
 * "outcome" package of a self-scan), objectives only where `reportsObjectives` does, and
 * otherwise completion alone. The launch page (ScormAssessment.tsx) hands this to the widget.
 */
import type { Assessment } from '../assessment/model';
import { objectivesOf } from './objectives';
import type { PlatformSession } from './runtime';
import { decodeSuspendData, encodeSuspendData, type SuspendedProgress } from './suspend-data';
import { keepsProgressOnPlatform, type PackageVariant, reportsObjectives } from './variants';

type RelayTarget = Pick<Assessment, 'code' | 'version' | 'scale' | 'items' | 'dimensions' | 'kind'>;

export interface PlatformRelay {
  /** Progress the platform kept, to resume from; always null for a package that keeps none. */
  resume: SuspendedProgress | null;
  onProgress(progress: SuspendedProgress): void;
  onComplete(attempt: { dimensions: readonly { id: string; score: number | null; sides?: readonly { score: number | null }[] }[] }): void;
}

export function platformRelay(
  assessment: RelayTarget,
  variant: PackageVariant,
  session: Pick<PlatformSession, 'saveProgress' | 'complete'>,
  suspendData: string,
): PlatformRelay {
  const keepsProgress = keepsProgressOnPlatform(assessment.kind, variant);
  return {
    resume: keepsProgress ? decodeSuspendData(assessment, suspendData) : null,
    onProgress: (progress) => {
      if (keepsProgress) session.saveProgress(encodeSuspendData(assessment, progress));
    },
    onComplete: (attempt) => session.complete(reportsObjectives(variant) ? objectivesOf(assessment, attempt.dimensions) : []),
  };
}
