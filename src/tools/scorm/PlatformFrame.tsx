/**
 * What every package's launch page shows around its widget: title and intro, what the
 * platform receives (before the learner starts), the connection, a failed call, and a link
 * to the public playbook.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { findApi, type PlatformProblem, PlatformSession } from './runtime';
import { scormStrings } from './strings/index';

/**
 * The learning platform, as a package's view sees it: looked for once after hydration (the API
 * lives on a parent window, known only in the browser), started, and finished when the learner
 * leaves. `problem` is the last call that failed, for the view to word.
 */
export type Connection = { kind: 'searching' } | { kind: 'standalone' } | { kind: 'connected'; session: PlatformSession };

export function usePlatformSession(): { connection: Connection; problem: PlatformProblem | null } {
  const [connection, setConnection] = useState<Connection>({ kind: 'searching' });
  const [problem, setProblem] = useState<PlatformProblem | null>(null);

  useEffect(() => {
    const api = findApi(window);
    // The platform's API is on a parent window, known only in the browser: an external system.
    /* eslint-disable react-hooks/set-state-in-effect -- see above */
    if (!api) {
      setConnection({ kind: 'standalone' });
      return;
    }
    const session = new PlatformSession(api, setProblem);
    session.start();
    setConnection({ kind: 'connected', session });
    /* eslint-enable react-hooks/set-state-in-effect */
    const leave = () => session.finish();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      session.finish();
    };
  }, []);

  return { connection, problem };
}


interface Props {
  title: string;
  intro: string;
  receives: readonly string[];
  /** A line under the list (in a "met uitkomst" package of a scan with a balance: that its outcome is not sent). */
  detail?: string;
  neverSent: string;
  connection: Connection;
  /** The status line once connected (it changes with progress and completion). */
  connectedStatus: string;
  problem: PlatformProblem | null;
  siteUrl: string;
  children: ReactNode;
}

export function PlatformFrame({ title, intro, receives, detail, neverSent, connection, connectedStatus, problem, siteUrl, children }: Props) {
  const t = scormStrings();
  return (
    <div className="scorm">
      <h1>{title}</h1>
      <p>{intro}</p>
      <section className="scorm__receives" aria-labelledby="scorm-receives">
        <h2 id="scorm-receives">{t.receivesHeading}</h2>
        <ul>
          {receives.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {detail && <p>{detail}</p>}
        <p>{neverSent}</p>
      </section>
      <p className="scorm__status" role="status">
        {connection.kind === 'searching' && t.connecting}
        {connection.kind === 'standalone' && t.standalone}
        {connection.kind === 'connected' && connectedStatus}
      </p>
      {problem && (
        <p className="scorm__problem" role="alert">
          {t.problem(problem)}
        </p>
      )}
      {children}
      <p className="scorm__site">
        <a href={siteUrl} target="_blank" rel="noopener">
          {t.playbookLink}
          <span className="visually-hidden"> {t.newTab}</span>
        </a>
      </p>
    </div>
  );
}
