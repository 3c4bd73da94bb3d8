/**
 * A self-assessment inside a learning platform (the launch page of a SCORM 1.2 package):
 * says what the platform will receive, connects to it, and relays progress and completion
 * from the widget. Without a platform the scan works on its own and says so.
 */
import { useEffect, useState } from 'react';
import AssessmentWidget, { type AssessmentPlatform } from '../assessment/AssessmentWidget';
import type { Assessment } from '../assessment/model';
import { objectivesOf } from './objectives';
import { findApi, type PlatformProblem, PlatformSession } from './runtime';
import { scormStrings } from './strings/index';
import { decodeSuspendData, encodeSuspendData, type SuspendedProgress } from './suspend-data';
import { type PackageVariant, reportsObjectives } from './variants';

interface Props {
  assessment: Assessment & { intro: string };
  variant: PackageVariant;
  /** The public playbook's address ("https://…/"): next steps and the verantwoording open there. */
  siteUrl: string;
  manualPath: string;
}

type Connection = { kind: 'searching' } | { kind: 'standalone' } | { kind: 'connected'; session: PlatformSession; resume: SuspendedProgress | null };

export default function ScormAssessment({ assessment, variant, siteUrl, manualPath }: Props) {
  const t = scormStrings();
  const [connection, setConnection] = useState<Connection>({ kind: 'searching' });
  const [problem, setProblem] = useState<PlatformProblem | null>(null);
  const [completed, setCompleted] = useState(false);

  useEffect(() => {
    const api = findApi(window);
    // The platform's API is on a parent window, known only in the browser: an external system.
    /* eslint-disable react-hooks/set-state-in-effect -- see above */
    if (!api) {
      setConnection({ kind: 'standalone' });
      return;
    }
    const current = new PlatformSession(api, setProblem);
    const { suspendData } = current.start();
    setConnection({ kind: 'connected', session: current, resume: decodeSuspendData(assessment, suspendData) });
    /* eslint-enable react-hooks/set-state-in-effect */
    const leave = () => current.finish();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      current.finish();
    };
    // Connects once per page; the assessment does not change while the page lives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const platform: AssessmentPlatform | undefined =
    connection.kind === 'connected'
      ? {
          resume: connection.resume,
          onProgress: (progress) => connection.session.saveProgress(encodeSuspendData(assessment, progress)),
          onComplete: (attempt) => {
            connection.session.complete(reportsObjectives(variant) ? objectivesOf(assessment, attempt.dimensions) : []);
            setCompleted(true);
          },
        }
      : undefined;

  const dimensionNames = assessment.dimensions.map((dimension) => dimension.name).join(', ');

  return (
    <div className="scorm">
      <h1>{assessment.title}</h1>
      <p>{assessment.intro}</p>
      <section className="scorm__receives" aria-labelledby="scorm-receives">
        <h2 id="scorm-receives">{t.receivesHeading}</h2>
        <ul>
          {t.receives[variant].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {reportsObjectives(variant) && <p>{t.outcomeDimensions(dimensionNames)}</p>}
        <p>{t.neverSent[variant]}</p>
      </section>
      <p className="scorm__status" role="status">
        {connection.kind === 'searching' && t.connecting}
        {connection.kind === 'standalone' && t.standalone}
        {connection.kind === 'connected' &&
          (completed ? t.completedNotice : connection.resume ? t.resumed(connection.resume.position + 1, assessment.items.length) : t.connected)}
      </p>
      {problem && (
        <p className="scorm__problem" role="alert">
          {t.problem(problem)}
        </p>
      )}
      {connection.kind !== 'searching' && (
        <AssessmentWidget assessment={assessment} base={siteUrl} embedded manualPath={manualPath} {...(platform ? { platform } : {})} />
      )}
      <p className="scorm__site">
        <a href={siteUrl} target="_blank" rel="noopener">
          {t.playbookLink}
          <span className="visually-hidden"> {t.newTab}</span>
        </a>
      </p>
    </div>
  );
}
