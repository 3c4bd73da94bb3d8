/**
 * A self-assessment inside a learning platform (the launch page of a SCORM 1.2 package):
 * says what the platform will receive, connects to it, and relays completion (and, in the
 * "met uitkomst" package, the band per dimension) from the widget. Without a platform the scan works on its own and says so.
 */
import { useState } from 'react';
import AssessmentWidget, { type AssessmentPlatform } from '../assessment/AssessmentWidget';
import type { Assessment } from '../assessment/model';
import { PlatformFrame, usePlatformSession } from './PlatformFrame';
import { scormStrings } from './strings/index';
import { platformRelay } from './relay';
import { type PackageVariant, reportsObjectives } from './variants';

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
  const relay = connection.kind === 'connected' ? platformRelay(assessment, variant, connection.session) : undefined;

  const platform: AssessmentPlatform | undefined = relay
    ? {
        onComplete: (attempt) => {
          relay.onComplete(attempt);
          setCompleted(true);
        },
      }
    : undefined;

  return (
    <PlatformFrame
      title={assessment.title}
      intro={assessment.intro}
      receives={assessment.kind === 'teamscan' ? t.receivesTeamscan : t.receives[variant]}
      {...(reportsObjectives(variant) ? { detail: t.outcomeDimensions(assessment.dimensions.map((dimension) => dimension.name).join(', ')) } : {})}
      neverSent={t.neverSent[variant]}
      connection={connection}
      connectedStatus={completed ? t.completedNotice : t.connected}
      problem={problem}
      siteUrl={siteUrl}
    >
      {connection.kind !== 'searching' && <AssessmentWidget assessment={assessment} base={siteUrl} embedded manualPath={manualPath} path={path} {...(platform ? { platform } : {})} />}
    </PlatformFrame>
  );
}
