import { type Ref, useEffect, useEffectEvent, useState } from 'react';
import { formatMonth } from '../../lib/format';
import { ManualLink } from './ManualLink';
import type { Assessment } from './model';
import { type CodedResult, codeTargetOf, decodeResult, sharedCodeIn, sharedResult } from './result-code';
import { ResultView } from './ResultView';
import { assessmentStrings } from './strings/index';

interface Props {
  assessment: Assessment;
  /** The result the share link carries. */
  result: CodedResult;
  /** The heading, which takes focus when the shared result appears. */
  headingRef: Ref<HTMLHeadingElement>;
  /** The site's base path, for links in next steps. */
  base: string;
  /** Links open in a new tab (inside a learning platform's frame). */
  newTab: boolean;
  /** The verantwoording page, with the base path. */
  manualHref: string | undefined;
  onTakeYourself: () => void;
}

/** Someone else's result, opened from a share link: month, role, scores; never saved here. */
export function SharedResultScreen({ assessment, result, headingRef, base, newTab, manualHref, onTakeYourself }: Props) {
  const t = assessmentStrings();
  const shared = sharedResult(assessment, result);
  return (
    <div className="assessment-result">
      <h2 ref={headingRef} tabIndex={-1}>
        {t.shared.title}
      </h2>
      <p>
        {t.shared.intro(formatMonth(result.month))}
        {result.role && ` ${t.roleShown[result.role]}.`}
      </p>
      {!shared.current && (
        <p className="assessment-widget__notice" data-testid="legacy-note">
          {t.shared.legacy(result.version, assessment.version)}
        </p>
      )}
      <ResultView assessment={assessment} dimensions={shared.dimensions} sameVersion={shared.current} storedBands={shared.storedBands} base={base} headingLevel={3} role={result.role} newTab={newTab} />
      {manualHref && (
        <p data-print="hide">
          <ManualLink href={manualHref} newTab={newTab} />
        </p>
      )}
      <p data-print="hide">
        <button type="button" className="button" onClick={onTakeYourself}>
          {t.takeKindYourself(t.kindNoun[assessment.kind])}
        </button>
      </p>
    </div>
  );
}

/** A share link whose code does not open: why, the way to the team profile for a teamscan code, and the way to the scan itself. */
export function SharedCodeProblem({
  kind,
  message,
  teamProfileHref,
  onTakeYourself,
}: {
  kind: Assessment['kind'];
  message: string;
  teamProfileHref?: string;
  onTakeYourself: () => void;
}) {
  const t = assessmentStrings();
  return (
    <div className="assessment-widget__notice assessment-widget__notice--error" role="alert" data-testid="shared-problem">
      <p>
        <strong>{t.shared.invalid}</strong> {message}
      </p>
      {teamProfileHref && (
        <p>
          <a href={teamProfileHref}>{t.shared.toTeamProfile}</a>
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={onTakeYourself}>
        {t.takeKindYourself(t.kindNoun[kind])}
      </button>
    </div>
  );
}

/**
 * A shared result in the address (#resultaat=…), read on load and on every hash change:
 * `onOpen` with a code that opens, otherwise `shareError` says why. A teamscan code with a
 * role never opens as one person's result (only the team profile reads it, from five
 * members): `shareError.teamCode` then says to take it there. `leaveShared` clears the
 * address and the error, then calls `onLeave`.
 */
export function useSharedLink(assessment: Assessment, { onOpen, onLeave }: { onOpen: (result: CodedResult) => void; onLeave: () => void }) {
  const [shareError, setShareError] = useState<{ message: string; teamCode: boolean } | null>(null);
  // An effect event: it reads the current assessment and strings, never ones captured at mount.
  const showShared = useEffectEvent(() => {
    const shared = sharedCodeIn(window.location.hash);
    if (shared === null) return;
    const decoded = decodeResult(shared, [codeTargetOf(assessment)]);
    if (!decoded.ok) setShareError({ message: assessmentStrings().codeError(decoded.error), teamCode: false });
    else if (assessment.kind === 'teamscan' && decoded.result.role !== null) setShareError({ message: assessmentStrings().shared.teamCode, teamCode: true });
    else {
      setShareError(null);
      onOpen(decoded.result);
    }
  });
  useEffect(() => {
    // The address has no hash during the server render, so it can only be read after
    // hydration: this is syncing with an external system (the URL), as the rule allows.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    showShared();
    const onHashChange = () => showShared();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const leaveShared = () => {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    setShareError(null);
    onLeave();
  };
  return { shareError, leaveShared };
}
