/**
 * The learning platform, as a package's view sees it: looked for once after hydration (the API
 * lives on a parent window, known only in the browser), started, and finished when the learner
 * leaves. `problem` is the last call that failed, for the view to word.
 */
import { useEffect, useState } from 'react';
import { findApi, type PlatformProblem, PlatformSession } from './runtime';

export type Connection = { kind: 'searching' } | { kind: 'standalone' } | { kind: 'connected'; session: PlatformSession; suspendData: string };

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
    const { suspendData } = session.start();
    setConnection({ kind: 'connected', session, suspendData });
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
