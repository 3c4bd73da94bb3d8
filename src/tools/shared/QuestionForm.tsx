/**
 * One question of a wizard (the self-assessments, the waartoe check): a form that moves on
 * when it is submitted ("next", "finish" on the last question, or Enter), headed by
 * QuestionProgress, with "previous" (off on the first question) below. The tool checks the
 * answer in `onNext`; the browser's own validation stays off.
 */
import type { ReactNode, Ref } from 'react';
import { QuestionProgress } from './QuestionProgress';

interface Props {
  className: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** Zero-based position of the current question. */
  position: number;
  total: number;
  /** The tool's words: "Vraag 3 van 12" and the progress bar's name. */
  strings: { progress: (number: number, total: number) => string; progressLabel: string; next: string; finish: string; previous: string };
  /** The class of the row of buttons. */
  navClassName: string;
  onPrevious: () => void;
  /** A further button after "previous" (e.g. skip the question). */
  extraAction?: ReactNode;
  formRef?: Ref<HTMLFormElement>;
  onNext: () => void;
  children: ReactNode;
}

export function QuestionForm({ className, headingRef, position, total, strings: t, formRef, onNext, navClassName, onPrevious, extraAction, children }: Props) {
  return (
    <form
      ref={formRef}
      className={className}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <QuestionProgress headingRef={headingRef} position={position} total={total} label={t.progress(position + 1, total)} progressLabel={t.progressLabel} />
      {children}
      <div className={navClassName}>
        <button type="submit" className="button">
          {position === total - 1 ? t.finish : t.next}
        </button>
        <button type="button" className="button button--secondary" onClick={onPrevious} disabled={position === 0}>
          {t.previous}
        </button>
        {extraAction}
      </div>
    </form>
  );
}
