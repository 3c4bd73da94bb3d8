import { useEffect, useEffectEvent, useId, useRef } from 'react';
import { purposeCheckStrings } from './strings/index';
import { type Answer, type AnswerProblem, TEXT_LIMIT, type PurposeQuestion } from './purpose-check';
import { AnswerOptions } from '../shared/AnswerOptions';
import { QuestionForm } from '../shared/QuestionForm';

interface Props {
  questions: readonly PurposeQuestion[];
  position: number;
  answer: Answer;
  problem: AnswerProblem | null;
  /** Counts refused attempts to go on, so a repeated error moves focus again. */
  attempt: number;
  /** 0 on the first screen after loading (the page should not jump to the tool); changes on every move. */
  focusKey: number;
  onChange: (answer: Answer) => void;
  onNext: () => void;
  onPrevious: () => void;
}

/**
 * One question on screen: an optional text field, a radio group, forward and back. Focus
 * moves to the "Vraag 2 van 6" heading on every new question, and into the field an error
 * is about, where the message is read with it.
 */
export function PurposeQuestionScreen({ questions, position, answer, problem, attempt, focusKey, onChange, onNext, onPrevious }: Props) {
  const t = purposeCheckStrings();
  const question = questions[position]!;
  const total = questions.length;
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const firstOptionRef = useRef<HTMLInputElement>(null);
  const textProblem = problem === 'text-required' || problem === 'text-too-long';

  useEffect(() => {
    if (focusKey > 0) headingRef.current?.focus();
  }, [position, focusKey]);
  // Focus goes to the field in trouble on each refused attempt, not whenever the problem
  // changes while the user types: the problem is read when the attempt happens.
  const focusProblemField = useEffectEvent(() => {
    if (textProblem) textRef.current?.focus();
    else if (problem === 'choose') firstOptionRef.current?.focus();
  });
  useEffect(() => {
    focusProblemField();
  }, [attempt]);

  const problemText =
    problem === 'text-too-long' ? t.problems['text-too-long'](answer.text.length, TEXT_LIMIT) : problem ? t.problems[problem] : null;
  const nearLimit = answer.text.length >= TEXT_LIMIT * 0.8;
  // The problem's message, placed in the field it is about: the text field or the choice.
  const problemLine = (
    <p id={`${id}-problem`} className="field-error purpose-check__error" role="alert">
      {problemText}
    </p>
  );
  const choiceClass = `purpose-check-question__choice${problem === 'choose' ? ' purpose-check-question__choice--error' : ''}`;

  const options = (
    <AnswerOptions
      className="purpose-check__options"
      optionClass={() => 'purpose-check__option'}
      name={`${id}-choice`}
      options={question.options.map((option) => ({ value: option.id, label: option.label }))}
      chosen={answer.choice}
      onChoose={(choice) => onChange({ ...answer, choice })}
      firstOptionRef={firstOptionRef}
    />
  );

  return (
    <QuestionForm className="purpose-check-question" onNext={onNext} headingRef={headingRef} position={position} total={total} strings={t} navClassName="purpose-check__nav" onPrevious={onPrevious}>
      {question.text ? (
        <>
          <div className="purpose-check-question__text">
            <label htmlFor={`${id}-text`} className="purpose-check-question__title">
              {question.title}
            </label>
            <p id={`${id}-help`} className="purpose-check-question__help">
              {question.help} {question.text.hint}
            </p>
            {textProblem && problemLine}
            <textarea
              id={`${id}-text`}
              ref={textRef}
              rows={3}
              value={answer.text}
              aria-invalid={textProblem || undefined}
              aria-describedby={[`${id}-help`, textProblem ? `${id}-problem` : null, nearLimit ? `${id}-count` : null].filter(Boolean).join(' ')}
              onChange={(event) => onChange({ ...answer, text: event.target.value })}
            />
            {nearLimit && (
              <p id={`${id}-count`} className={`field-count${answer.text.length > TEXT_LIMIT ? ' field-count--over' : ''}`}>
                {t.characters(answer.text.length, TEXT_LIMIT)}
              </p>
            )}
          </div>
          <fieldset className={choiceClass} aria-describedby={problem === 'choose' ? `${id}-problem` : undefined}>
            <legend className="purpose-check-question__legend">{question.text.legend}</legend>
            {problem === 'choose' && problemLine}
            {options}
          </fieldset>
        </>
      ) : (
        <fieldset
          className={choiceClass}
          aria-describedby={[`${id}-help`, problem === 'choose' ? `${id}-problem` : null].filter(Boolean).join(' ')}
        >
          <legend className="purpose-check-question__title">{question.title}</legend>
          <p id={`${id}-help`} className="purpose-check-question__help">
            {question.help}
          </p>
          {problem === 'choose' && problemLine}
          {options}
        </fieldset>
      )}
    </QuestionForm>
  );
}
