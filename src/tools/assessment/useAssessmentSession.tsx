/**
 * The state of one person's session with an assessment: the history on this device, the
 * answers in progress and the teamscan role, kept in step with storage and, inside a SCORM
 * package, with the learning platform. Which screen shows is the widget's business.
 */
import { useEffect, useState } from 'react';
import { newId } from '../../lib/ids';
import { useDeviceStorage } from '../shared/useStoredState';
import { type Attempt, completeAttempt, emptyHistory, type History, loadAssessmentHistory, progressAt, resumableProgress, saveHistory, withAttempt } from './history';
import type { Answers, ClientAssessment, Role } from './model';

/** What a learning platform (src/tools/scorm/) gives the widget and hears from it. */
export interface AssessmentPlatform {
  /** Progress the platform kept; it wins over this device's, since the learner may come from another. */
  resume: { answers: Answers; position: number; role?: Role } | null;
  onProgress(progress: { answers: Answers; position: number; role?: Role }): void;
  /** The result is about to be shown. */
  onComplete(attempt: Attempt): void;
}

export function useAssessmentSession(
  assessment: ClientAssessment,
  platform: AssessmentPlatform | undefined,
  /** The platform's progress has been taken over: show its item. */
  onPlatformResume: (position: number) => void,
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

  // After the device's own progress has loaded (the effect above), so the platform's wins.
  useEffect(() => {
    const resume = platform?.resume;
    if (!resume) return;
    // Progress from the learning platform arrives with the page: syncing with an external system.
    /* eslint-disable react-hooks/set-state-in-effect -- see above */
    setAnswers(resume.answers);
    if (resume.role && assessment.role) setRole(resume.role);
    setHistory((current) => ({ ...current, progress: progressAt(assessment, resume.answers, resume.position, new Date(), resume.role) }));
    onPlatformResume(resume.position);
    /* eslint-enable react-hooks/set-state-in-effect */
    // Once, on arrival: the platform's progress is read when the package starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const persist = (next: History) => {
    setHistory(next);
    stored.save((storage) => saveHistory(storage, assessment.id, next));
  };

  const saveProgress = (nextAnswers: Answers, position: number) => {
    persist({ ...history, progress: progressAt(assessment, nextAnswers, position, new Date(), role) });
    platform?.onProgress({ answers: nextAnswers, position, ...(role ? { role } : {}) });
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
