import type { Ref } from 'react';
import { feedbackStrings } from '../../i18n/tools/feedbackformulier';
import { balanceHints, type FeedbackAnswers } from '../../lib/tools/feedback-code';
import { formatDay } from './format';

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
  const t = feedbackStrings();
  const hints = balanceHints(answers);
  return (
    <div className="feedback-answers" data-testid="answers">
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {t.answersTitle}
      </h2>
      <dl className="feedback__meta feedback__meta--grid">
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
      <ol className="feedback-answers__list">
        {answers.items.map((item, index) => (
          <li key={`${item.kind}-${index}`} className="feedback-answers__item">
            <p className="feedback-answers__kind">{t.kindLabel[item.kind]}</p>
            <h3 className="feedback-answers__question">{item.text}</h3>
            {item.feeling && (
              <p className="feedback-answers__feeling">
                <span className="feedback-answers__chosen">{t.chosen}</span> {t.feelings[item.feeling]}
              </p>
            )}
            {item.answer ? (
              <p className="feedback-answers__text">{item.answer}</p>
            ) : (
              !item.feeling && <p className="feedback-answers__empty">{t.notAnswered}</p>
            )}
          </li>
        ))}
      </ol>
      {hints.length > 0 && (
        <div className="feedback__notice feedback__notice--info">
          <h3>{t.hintsTitle}</h3>
          <ul>
            {hints.map((hint) => (
              <li key={hint}>{t.hints[hint]}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="feedback__hint">{t.listen}</p>
    </div>
  );
}
