import type { Ref } from 'react';
import { formatDay, formatNumber } from '../../lib/format';
import { type Attempt, storedBands } from './history';
import { AnswerCodePanel } from './AnswerCodePanel';
import { ManualLink } from './ManualLink';
import type { Assessment } from './model';
import { outcomeStandardError } from './reliable-change';
import { attemptCode, shareLink } from './result-code';
import { ResultView } from './ResultView';
import { SharePanel } from './SharePanel';
import { assessmentStrings } from './strings/index';

interface Props {
  assessment: Assessment;
  attempt: Attempt;
  /** The result's heading, which takes focus when the result appears. */
  headingRef: Ref<HTMLHeadingElement>;
  /** The site's base path, for links in next steps. */
  base: string;
  /** Links open in a new tab (inside a learning platform's frame). */
  newTab: boolean;
  /** The verantwoording page, with the base path. */
  manualHref: string | undefined;
  /** The assessment's page, with the base path: where a share link leads. */
  pageUrl: string;
  onDownload: () => void;
  onTakeAgain: () => void;
}

/** One completed attempt: scores and bands per dimension, its share code and link, and the way to take it again. */
export function ResultScreen({ assessment, attempt, headingRef, base, newTab, manualHref, pageUrl, onDownload, onTakeAgain }: Props) {
  const t = assessmentStrings();
  const sameVersion = attempt.version === assessment.version;
  const code = attemptCode(assessment, attempt);
  const standardError = outcomeStandardError(assessment);
  return (
    <div className="assessment-result">
      <h2 ref={headingRef} tabIndex={-1}>
        {t.resultTitle}
      </h2>
      <p className="assessment-result__meta">
        {t.completedOn(formatDay(attempt.completedAt))}
        {attempt.role && ` · ${t.roleShown[attempt.role]}`}
      </p>
      {!sameVersion && <p className="assessment-widget__notice">{t.takenOnVersion(attempt.version)}</p>}
      <p>{t.resultIntro}</p>
      {manualHref && (
        <p className="assessment-result__manual" data-print="hide">
          <ManualLink href={manualHref} newTab={newTab} />
        </p>
      )}
      <ResultView assessment={assessment} dimensions={attempt.dimensions} answers={attempt.answers} storedBands={storedBands(attempt)} sameVersion={sameVersion} base={base} headingLevel={3} role={attempt.role} newTab={newTab} />
      {sameVersion && standardError !== undefined && <p className="assessment-result__uncertainty">{t.bandUncertainty(formatNumber(standardError, { min: 2, max: 2 }))}</p>}
      {code && <SharePanel code={code} link={assessment.kind === 'teamscan' ? undefined : shareLink(pageUrl, window.location.origin, code)} onDownload={onDownload} />}
      {/* Leaders are left out of a group analysis; an older version's items are not today's. */}
      {sameVersion && attempt.role !== 'leader' && <AnswerCodePanel assessment={assessment} attempt={attempt} />}
      <p data-print="hide">
        <button type="button" className="button button--secondary" onClick={onTakeAgain}>
          {t.againKind(t.kindNoun[assessment.kind])}
        </button>
      </p>
    </div>
  );
}
