/**
 * A self-assessment inside a learning platform (the launch page of a SCORM 1.2 package):
 * says what the platform will receive, connects to it, and relays completion from the widget.
 * In the "met uitkomst" package the result screen then asks the respondent whether to send
 * their outcome (the band per dimension); only a yes sends it (relay.ts). Without a platform
 * the scan works on its own and says so.
 */
import { useState } from 'react';
import AssessmentWidget, { type AssessmentPlatform } from '../assessment/AssessmentWidget';
import type { Assessment } from '../assessment/model';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import type { ObjectiveAttempt } from './objectives';
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

/** After completion: nothing to ask, the question open for this attempt, or the respondent's answer. */
type OutcomeChoice = { kind: 'none' } | { kind: 'open'; attempt: ObjectiveAttempt } | { kind: 'sent' } | { kind: 'declined' };

const CHOICE_ID = 'scorm-outcome-choice';

export default function ScormAssessment({ assessment, variant, siteUrl, manualPath, path }: Props) {
  const t = scormStrings();
  const { connection, problem } = usePlatformSession();
  const [completed, setCompleted] = useState(false);
  const [choice, setChoice] = useState<OutcomeChoice>({ kind: 'none' });
  const focusAfterRender = useFocusAfterRender();
  const relay = connection.kind === 'connected' ? platformRelay(assessment, variant, connection.session) : undefined;
  // A balance's sides arrive as two dimensions naming it in `partOf` (schemas/assessment.ts).
  const hasBalance = assessment.dimensions.some((dimension) => dimension.partOf !== undefined);

  const platform: AssessmentPlatform | undefined = relay
    ? {
        onComplete: (attempt) => {
          relay.onComplete(attempt);
          setCompleted(true);
          setChoice(relay.sendOutcome ? { kind: 'open', attempt } : { kind: 'none' });
        },
      }
    : undefined;

  const answer = (send: boolean) => {
    if (choice.kind !== 'open') return;
    if (send) relay?.sendOutcome?.(choice.attempt);
    setChoice({ kind: send ? 'sent' : 'declined' });
    focusAfterRender(CHOICE_ID);
  };

  const status = !completed ? t.connected : choice.kind === 'open' ? t.consent.waiting : choice.kind === 'sent' ? t.consent.sent : t.completedNotice;

  return (
    <PlatformFrame
      title={assessment.title}
      intro={assessment.intro}
      receives={assessment.kind === 'teamscan' ? t.receivesTeamscan : t.receives[variant]}
      {...(reportsObjectives(variant) && hasBalance ? { detail: t.outcomeNoBalance } : {})}
      neverSent={t.neverSent[variant]}
      connection={connection}
      connectedStatus={status}
      problem={problem}
      siteUrl={siteUrl}
    >
      {choice.kind !== 'none' && (
        <section className="scorm__consent" aria-labelledby="scorm-consent">
          <h2 id="scorm-consent">{t.consent.heading}</h2>
          {choice.kind === 'open' ? (
            <>
              <p>{t.consent.question}</p>
              <div className="scorm__consent-actions">
                <button type="button" className="button" onClick={() => answer(true)}>
                  {t.consent.send}
                </button>
                <button type="button" className="button button--secondary" onClick={() => answer(false)}>
                  {t.consent.decline}
                </button>
              </div>
            </>
          ) : (
            <p id={CHOICE_ID} tabIndex={-1} data-testid="outcome-choice">
              {choice.kind === 'sent' ? t.consent.sent : t.consent.declined}
            </p>
          )}
        </section>
      )}
      {connection.kind !== 'searching' && <AssessmentWidget assessment={assessment} base={siteUrl} embedded manualPath={manualPath} path={path} {...(platform ? { platform } : {})} />}
    </PlatformFrame>
  );
}
