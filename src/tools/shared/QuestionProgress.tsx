/**
 * "Vraag 3 van 12" above a question, with a progress bar: the heading takes focus when the
 * question changes (the wizard moves `headingRef`), so a screen reader announces where the
 * reader is. Used by the assessments and the waartoe check; styles in question-progress.css.
 */
import type { Ref } from 'react';
import './question-progress.css';

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  /** Zero-based position of the current question. */
  position: number;
  total: number;
  /** The heading's text, e.g. "Vraag 3 van 12". */
  label: string;
  /** The progress bar's accessible name. */
  progressLabel: string;
}

export function QuestionProgress({ headingRef, position, total, label, progressLabel }: Props) {
  return (
    <div className="question-progress">
      <h2 className="question-progress__count" ref={headingRef} tabIndex={-1}>
        {label}
      </h2>
      <progress className="question-progress__bar" max={total} value={position} aria-label={progressLabel}>
        {label}
      </progress>
    </div>
  );
}
