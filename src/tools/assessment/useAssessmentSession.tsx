/**
 * The state of one person's session with an assessment: the history on this device, the
 * answers in progress and the teamscan role, kept in step with storage; inside a SCORM
 * package the learning platform hears of completion. Which screen shows is the widget's business.
 */
import { useState } from 'react';
import { newId } from '../../lib/ids';
import { useDeviceStorage } from '../shared/useStoredState';
import { type Attempt, completeAttempt, emptyHistory, type History, loadAssessmentHistory, progressAt, resumableProgress, saveHistory, withAttempt } from './history';
import type { Answers, ClientAssessment, Role } from './model';

/** What a learning platform (src/tools/scorm/) hears from the widget: only that a result is ready (progress stays on the device). */
export interface AssessmentPlatform {
  /** The result is about to be shown. */
  onComplete(attempt: Attempt): void;
}

export function useAssessmentSession(
  assessment: ClientAssessment,
  platform: AssessmentPlatform | undefined,
) {
  const [history, setHistory] = useState<History>(emptyHistory);
  const [answers, setAnswers] = useState<Answers>({});
  const [role, setRole] = useState<Role | undefined>(undefined);

  const stored = useDeviceStorage(
    (storage) => loadAssessmentHistory(storage, assessment),
    (saved) => {
      setHistory(saved);
      const progress = resumableProgress(saved, assessment);
      if (progress) setAnswers(progress.answers);
      if (progress?.role && assessment.role) setRole(progress.role);
    },
  );

  const persist = (next: History) => {
    setHistory(next);
    stored.save((storage) => saveHistory(storage, assessment.id, next));
  };

  const saveProgress = (nextAnswers: Answers, position: number) => {
    persist({ ...history, progress: progressAt(assessment, nextAnswers, position, new Date(), role) });
  };

  /** Scores the answers into an attempt, keeps it, tells the platform and clears the answers. */
  const complete = (finalAnswers: Answers): Attempt => {
    const attempt = completeAttempt(assessment, finalAnswers, new Date(), newId(), role);
    persist(withAttempt(history, attempt));
    platform?.onComplete(attempt);
    setAnswers({});
    return attempt;
  };

  return { history, answers, setAnswers, role, setRole, ready: stored.ready, problem: stored.problem, persist, saveProgress, complete };
}
