import type { Ref } from 'react';
import { feedbackFormStrings } from './strings/index';
import { balanceHints, type FeedbackAnswers } from './feedback-code';
import { formatDay } from '../../lib/format';

interface Props {
  answers: FeedbackAnswers;
  titleId: string;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The client's answers, one block per question. Everything from a code is shown as text
 * (React escapes it); line breaks are kept by CSS.
 */
export function AnswersView({ answers, titleId, headingRef }: Props) {
  const t = feedbackFormStrings();
  const hints = balanceHints(answers);
  return (
    <div className="feedback-form-answers" data-testid="answers">
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {t.answersTitle}
      </h2>
      <dl className="feedback-form__meta feedback-form__meta--grid">
        <div>
          <dt>{t.answersSubject}</dt>
          <dd>{answers.subject}</dd>
        </div>
        <div>
          <dt>{t.answersFrom}</dt>
          <dd>{answers.clientName || t.answersAnonymous}</dd>
        </div>
        <div>
          <dt>{t.answersAsked}</dt>
          <dd>{formatDay(answers.createdOn)}</dd>
        </div>
        <div>
          <dt>{t.answersAnswered}</dt>
          <dd>{formatDay(answers.answeredOn)}</dd>
        </div>
      </dl>
      <ol className="feedback-form-answers__list">
        {answers.items.map((item, index) => (
          <li key={`${item.kind}-${index}`} className="feedback-form-answers__item">
            <p className="feedback-form-answers__kind">{t.kindLabel[item.kind]}</p>
            <h3 className="feedback-form-answers__question">{item.text}</h3>
            {item.feeling && (
              <p className="feedback-form-answers__feeling">
                <span className="feedback-form-answers__chosen">{t.chosen}</span> {t.feelings[item.feeling]}
              </p>
            )}
            {item.answer ? (
              <p className="feedback-form-answers__text">{item.answer}</p>
            ) : (
              !item.feeling && <p className="feedback-form-answers__empty">{t.notAnswered}</p>
            )}
          </li>
        ))}
      </ol>
      {hints.length > 0 && (
        <div className="feedback-form__notice feedback-form__notice--info">
          <h3>{t.hintsTitle}</h3>
          <ul>
            {hints.map((hint) => (
              <li key={hint}>{t.hints[hint]}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="feedback-form__hint">{t.listen}</p>
    </div>
  );
}
