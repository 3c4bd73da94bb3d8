/**
 * The self-assessment island: start or resume, one question per screen, the result with
 * its share code, and the history on this device. The rules live in the .ts modules beside
 * it and each screen is its own component; this one keeps the screen state and talks to
 * storage and to a learning platform.
 */
import { downloadJson } from '../shared/download';
import { StorageNotice } from '../shared/StorageNotice';
import { today } from '../../lib/dates';
import { assessmentPath, withBase } from '../../lib/urls';
import { useEffect, useRef, useState } from 'react';
import { assessmentStrings } from './strings/index';
import { exportHistory, importHistory, resumableProgress, resumePosition, withoutAttempt } from './history';
import type { AnswerValue, Answers, ClientAssessment } from './model';
import type { CodedResult } from './result-code';
import { HistoryPanel } from './HistoryPanel';
import { QuestionScreen } from './QuestionScreen';
import { ResultScreen } from './ResultScreen';
import { SharedCodeProblem, SharedResultScreen, useSharedLink } from './SharedResultScreen';
import { StartScreen } from './StartScreen';
import { type AssessmentPlatform, useAssessmentSession } from './useAssessmentSession';

export type { AssessmentPlatform } from './useAssessmentSession';

interface Props {
  assessment: ClientAssessment;
  /** The site's base path, for links in next steps. */
  base: string;
  /** Inside a learning platform's iframe: links open in a new tab instead of inside the frame. */
  embedded?: boolean;
  /** The verantwoording page of this assessment, linked from its result. */
  manualPath?: string;
  /** The assessment's own page, where a share link leads (its English page has an English slug); default /zelfscans/<id>/. */
  path?: string;
  /** The team profile, where a teamscan code opened as a share link is sent instead. */
  teamProfilePath?: string;
  /** Inside a SCORM package: what the learning platform hears (completion, and per dimension the band in the "met uitkomst" package). */
  platform?: AssessmentPlatform;
}

type Screen = { kind: 'start' } | { kind: 'question'; position: number } | { kind: 'result'; attemptId: string } | { kind: 'shared'; result: CodedResult };

