/**
 * A self-assessment inside a learning platform (the launch page of a SCORM 1.2 package):
 * says what the platform will receive, connects to it, and relays progress and completion
 * from the widget. Without a platform the scan works on its own and says so.
 */
import { useState } from 'react';
import AssessmentWidget, { type AssessmentPlatform } from '../assessment/AssessmentWidget';
import type { Assessment } from '../assessment/model';
import { objectivesOf } from './objectives';
import { PlatformFrame, usePlatformSession } from './PlatformFrame';
import { scormStrings } from './strings/index';
import { decodeSuspendData, encodeSuspendData } from './suspend-data';
import { keepsProgressOnPlatform, type PackageVariant, reportsObjectives } from './variants';

interface Props {
  assessment: Assessment & { intro: string };
  variant: PackageVariant;
  /** The public playbook's address ("https://…/"): next steps and the verantwoording open there. */
  siteUrl: string;
  manualPath: string;
  /** The assessment's page on the public site, in the package's language. */
  path: string;
}

export default function ScormAssessment({ assessment, variant, siteUrl, manualPath, path }: Props) {
  const t = scormStrings();
  const { connection, problem } = usePlatformSession();
  const [completed, setCompleted] = useState(false);
  const keepsProgress = keepsProgressOnPlatform(assessment.kind);
  const resume = connection.kind === 'connected' && keepsProgress ? decodeSuspendData(assessment, connection.suspendData) : null;

  const platform: AssessmentPlatform | undefined =
    connection.kind === 'connected'
      ? {
          resume,
          onProgress: (progress) => {
            if (keepsProgress) connection.session.saveProgress(encodeSuspendData(assessment, progress));
          },
          onComplete: (attempt) => {
            connection.session.complete(reportsObjectives(variant) ? objectivesOf(assessment, attempt.dimensions) : []);
            setCompleted(true);
          },
        }
      : undefined;

  return (
    <PlatformFrame
      title={assessment.title}
      intro={assessment.intro}
      receives={keepsProgress ? t.receives[variant] : t.receivesTeamscan}
      {...(reportsObjectives(variant) ? { detail: t.outcomeDimensions(assessment.dimensions.map((dimension) => dimension.name).join(', ')) } : {})}
      neverSent={t.neverSent[variant]}
      connection={connection}
      connectedStatus={completed ? t.completedNotice : resume ? t.resumed(resume.position + 1, assessment.items.length) : t.connected}
      problem={problem}
      siteUrl={siteUrl}
    >
      {connection.kind !== 'searching' && <AssessmentWidget assessment={assessment} base={siteUrl} embedded manualPath={manualPath} path={path} {...(platform ? { platform } : {})} />}
    </PlatformFrame>
  );
}
