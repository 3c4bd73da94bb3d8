import { useEffect, useId, useRef } from 'react';
import { assessmentStrings } from './strings/index';
import type { AnswerValue, Assessment, Role } from './model';
import { scaleOf } from './scoring';
import { AnswerOptions } from '../shared/AnswerOptions';
import { QuestionForm } from '../shared/QuestionForm';

interface Props {
  assessment: Assessment;
  position: number;
  /** A teamscan's leader reads the statements in a leader's words where an item has them. */
  role: Role | undefined;
  answer: AnswerValue | undefined;
  error: boolean;
  onAnswer: (value: AnswerValue) => void;
  onNext: () => void;
  onSkip: () => void;
  onPrevious: () => void;
}

/**
 * One statement on screen: its answer options as a radio group, and the way forward and back.
 * It never names the dimension: knowing what an item measures undoes the reverse-keyed items.
 */
export function QuestionScreen({ assessment, position, role, answer, error, onAnswer, onNext, onSkip, onPrevious }: Props) {
  const t = assessmentStrings();
  const item = assessment.items[position]!;
  const total = assessment.items.length;
  const dimension = assessment.dimensions.find((candidate) => candidate.id === item.dimension)!;
  const statement = role === 'leader' && item.leaderText ? item.leaderText : item.text;
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstOptionRef = useRef<HTMLInputElement>(null);
  const name = useId();
  const errorId = useId();

  // A new question: bring the whole question to the top of the screen (the page's introduction
  // above it has been read), then move focus to its heading so screen readers announce "Vraag 8 van 24".
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [position]);
  // An error: move focus into the group it is about, where the message is read with it.
  useEffect(() => {
    if (error) firstOptionRef.current?.focus();
  }, [error]);

  // A dimension may have its own scale (e.g. agreement where the rest asks how often).
  const scale = scaleOf(assessment, dimension);
  // The first statement on another scale than the one before it says so, as the paper version does.
  const previousItem = position > 0 ? assessment.items[position - 1] : undefined;
  const previousScale = previousItem ? scaleOf(assessment, assessment.dimensions.find((candidate) => candidate.id === previousItem.dimension)) : scale;
  const scaleChanged = previousScale.kind !== scale.kind;
  const noteId = useId();
  const options: { value: AnswerValue; label: string }[] = [
    ...scale.points.map((point) => ({ value: point.value as AnswerValue, label: point.label })),
    ...(scale.unknown ? [{ value: 'unknown' as const, label: scale.unknown.label }] : []),
  ];

  const skip = (
    <button type="button" className="button button--link" onClick={onSkip}>
      {t.skip}
    </button>
  );

  return (
    <QuestionForm className="question" formRef={formRef} onNext={onNext} headingRef={headingRef} position={position} total={total} strings={t} navClassName="question__nav" onPrevious={onPrevious} extraAction={skip}>
      <fieldset
        className={`question__fieldset${error ? ' question__fieldset--error' : ''}`}
        aria-describedby={[scaleChanged ? noteId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
      >
        <legend className="question__statement">{statement}</legend>
        {scaleChanged && (
          <p id={noteId} className="question__scale-change">
            {t.scaleChange(scale.kind, scale.points[0]!.label, scale.points.at(-1)!.label)}
          </p>
        )}
        {error && (
          <p id={errorId} className="question__error" role="alert">
            {t.chooseAnswer}
          </p>
        )}
        <AnswerOptions
          className="question__options"
          optionClass={(value) => `question__option${value === 'unknown' ? ' question__option--unknown' : ''}`}
          name={name}
          options={options}
          chosen={answer}
          onChoose={onAnswer}
          firstOptionRef={firstOptionRef}
        />
      </fieldset>
    </QuestionForm>
  );
}
