import type { Ref } from 'react';
import { purposeCheckStrings } from './strings/index';
import { withBase } from '../../lib/urls';
import { type Answers, linkOf, type PurposeCheckContent, reasonText, type Verdict, verdictRule } from './purpose-check';

interface Props {
  content: PurposeCheckContent;
  verdict: Verdict;
  answers: Answers;
  /** The site's base path, for the links. */
  base: string;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The verdict with its reasons, the next steps, where to read on, and the manager's own answers. */
export function PurposeSummary({ content, verdict, answers, base, headingRef }: Props) {
  const t = purposeCheckStrings();
  const rule = verdictRule(content, verdict.id);
  return (
    <div className="purpose-check-summary" data-testid="waartoe-summary">
      <h2 ref={headingRef} tabIndex={-1}>
        {t.resultTitle}
      </h2>
      <div className={`purpose-check-verdict purpose-check-verdict--${verdict.id}`}>
        <p className="purpose-check-verdict__title" data-testid="waartoe-verdict">
          {rule.title}
        </p>
        <p className="purpose-check-verdict__text">{rule.text}</p>
      </div>

      <h3>{t.reasonsTitle}</h3>
      {verdict.reasons.length === 0 ? (
        <p>{content.noReasons}</p>
      ) : (
        <ul className="purpose-check-summary__reasons">
          {verdict.reasons.map((reason) => (
            <li key={reason}>{reasonText(content, reason)}</li>
          ))}
        </ul>
      )}

      <h3>{t.stepsTitle}</h3>
      <ol className="purpose-check-summary__steps">
        {rule.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>

      <h3>{t.linksTitle}</h3>
      <ul className="purpose-check-summary__links">
        {rule.links.map((id) => {
          const link = linkOf(content, id);
          return (
            <li key={id}>
              <a href={withBase(base, link.path)}>{link.label}</a>
            </li>
          );
        })}
      </ul>

      <h3>{t.answersTitle}</h3>
      <dl className="purpose-check-summary__answers">
        {content.questions.map((question) => {
          const answer = answers[question.id]!;
          return (
            <div key={question.id} className="purpose-check-summary__answer">
              <dt>{question.title}</dt>
              {question.text && <dd className="purpose-check-summary__own">{answer.text.trim() ? answer.text : t.noText}</dd>}
              <dd>{question.options.find((option) => option.id === answer.choice)?.label ?? ''}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
