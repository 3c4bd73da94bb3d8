import { useId, useRef, useState } from 'react';
import { feedbackFormStrings } from './strings/index';
import {
  cleanText,
  encodeAnswers,
  type Feeling,
  type FeedbackAnswers,
  type FeedbackRequest,
  FEELINGS,
  hasAnyAnswer,
  LIMITS,
  localDay,
} from './feedback-code';
import { CopyField } from './CopyField';
import { formatDay } from '../../lib/format';
import { SubmitActions } from './SubmitActions';

/** Some mail programs refuse longer mailto: links; above this the client copies the code. */
const MAILTO_LIMIT = 1900;

interface Props {
  request: FeedbackRequest;
}

/** Step 2: the client reads why honest feedback helps, answers, and gets an answer code. */
export function ClientForm({ request }: Props) {
  const t = feedbackFormStrings();
  const id = useId();
  const [answers, setAnswers] = useState<string[]>(() => request.questions.map(() => ''));
  const [feeling, setFeeling] = useState<Feeling | null>(null);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<'nothing' | 'length' | 'failed' | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const codeHeading = useRef<HTMLHeadingElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);

  const clean = (text: string) => cleanText(text).trim();
  const tooLong = (text: string, max: number) => clean(text).length > max;

  const submit = async () => {
    const items = request.questions.map((question, index) => ({
      ...question,
      answer: clean(answers[index]!),
      feeling: question.kind === 'gevoel' ? feeling : null,
    }));
    const firstLong = answers.findIndex((answer) => tooLong(answer, LIMITS.answer));
    if (firstLong >= 0 || tooLong(name, LIMITS.clientName)) {
      setProblem('length');
      document.getElementById(firstLong >= 0 ? `${id}-answer-${firstLong}` : `${id}-name`)?.focus();
      return;
    }
    if (!hasAnyAnswer(items)) {
      setProblem('nothing');
      document.getElementById(`${id}-answer-0`)?.focus();
      return;
    }
    const result: FeedbackAnswers = {
      subject: request.subject,
      sender: request.sender,
      createdOn: request.createdOn,
      answeredOn: localDay(new Date()),
      clientName: clean(name),
      items,
    };
    try {
      setCode(await encodeAnswers(result));
      setProblem(null);
      requestAnimationFrame(() => codeHeading.current?.focus());
    } catch {
      setProblem('failed');
    }
  };

  const counter = (field: string, text: string, max: number) => {
    const used = clean(text).length;
    if (used < max * 0.8) return null;
    return (
      <p id={`${id}-${field}-count`} className={`field-count${used > max ? ' field-count--over' : ''}`}>
        {used > max ? t.tooLong(used, max) : t.characters(used, max)}
      </p>
    );
  };

  if (code) {
    const link = `${window.location.origin}${window.location.pathname}#antwoord=${code}`;
    const mailto = `mailto:?subject=${encodeURIComponent(t.mailSubject(request.subject))}&body=${encodeURIComponent(t.mailBody(request.sender, link))}`;
    return (
      <section className="feedback-form-card" aria-labelledby={`${id}-code`}>
        <h2 id={`${id}-code`} ref={codeHeading} tabIndex={-1}>
          {t.codeTitle}
        </h2>
        <p>{t.thanks}</p>
        <p>{t.codeHelp}</p>
        <CopyField label={t.codeLabel} value={code} copyLabel={t.copyCode} copiedMessage={t.copiedCode} testId="answer-code">
          {mailto.length <= MAILTO_LIMIT && (
            <a className="button button--secondary" href={mailto}>
              {t.mail}
            </a>
          )}
        </CopyField>
        <p className="feedback-form__hint">{mailto.length <= MAILTO_LIMIT ? t.mailHelp : t.mailTooLong}</p>
        <p>
          <button
            type="button"
            className="button button--link"
            onClick={() => {
              setCode(null);
              requestAnimationFrame(() => formHeading.current?.focus());
            }}
          >
            {t.editAnswers}
          </button>
        </p>
      </section>
    );
  }

  return (
    <section className="feedback-form-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={formHeading} tabIndex={-1}>
        {t.clientTitle(request.sender)}
      </h2>
      <dl className="feedback-form__meta">
        <div>
          <dt>{t.clientAbout}</dt>
          <dd>{request.subject}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.answersAsked}</dt>
          <dd className="feedback-form__hint">{t.clientAsked(formatDay(request.createdOn))}</dd>
        </div>
      </dl>
      <div className="feedback-form__why">
        {t.clientWhy.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <p className="feedback-form__hint">{t.clientPrivacy}</p>

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ol className="feedback-form__answers">
          {request.questions.map((question, index) => {
            const field = `answer-${index}`;
            const textarea = (
              <textarea
                id={`${id}-${field}`}
                rows={4}
                value={answers[index]}
                aria-invalid={tooLong(answers[index]!, LIMITS.answer) || undefined}
                aria-describedby={clean(answers[index]!).length >= LIMITS.answer * 0.8 ? `${id}-${field}-count` : undefined}
                onChange={(event) => {
                  setAnswers(answers.map((value, position) => (position === index ? event.target.value : value)));
                  if (problem === 'nothing') setProblem(null);
                }}
              />
            );
            return (
              <li key={`${question.kind}-${index}`} className="feedback-form__answer">
                {question.kind === 'gevoel' ? (
                  <fieldset>
                    <legend className="feedback-form__question">
                      <span className="feedback-form__number">{t.questionNumber(index + 1, request.questions.length)}</span> {question.text}
                    </legend>
                    <fieldset className="feedback-form__feelings">
                      <legend className="feedback-form__hint">{t.feelingChoice}</legend>
                      {[...FEELINGS, null].map((value) => (
                        <label key={value ?? 'none'} className="option-box feedback-form__choice">
                          <input type="radio" name={`${id}-feeling`} checked={feeling === value} onChange={() => setFeeling(value)} />
                          <span>{value ? t.feelings[value] : t.feelingNone}</span>
                        </label>
                      ))}
                    </fieldset>
                    <label htmlFor={`${id}-${field}`} className="feedback-form__sublabel">
                      {t.feelingText}
                    </label>
                    {textarea}
                    {counter(field, answers[index]!, LIMITS.answer)}
                  </fieldset>
                ) : (
                  <>
                    <label htmlFor={`${id}-${field}`} className="feedback-form__question">
                      <span className="feedback-form__number">{t.questionNumber(index + 1, request.questions.length)}</span> {question.text}
                    </label>
                    {textarea}
                    {counter(field, answers[index]!, LIMITS.answer)}
                  </>
                )}
              </li>
            );
          })}
        </ol>
        <div className="feedback-form__field">
          <label htmlFor={`${id}-name`}>{t.clientName}</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="name"
            value={name}
            aria-invalid={tooLong(name, LIMITS.clientName) || undefined}
            aria-describedby={clean(name).length >= LIMITS.clientName * 0.8 ? `${id}-name-count` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          {counter('name', name, LIMITS.clientName)}
        </div>
        <p className={problem ? 'feedback-form__notice feedback-form__notice--error' : 'visually-hidden'} role="alert">
          {problem === 'nothing' ? t.nothingFilled : problem === 'length' ? t.fixLength : problem === 'failed' ? t.encodeFailed : ''}
        </p>
        <SubmitActions submitLabel={t.makeCode} />
      </form>
    </section>
  );
}
