import { feedbackFormStrings } from './strings/index';
import { FEELINGS, type FeedbackRequest } from './feedback-code';

/**
 * The request as a paper form: only printed (the screen shows the editor instead). Room to
 * write under every question, and boxes to tick for the feeling.
 */
export function PaperForm({ request }: { request: FeedbackRequest }) {
  const t = feedbackFormStrings();
  return (
    <section className="feedback-form-paper" data-testid="paper-form">
      <h2>{t.paperFor}</h2>
      <dl className="fact-list">
        <div>
          <dt>{t.paperSubject}</dt>
          <dd>{request.subject || t.paperBlank}</dd>
        </div>
        {request.sender && (
          <div>
            <dt>{t.paperFrom}</dt>
            <dd>{request.sender}</dd>
          </div>
        )}
      </dl>
      {t.clientWhy.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <ol className="feedback-form-paper__questions">
        {request.questions.map((question, index) => (
          <li key={`${question.kind}-${index}`} className="feedback-form-paper__question">
            <p className="feedback-form-paper__text">{question.text || t.paperBlank}</p>
            {question.kind === 'gevoel' && (
              <>
                <p className="feedback-form-paper__choose">{t.paperFeelingChoose}</p>
                <ul className="feedback-form-paper__boxes">
                  {FEELINGS.map((feeling) => (
                    <li key={feeling}>
                      <span className="feedback-form-paper__box" aria-hidden="true" />
                      {t.feelings[feeling]}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className={`feedback-form-paper__space${question.kind === 'gevoel' ? ' feedback-form-paper__space--short' : ''}`} />
          </li>
        ))}
      </ol>
      <p className="feedback-form-paper__line">
        {t.paperName}: <span />
      </p>
      <p className="feedback-form-paper__line">
        {t.paperDate}: <span />
      </p>
    </section>
  );
}
