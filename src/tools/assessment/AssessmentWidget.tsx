/**
 * The self-assessment island: start or resume, one question per screen, the result with
 * its share code, and the history on this device. All logic lives in the .ts modules beside it;
 * this component keeps the screen state and talks to storage.
 */
import { downloadJson } from '../shared/download';
import { StorageNotice } from '../shared/StorageNotice';
import { useDeviceStorage } from '../shared/useStoredState';
import { today } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { assessmentStrings } from './strings/index';
import {
  type Attempt,
  completeAttempt,
  emptyHistory,
  exportHistory,
  type History,
  importHistory,
  loadHistory,
  resumableProgress,
  saveHistory,
} from './history';
import type { AnswerValue, Answers, Assessment, Role } from './model';
import { type CodedResult, decodeResult, encodeResult } from './result-code';
import { bandFor, changeThresholds, dimensionsFromSlots, scaleRange, slotsOf } from './scoring';
import { assessmentPath, withBase } from '../../lib/urls';
import { ConfirmButton } from '../shared/ConfirmButton';
import { formatDay, formatMonth } from '../../lib/format';
import { HistoryPanel } from './HistoryPanel';
import { QuestionScreen } from './QuestionScreen';
import { ResultView } from './ResultView';
import { SharePanel } from './SharePanel';

interface Props {
  assessment: Assessment & { formerIds?: string[] };
  /** The site's base path, for links in next steps. */
  base: string;
  /** Inside a learning platform's iframe: links open in a new tab instead of inside the frame. */
  embedded?: boolean;
  /** The verantwoording page of this assessment, linked from its result. */
  manualPath?: string;
  /** The assessment's own page, where a share link leads (its English page has an English slug); default /zelfscans/<id>/. */
  path?: string;
  /** Inside a SCORM package: the learning platform's progress to resume from, and what it hears. */
  platform?: AssessmentPlatform;
}

/** What a learning platform (src/tools/scorm/) gives the widget and hears from it. */
export interface AssessmentPlatform {
  /** Progress the platform kept; it wins over this device's, since the learner may come from another. */
  resume: { answers: Answers; position: number; role?: Role } | null;
  onProgress(progress: { answers: Answers; position: number; role?: Role }): void;
  /** The result is about to be shown. */
  onComplete(attempt: Attempt): void;
}

type Screen =
  | { kind: 'start' }
  | { kind: 'question'; position: number }
  | { kind: 'result'; attemptId: string }
  | { kind: 'shared'; result: CodedResult };

const SHARE_PARAM = 'resultaat';