export default function AssessmentWidget({ assessment, base, embedded = false, manualPath, path, teamProfilePath, platform }: Props) {
  const t = assessmentStrings();
  const [screen, setScreen] = useState<Screen>({ kind: 'start' });
  const [missingAnswer, setMissingAnswer] = useState(false);
  const [notice, setNotice] = useState('');
  const [roleMissing, setRoleMissing] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const { history, answers, setAnswers, role, setRole, ready, problem, persist, saveProgress, complete } = useAssessmentSession(assessment, platform);

  const { shareError, leaveShared } = useSharedLink(assessment, {
    onOpen: (result) => setScreen({ kind: 'shared', result }),
    onLeave: () => setScreen({ kind: 'start' }),
  });

  useEffect(() => {
    if (screen.kind === 'result' || screen.kind === 'shared') resultHeading.current?.focus();
  }, [screen]);

  const goTo = (position: number, nextAnswers = answers) => {
    setMissingAnswer(false);
    setScreen({ kind: 'question', position });
    saveProgress(nextAnswers, position);
  };

  const advance = (position: number, nextAnswers: Answers) => {
    if (position + 1 < assessment.items.length) return goTo(position + 1, nextAnswers);
    const attempt = complete(nextAnswers);
    setScreen({ kind: 'result', attemptId: attempt.id });
  };

  /** A teamscan starts only once the respondent has said whether they are a member or a leader. */
  const withRole = (start: () => void) => {
    if (assessment.role && !role) setRoleMissing(true);
    else start();
  };

  const manualHref = manualPath && withBase(base, manualPath);
  const lastAttempt = history.attempts.at(-1);
  const shownAttempt = screen.kind === 'result' ? history.attempts.find((candidate) => candidate.id === screen.attemptId) : undefined;
  const itemId = screen.kind === 'question' ? assessment.items[screen.position]!.id : '';

  return (
    <div className="assessment-widget" data-ready={ready ? 'true' : undefined}>
      <StorageNotice problem={problem} messages={t.storage} block="assessment-widget" />
      {shareError && (
        <SharedCodeProblem
          kind={assessment.kind}
          message={shareError.message}
          {...(shareError.teamCode && teamProfilePath ? { teamProfileHref: withBase(base, teamProfilePath) } : {})}
          onTakeYourself={leaveShared}
        />
      )}

      {screen.kind === 'start' && (
        <StartScreen
          kind={assessment.kind}
          questionCount={assessment.items.length}
          instructions={assessment.instructions}
          inPlatform={platform !== undefined}
          roleQuestion={assessment.role}
          roleInputName={`role-${assessment.id}`}
          role={role}
          roleMissing={roleMissing}
          onRoleChange={(option) => {
            setRole(option);
            setRoleMissing(false);
          }}
          resumeAt={resumePosition(resumableProgress(history, assessment))}
          ready={ready}
          onStart={() => withRole(() => goTo(0, {}))}
          onResume={() => withRole(() => goTo(resumableProgress(history, assessment)!.position))}
          onRestart={() => {
            setAnswers({});
            withRole(() => goTo(0, {}));
          }}
          onShowLastResult={lastAttempt && (() => setScreen({ kind: 'result', attemptId: lastAttempt.id }))}
        />
      )}

      {screen.kind === 'question' && (
        <QuestionScreen
          assessment={assessment}
          position={screen.position}
          role={role}
          answer={answers[itemId]}
          error={missingAnswer}
          onAnswer={(value: AnswerValue) => {
            const next = { ...answers, [itemId]: value };
            setAnswers(next);
            setMissingAnswer(false);
            saveProgress(next, screen.position);
          }}
          onNext={() => {
            if (answers[itemId] === undefined) setMissingAnswer(true);
            else advance(screen.position, answers);
          }}
          onSkip={() => {
            const { [itemId]: _skipped, ...rest } = answers;
            setAnswers(rest);
            advance(screen.position, rest);
          }}
          onPrevious={() => goTo(Math.max(0, screen.position - 1))}
        />
      )}

      {shownAttempt && (
        <ResultScreen
          assessment={assessment}
          attempt={shownAttempt}
          headingRef={resultHeading}
          base={base}
          newTab={embedded}
          manualHref={manualHref}
          pageUrl={withBase(base, path ?? assessmentPath(assessment.id))}
          onDownload={() => downloadJson(exportHistory(assessment.id, history, new Date()), `zelfscan-${assessment.id}-${today()}.json`)}
          onTakeAgain={() => {
            setAnswers({});
            if (assessment.role) setScreen({ kind: 'start' });
            else goTo(0, {});
          }}
        />
      )}

      {screen.kind === 'shared' && (
        <SharedResultScreen assessment={assessment} result={screen.result} headingRef={resultHeading} base={base} newTab={embedded} manualHref={manualHref} onTakeYourself={leaveShared} />
      )}

      {screen.kind !== 'question' && screen.kind !== 'shared' && ready && (
        <HistoryPanel
          attempts={history.attempts}
          assessment={assessment}
          onView={(attemptId) => setScreen({ kind: 'result', attemptId })}
          onRemove={(attemptId) => {
            persist(withoutAttempt(history, attemptId));
            if (screen.kind === 'result' && screen.attemptId === attemptId) setScreen({ kind: 'start' });
            setNotice(t.history.removed);
          }}
          onRemoveAll={() => {
            persist({ ...history, attempts: [] });
            setScreen({ kind: 'start' });
            setNotice(t.history.removedAll);
          }}
          onImport={(text) => {
            const imported = importHistory(text, assessment.id, history);
            if (imported.ok) {
              persist(imported.history);
              setNotice(t.history.imported(imported.added, imported.skipped));
            } else setNotice(t.importProblem(imported.problem));
          }}
        />
      )}
      <p className="visually-hidden" role="status">
        {notice}
      </p>
    </div>
  );
}
