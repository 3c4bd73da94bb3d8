/**
 * The waartoe-check island: the questions, one per screen, then the verdict with the
 * manager's own answers. Rules and storage: purpose-check.ts; the questions, verdicts and
 * links come as props from content/tools/purpose-check.yaml (read by ToolPage.astro). Answers are kept on
 * the device after every change, so a reload resumes where the manager was.
 */
import { StorageNotice } from '../shared/StorageNotice';
import { useDeviceStorage } from '../shared/useStoredState';
import { useEffect, useRef, useState } from 'react';
import './purpose-check.css';
import { purposeCheckStrings } from './strings/index';
import {
  type Answer,
  type AnswerProblem,
  answerProblem,
  type Answers,
  clearProgress,
  emptyAnswers,
  firstOpenQuestion,
  hasAnswers,
  loadProgress,
  type PurposeCheckContent,
  saveProgress,
  verdictFor,
} from './purpose-check';
import { ConfirmButton } from '../shared/ConfirmButton';
import { PurposeQuestionScreen } from './PurposeQuestionScreen';
import { PurposeSummary } from './PurposeSummary';

interface Props {
  content: PurposeCheckContent;
  /** The site's base path, for the links in the summary. */
  base: string;
  /** Inside a SCORM package: hears when the summary is on screen (the check is done). */
  onSummary?: () => void;
}

export default function PurposeCheck({ content, base, onSummary }: Props) {
  const t = purposeCheckStrings();
  const questions = content.questions;
  const SUMMARY = questions.length;
  const [answers, setAnswers] = useState<Answers>(() => emptyAnswers(content));
  const [position, setPosition] = useState(0);
  const [resumed, setResumed] = useState(false);
  /** Bumped on every move by the manager; the new screen then takes focus. */
  const [focusKey, setFocusKey] = useState(0);
  const [problem, setProblem] = useState<AnswerProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState('');
  const summaryHeading = useRef<HTMLHeadingElement>(null);

  const stored = useDeviceStorage((storage) => loadProgress(content, storage), (saved) => {
    setAnswers(saved.answers);
    setPosition(saved.position);
    setResumed(hasAnswers(content, saved.answers));
  });

  useEffect(() => {
    if (position === SUMMARY && focusKey > 0) summaryHeading.current?.focus();
  }, [position, focusKey, SUMMARY]);

  const atSummary = stored.ready && position === SUMMARY;
  useEffect(() => {
    if (atSummary) onSummary?.();
    // Once per arrival at the summary; a new callback identity is not a new arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [atSummary]);

  const persist = (nextAnswers: Answers, nextPosition: number) => stored.save((storage) => saveProgress(storage, nextAnswers, nextPosition, new Date()));

  const goTo = (next: number) => {
    setProblem(null);
    setFocusKey((key) => key + 1);
    setResumed(false);
    setNotice('');
    setPosition(next);
    persist(answers, next);
  };

  const change = (answer: Answer) => {
    const question = questions[position]!;
    const next = { ...answers, [question.id]: answer };
    setAnswers(next);
    // An error disappears as soon as the answer is good enough.
    if (problem && answerProblem(question, answer) === null) setProblem(null);
    persist(next, position);
  };

  const next = () => {
    const question = questions[position]!;
    const found = answerProblem(question, answers[question.id]!);
    if (found) {
      setProblem(found);
      setAttempt((count) => count + 1);
      return;
    }
    if (position < questions.length - 1) goTo(position + 1);
    else goTo(firstOpenQuestion(content, answers) ?? SUMMARY);
  };

  const restart = () => {
    const fresh = emptyAnswers(content);
    setAnswers(fresh);
    setProblem(null);
    setResumed(false);
    setFocusKey((key) => key + 1);
    setPosition(0);
    stored.remove(clearProgress);
    setNotice(t.restarted);
  };

  if (!stored.ready) {
    return (
      <div className="purpose-check tool-island">
        <p className="purpose-check__loading">{t.loading}</p>
      </div>
    );
  }

  const verdict = position === SUMMARY ? verdictFor(content, answers) : null;

  return (
    <div className="purpose-check tool-island" data-ready="true">
      <StorageNotice problem={stored.problem} messages={t.storage} block="purpose-check" />
      <div className="purpose-check__bar" data-print="hide">
        <p className="purpose-check__intro">{resumed ? t.resumed : t.intro}</p>
        {hasAnswers(content, answers) && (
          <ConfirmButton
            label={t.restart}
            question={t.restartConfirm}
            confirmLabel={t.restartYes}
            cancelLabel={t.cancel}
            onConfirm={restart}
            triggerClassName="button button--secondary button--small"
          />
        )}
      </div>

      {verdict ? (
        <>
          <PurposeSummary content={content} verdict={verdict} answers={answers} base={base} headingRef={summaryHeading} />
          <div className="purpose-check__nav" data-print="hide">
            <button type="button" className="button" onClick={() => window.print()}>
              {t.print}
            </button>
            <button type="button" className="button button--secondary" onClick={() => goTo(0)}>
              {t.change}
            </button>
          </div>
        </>
      ) : (
        <PurposeQuestionScreen
          questions={questions}
          position={Math.min(position, questions.length - 1)}
          answer={answers[questions[Math.min(position, questions.length - 1)]!.id]!}
          problem={problem}
          attempt={attempt}
          focusKey={focusKey}
          onChange={change}
          onNext={next}
          onPrevious={() => goTo(Math.max(0, position - 1))}
        />
      )}
      <p className="visually-hidden" role="status">
        {notice}
      </p>
    </div>
  );
}
