import type { Ref } from 'react';
import { waartoeStrings } from './strings/index';
import { withBase } from '../../lib/urls';
import { type Answers, LINKS, QUESTIONS, type Verdict, VERDICTS } from './purpose-check';

interface Props {
  verdict: Verdict;
  answers: Answers;
  /** The site's base path, for the links. */
  base: string;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The verdict with its reasons, the next steps, where to read on, and the manager's own answers. */
export function PurposeSummary({ verdict, answers, base, headingRef }: Props) {
  const t = waartoeStrings();
  const rule = VERDICTS[verdict.id];
  return (
    <div className="purpose-check-summary" data-testid="waartoe-summary">
      <h2 ref={headingRef} tabIndex={-1}>
        {t.resultTitle}
      </h2>
      <div className={`purpose-check-verdict purpose-check-verdict--${verdict.id}`}>
        <p className="purpose-check-verdict__title" data-testid="waartoe-verdict">
          {t.verdicts[verdict.id].title}
        </p>
        <p className="purpose-check-verdict__text">{t.verdicts[verdict.id].text}</p>
      </div>

      <h3>{t.reasonsTitle}</h3>
      {verdict.reasons.length === 0 ? (
        <p>{t.noReasons}</p>
      ) : (
        <ul className="purpose-check-summary__reasons">
          {verdict.reasons.map((reason) => (
            <li key={reason}>{t.reasons[reason]}</li>
          ))}
        </ul>
      )}

      <h3>{t.stepsTitle}</h3>
      <ol className="purpose-check-summary__steps">
        {t.steps[verdict.id].map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>

      <h3>{t.linksTitle}</h3>
      <ul className="purpose-check-summary__links">
        {rule.links.map((link) => (
          <li key={link}>
            <a href={withBase(base, LINKS[link])}>{t.links[link]}</a>
          </li>
        ))}
      </ul>

      <h3>{t.answersTitle}</h3>
      <dl className="purpose-check-summary__answers">
        {QUESTIONS.map((question) => {
          const answer = answers[question.id];
          const text = t.questions[question.id];
          return (
            <div key={question.id} className="purpose-check-summary__answer">
              <dt>{text.title}</dt>
              {question.text && <dd className="purpose-check-summary__own">{answer.text.trim() ? answer.text : t.noText}</dd>}
              <dd>{answer.choice ? text.options[answer.choice] : ''}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