export default function AssessmentWidget({ assessment, base, embedded = false, manualPath, path, platform }: Props) {
  const t = assessmentStrings();
  const noun = t.kindNoun[assessment.kind];
  const range = scaleRange(assessment.scale);
  const codeTarget = {
    code: assessment.code,
    version: assessment.version,
    title: assessment.title,
    scaleMin: range.min,
    scaleMax: range.max,
    slotCount: slotsOf(assessment.dimensions).length,
    legacy: assessment.legacy.map((legacy) => ({ version: legacy.version, slotCount: legacy.dimensions.length })),
  };

  const [history, setHistory] = useState<History>(emptyHistory);
  const [answers, setAnswers] = useState<Answers>({});
  const [screen, setScreen] = useState<Screen>({ kind: 'start' });
  const [shareError, setShareError] = useState<string | null>(null);
  const [missingAnswer, setMissingAnswer] = useState(false);
  const [notice, setNotice] = useState('');
  const [role, setRole] = useState<Role | undefined>(undefined);
  const [roleMissing, setRoleMissing] = useState(false);
  const roleName = `role-${assessment.id}`;
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const stored = useDeviceStorage(
    (storage) => {
      const loaded = loadHistory(storage, assessment.id);
      // Renamed assessment: results saved under its old id still belong to it. They are
      // read from there (and saved under the new id on the next change), never deleted.
      if (loaded.status === 'empty' || (loaded.status === 'ok' && loaded.value.attempts.length === 0)) {
        for (const formerId of assessment.formerIds ?? []) {
          const former = loadHistory(storage, formerId);
          if (former.status === 'ok' && former.value.attempts.length > 0) return { ...former, value: { ...former.value, progress: null } };
        }
      }
      return loaded;
    },
    (saved) => {
      setHistory(saved);
      const progress = resumableProgress(saved, assessment);
      if (progress) setAnswers(progress.answers);
      if (progress?.role && assessment.role) setRole(progress.role);
    },
  );
  const { ready, problem } = stored;

  // After the device's own progress has loaded (the effect above), so the platform's wins.
  useEffect(() => {
    const resume = platform?.resume;
    if (!resume) return;
    // Progress from the learning platform arrives with the page: syncing with an external system.
    /* eslint-disable react-hooks/set-state-in-effect -- see above */
    setAnswers(resume.answers);
    if (resume.role && assessment.role) setRole(resume.role);
    setHistory((current) => ({ ...current, progress: { version: assessment.version, answers: resume.answers, position: resume.position, updatedAt: new Date().toISOString(), ...(resume.role ? { role: resume.role } : {}) } }));
    setScreen({ kind: 'question', position: resume.position });
    /* eslint-enable react-hooks/set-state-in-effect */
    // Once, on arrival: the platform's progress is read when the package starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A shared result in the address (#resultaat=…), on load and on every hash change. An
  // effect event: it reads the current assessment and strings, never ones captured at mount.
  const showShared = useEffectEvent(() => {
    const shared = new URLSearchParams(window.location.hash.slice(1)).get(SHARE_PARAM);
    if (shared === null) return;
    const decoded = decodeResult(shared, [codeTarget]);
    if (decoded.ok) {
      setShareError(null);
      setScreen({ kind: 'shared', result: decoded.result });
    } else setShareError(t.codeError(decoded.error));
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

  useEffect(() => {
    if (screen.kind === 'result' || screen.kind === 'shared') resultHeading.current?.focus();
  }, [screen]);

  const persist = (next: History) => {
    setHistory(next);
    stored.save((storage) => saveHistory(storage, assessment.id, next));
  };

  const progress = resumableProgress(history, assessment);
  const saveProgress = (nextAnswers: Answers, position: number) => {
    persist({ ...history, progress: { version: assessment.version, answers: nextAnswers, position, updatedAt: new Date().toISOString(), ...(role ? { role } : {}) } });
    platform?.onProgress({ answers: nextAnswers, position, ...(role ? { role } : {}) });
  };

  const goTo = (position: number, nextAnswers = answers) => {
    setMissingAnswer(false);
    setScreen({ kind: 'question', position });
    saveProgress(nextAnswers, position);
  };

  const finish = (finalAnswers: Answers) => {
    const attempt = completeAttempt(assessment, finalAnswers, new Date(), newId(), role);
    persist({ ...history, progress: null, attempts: [...history.attempts, attempt] });
    platform?.onComplete(attempt);
    setAnswers({});
    setScreen({ kind: 'result', attemptId: attempt.id });
  };

  const answer = (position: number, value: AnswerValue) => {
    const next = { ...answers, [assessment.items[position]!.id]: value };
    setAnswers(next);
    setMissingAnswer(false);
    saveProgress(next, position);
  };

  const advance = (position: number, nextAnswers: Answers) => {
    if (position + 1 >= assessment.items.length) finish(nextAnswers);
    else goTo(position + 1, nextAnswers);
  };

  const download = () => {
    const file = exportHistory(assessment.id, history, new Date());
    downloadJson(file, `zelfscan-${assessment.id}-${today()}.json`);
  };

  /** A teamscan starts only once the respondent has said whether they are a member or a leader. */
  const withRole = (start: () => void) => {
    if (assessment.role && !role) {
      setRoleMissing(true);
      return;
    }
    start();
  };

  /** What a result code carries for an attempt: a balance dimension gives its two side means. */
  const slotValuesOf = (dimensions: { score: number | null; sides?: { score: number | null }[] }[]) =>
    dimensions.flatMap((dimension) => (dimension.sides ? dimension.sides.map((side) => side.score) : [dimension.score]));

  const leaveShared = () => {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    setShareError(null);
    setScreen({ kind: 'start' });
  };

  const lastAttempt = history.attempts.at(-1);

  return (
    <div className="assessment-widget" data-ready={ready ? 'true' : undefined}>
      <StorageNotice problem={problem} messages={t.storage} block="assessment-widget" />
      {shareError && (
        <div className="assessment-widget__notice assessment-widget__notice--error" role="alert">
          <p>
            <strong>{t.shared.invalid}</strong> {shareError}
          </p>
          <button type="button" className="button button--secondary" onClick={leaveShared}>
            {t.takeKindYourself(noun)}
          </button>
        </div>
      )}

      {screen.kind === 'start' && (
        <div className="assessment-start">
          <p className="assessment-start__facts">
            {t.questions(assessment.items.length)} · {platform ? t.privacyInPlatform : t.privacy}
          </p>
          {assessment.role && (
            <fieldset className={`assessment-role${roleMissing ? ' assessment-role--error' : ''}`} aria-describedby={`${roleName}-help${roleMissing ? ` ${roleName}-error` : ''}`}>
              <legend>{assessment.role.question}</legend>
              <p id={`${roleName}-help`} className="assessment-role__help">
                {t.roleHelp}
              </p>
              {roleMissing && (
                <p id={`${roleName}-error`} className="question__error" role="alert">
                  {t.roleMissing}
                </p>
              )}
              {(['member', 'leader'] as const).map((option) => (
                <label key={option} className="question__option">
                  <input
                    type="radio"
                    name={roleName}
                    value={option}
                    checked={role === option}
                    onChange={() => {
                      setRole(option);
                      setRoleMissing(false);
                    }}
                  />
                  <span>{assessment.role![option]}</span>
                </label>
              ))}
            </fieldset>
          )}
          {progress && Object.keys(progress.answers).length > 0 ? (
            <div className="assessment-start__actions">
              <button type="button" className="button" disabled={!ready} onClick={() => withRole(() => goTo(progress.position))}>
                {t.resume(progress.position + 1, assessment.items.length)}
              </button>
              <ConfirmButton
                label={t.restart}
                question={t.restartConfirm}
                confirmLabel={t.restartYes}
                cancelLabel={t.cancel}
                onConfirm={() => {
                  setAnswers({});
                  withRole(() => goTo(0, {}));
                }}
              />
            </div>
          ) : (
            <div className="assessment-start__actions">
              <button type="button" className="button" disabled={!ready} onClick={() => withRole(() => goTo(0, {}))}>
                {t.startKind(noun)}
              </button>
            </div>
          )}
          {lastAttempt && (
            <p>
              <button type="button" className="button button--link" onClick={() => setScreen({ kind: 'result', attemptId: lastAttempt.id })}>
                {t.lastResult}
              </button>
            </p>
          )}
        </div>
      )}

      {screen.kind === 'question' && (
        <QuestionScreen
          assessment={assessment}
          position={screen.position}
          answer={answers[assessment.items[screen.position]!.id]}
          error={missingAnswer}
          onAnswer={(value) => answer(screen.position, value)}
          onNext={() => {
            if (answers[assessment.items[screen.position]!.id] === undefined) setMissingAnswer(true);
            else advance(screen.position, answers);
          }}
          onSkip={() => {
            const { [assessment.items[screen.position]!.id]: _skipped, ...rest } = answers;
            setAnswers(rest);
            advance(screen.position, rest);
          }}
          onPrevious={() => goTo(Math.max(0, screen.position - 1))}
        />
      )}

      {screen.kind === 'result' &&
        (() => {
          const attempt = history.attempts.find((candidate) => candidate.id === screen.attemptId);
          if (!attempt) return null;
          const sameVersion = attempt.version === assessment.version;
          const code = sameVersion
            ? encodeResult(
                { code: assessment.code, version: assessment.version, month: attempt.completedAt.slice(0, 7), role: attempt.role ?? null, scores: slotValuesOf(attempt.dimensions) },
                range.min,
                range.max,
              )
            : null;
          return (
            <div className="assessment-result">
              <h2 ref={resultHeading} tabIndex={-1}>
                {t.resultTitle}
              </h2>
              <p className="assessment-result__meta">
                {t.completedOn(formatDay(attempt.completedAt))}
                {attempt.role && ` · ${t.roleShown[attempt.role]}`}
              </p>
              {!sameVersion && <p className="assessment-widget__notice">{t.takenOnVersion(attempt.version)}</p>}
              <p>{t.resultIntro}</p>
              {manualPath && (
                <p className="assessment-result__manual" data-print="hide">
                  <ManualLink href={withBase(base, manualPath)} newTab={embedded} />
                </p>
              )}
              <ResultView
                assessment={assessment}
                dimensions={attempt.dimensions}
                storedBands={Object.fromEntries(attempt.dimensions.map((d) => [d.id, d.band]))}
                sameVersion={sameVersion}
                base={base}
                headingLevel={3}
                newTab={embedded}
              />
              {code && (
                <SharePanel
                  code={code}
                  link={`${/^https?:/.test(base) ? '' : window.location.origin}${withBase(base, path ?? assessmentPath(assessment.id))}#${SHARE_PARAM}=${code}`}
                  onDownload={download}
                />
              )}
              <p data-print="hide">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setAnswers({});
                    if (assessment.role) setScreen({ kind: 'start' });
                    else goTo(0, {});
                  }}
                >
                  {t.againKind(noun)}
                </button>
              </p>
            </div>
          );
        })()}

      {screen.kind === 'shared' &&
        (() => {
          const result = screen.result;
          const current = result.version === assessment.version;
          const legacy = assessment.legacy.find((candidate) => candidate.version === result.version);
          const dimensions = current
            ? dimensionsFromSlots(assessment.dimensions, result.scores).map((dimension, index) => ({ ...dimension, name: assessment.dimensions[index]!.name }))
            : (legacy?.dimensions ?? []).map((dimension, index) => ({ id: dimension.id, name: dimension.name, score: result.scores[index] ?? null }));
          const storedBands = current
            ? {}
            : Object.fromEntries(
                (legacy?.dimensions ?? []).map((dimension, index) => {
                  const score = result.scores[index];
                  return [dimension.id, score == null ? null : bandFor(dimension.bands, score).label];
                }),
              );
          return (
            <div className="assessment-result">
              <h2 ref={resultHeading} tabIndex={-1}>
                {t.shared.title}
              </h2>
              <p>
                {t.shared.intro(formatMonth(result.month))}
                {result.role && ` ${t.roleShown[result.role]}.`}
              </p>
              {!current && (
                <p className="assessment-widget__notice" data-testid="legacy-note">
                  {t.shared.legacy(result.version, assessment.version)}
                </p>
              )}
              <ResultView
                assessment={assessment}
                dimensions={dimensions}
                sameVersion={current}
                storedBands={storedBands}
                base={base}
                headingLevel={3}
                newTab={embedded}
              />
              {manualPath && (
                <p data-print="hide">
                  <ManualLink href={withBase(base, manualPath)} newTab={embedded} />
                </p>
              )}
              <p data-print="hide">
                <button type="button" className="button" onClick={leaveShared}>
                  {t.takeKindYourself(noun)}
                </button>
              </p>
            </div>
          );
        })()}

      {screen.kind !== 'question' && screen.kind !== 'shared' && ready && (
        <HistoryPanel
          attempts={history.attempts}
          currentVersion={assessment.version}
          thresholds={changeThresholds(assessment)}
          balanceIds={assessment.dimensions.filter((dimension) => dimension.kind === 'balance').map((dimension) => dimension.id)}
          onView={(attemptId) => setScreen({ kind: 'result', attemptId })}
          onRemove={(attemptId) => {
            persist({ ...history, attempts: history.attempts.filter((attempt) => attempt.id !== attemptId) });
            if (screen.kind === 'result' && screen.attemptId === attemptId) setScreen({ kind: 'start' });
            setNotice(assessmentStrings().history.removed);
          }}
          onRemoveAll={() => {
            persist({ ...history, attempts: [] });
            setScreen({ kind: 'start' });
            setNotice(assessmentStrings().history.removedAll);
          }}
          onImport={(text) => {
            const imported = importHistory(text, assessment.id, history);
            if (imported.ok) {
              persist(imported.history);
              setNotice(assessmentStrings().history.imported(imported.added, imported.skipped));
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

/** The link to the scan's verantwoording; in an embed it opens a tab, so the learner's frame stays. */
function ManualLink({ href, newTab }: { href: string; newTab: boolean }) {
  const t = assessmentStrings();
  if (!newTab) return <a href={href}>{t.verantwoordingShort}</a>;
  return (
    <a href={href} target="_blank" rel="noopener">
      {t.verantwoordingShort}
      <span className="visually-hidden"> {t.newTab}</span>
    </a>
  );
}
