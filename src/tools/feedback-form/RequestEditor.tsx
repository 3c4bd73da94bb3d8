import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { feedbackFormStrings } from './strings/index';
import {
  checkRequest,
  encodeRequest,
  LIMITS,
  localDay,
  type RequestDraft,
  type RequestProblem,
  requestFromDraft,
  STANDARD_KINDS,
} from './feedback-code';
import { CopyField } from './CopyField';
import { PaperForm } from './PaperForm';
import { SubmitActions } from './SubmitActions';

type StandardKind = (typeof STANDARD_KINDS)[number];

function initialDraft(): RequestDraft {
  const t = feedbackFormStrings();
  return {
    subject: '',
    sender: '',
    standard: Object.fromEntries(STANDARD_KINDS.map((kind) => [kind, { include: true, text: t.standardDefault[kind] }])) as RequestDraft['standard'],
    own: [],
  };
}

/** A question is one line; the field wraps so a long question stays readable on a phone. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');
const ignoreEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
  if (event.key === 'Enter') event.preventDefault();
};

/** Which form field a problem belongs to: "subject", "sender", "own-0", "standard-goed". */
function fieldOf(problem: RequestProblem, draft: RequestDraft): string | null {
  if (problem.field === 'subject' || problem.field === 'sender') return problem.field;
  if (problem.field === 'question') {
    if (problem.index < draft.own.length) return `own-${problem.index}`;
    const included = STANDARD_KINDS.filter((kind) => kind === 'gevoel' || draft.standard[kind].include);
    return `standard-${included[problem.index - draft.own.length]}`;
  }
  return null;
}

/** Step 1: the adviser writes the subject, picks and words the questions, and gets a link for the client. */
export function RequestEditor() {
  const t = feedbackFormStrings();
  const id = useId();
  const [draft, setDraft] = useState<RequestDraft>(initialDraft);
  const [submitted, setSubmitted] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [failed, setFailed] = useState(false);
  const linkHeading = useRef<HTMLHeadingElement>(null);

  const request = requestFromDraft(draft, localDay(new Date()));
  const problems = submitted ? checkRequest(request) : [];
  const messages = new Map<string, string>();
  for (const problem of problems) {
    const field = fieldOf(problem, draft);
    if (!field || messages.has(field)) continue;
    if (problem.field === 'subject') messages.set(field, problem.problem === 'empty' ? t.problems.subjectEmpty : t.problems.subjectLong(LIMITS.subject));
    else if (problem.field === 'sender') messages.set(field, t.problems.senderLong(LIMITS.sender));
    else if (problem.field === 'question') {
      const own = field.startsWith('own-');
      messages.set(field, problem.problem === 'too-long' ? t.problems.questionLong(LIMITS.question) : own ? t.problems.ownEmpty : t.problems.questionEmpty);
    }
  }

  // After React has rendered the change (a new field, an error message to read with it).
  const focusSoon = (field: string) => setTimeout(() => document.getElementById(`${id}-${field}`)?.focus(), 0);

  const change = (next: RequestDraft) => {
    setDraft(next);
    if (link) {
      setLink(null);
      setStale(true);
    }
  };
  const setStandard = (kind: StandardKind, value: Partial<{ include: boolean; text: string }>) =>
    change({ ...draft, standard: { ...draft.standard, [kind]: { ...draft.standard[kind], ...value } } });
  const addOwn = (text: string) => {
    if (draft.own.length >= LIMITS.ownQuestions) return;
    change({ ...draft, own: [...draft.own, text] });
    focusSoon(`own-${draft.own.length}`);
  };
  const removeOwn = (index: number) => {
    change({ ...draft, own: draft.own.filter((_, position) => position !== index) });
    focusSoon('add');
  };

  const makeLink = async () => {
    setSubmitted(true);
    setFailed(false);
    const found = checkRequest(request);
    if (found.length > 0) {
      const first = found.map((problem) => fieldOf(problem, draft)).find((field) => field !== null);
      if (first) focusSoon(first);
      return;
    }
    try {
      const code = await encodeRequest(request);
      setLink(`${window.location.origin}${window.location.pathname}#verzoek=${code}`);
      setStale(false);
      requestAnimationFrame(() => linkHeading.current?.focus());
    } catch {
      setFailed(true);
    }
  };

  const describedBy = (field: string, hint?: string) => [hint, messages.has(field) ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: string) =>
    messages.has(field) ? (
      <p id={`${id}-${field}-error`} className="field-error feedback-form__error">
        {messages.get(field)}
      </p>
    ) : null;

  return (
    <>
      <section className="feedback-form-card" aria-labelledby={`${id}-title`} data-print="hide">
        <h2 id={`${id}-title`}>{t.prepareTitle}</h2>
        <p>{t.prepareIntro}</p>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void makeLink();
          }}
        >
          <div className="feedback-form__field">
            <label htmlFor={`${id}-subject`}>{t.subjectLabel}</label>
            <p id={`${id}-subject-hint`} className="feedback-form__hint">
              {t.subjectHint}
            </p>
            {fieldError('subject')}
            <input
              id={`${id}-subject`}
              type="text"
              value={draft.subject}
              aria-invalid={messages.has('subject') || undefined}
              aria-describedby={describedBy('subject', `${id}-subject-hint`)}
              onChange={(event) => change({ ...draft, subject: event.target.value })}
            />
          </div>
          <div className="feedback-form__field">
            <label htmlFor={`${id}-sender`}>{t.senderLabel}</label>
            {fieldError('sender')}
            <input
              id={`${id}-sender`}
              type="text"
              autoComplete="given-name"
              value={draft.sender}
              aria-invalid={messages.has('sender') || undefined}
              aria-describedby={describedBy('sender')}
              onChange={(event) => change({ ...draft, sender: event.target.value })}
            />
          </div>

          <fieldset className="feedback-form__questions">
            <legend>{t.questionsLegend}</legend>
            <p className="feedback-form__hint">{t.questionsHint}</p>

            <div className="feedback-form__own">
              <h3 className="feedback-form__subtitle">{t.ownTitle}</h3>
              <p className="feedback-form__hint">{t.ownHint(LIMITS.ownQuestions)}</p>
              {draft.own.map((text, index) => {
                const field = `own-${index}`;
                return (
                  <div key={index} className="feedback-form__field feedback-form__own-question">
                    <label htmlFor={`${id}-${field}`}>{t.ownLabel(index + 1)}</label>
                    {fieldError(field)}
                    <div className="feedback-form__own-row">
                      <textarea
                        id={`${id}-${field}`}
                        rows={2}
                        value={text}
                        onKeyDown={ignoreEnter}
                        aria-invalid={messages.has(field) || undefined}
                        aria-describedby={describedBy(field)}
                        onChange={(event) =>
                          change({ ...draft, own: draft.own.map((value, position) => (position === index ? oneLine(event.target.value) : value)) })
                        }
                      />
                      <button type="button" className="button button--secondary button--small" aria-label={t.ownRemoveLabel(index + 1)} onClick={() => removeOwn(index)}>
                        {t.ownRemove}
                      </button>
                    </div>
                  </div>
                );
              })}
              {draft.own.length < LIMITS.ownQuestions ? (
                <>
                  <p>
                    <button id={`${id}-add`} type="button" className="button button--secondary" onClick={() => addOwn('')}>
                      {t.ownAdd}
                    </button>
                  </p>
                  {(() => {
                    const ideas = t.ownIdeaList.filter((idea) => !draft.own.includes(idea));
                    return ideas.length === 0 ? null : (
                      <div className="feedback-form__ideas">
                        <p className="feedback-form__hint">{t.ownIdeas}</p>
                        <ul>
                          {ideas.map((idea) => (
                            <li key={idea}>
                              <button type="button" className="button button--link" onClick={() => addOwn(idea)}>
                                {t.ownIdeaAdd(idea)}
                              </button>
                            </li>
                          ))}
                        </ul>
                      </div>
                    );
                  })()}
                </>
              ) : (
                <p id={`${id}-add`} className="feedback-form__hint" tabIndex={-1}>
                  {t.ownFull(LIMITS.ownQuestions)}
                </p>
              )}
            </div>

            {STANDARD_KINDS.map((kind) => {
              const field = `standard-${kind}`;
              const entry = draft.standard[kind];
              const name = t.standardName[kind];
              return (
                <div key={kind} className={`feedback-form__standard${entry.include || kind === 'gevoel' ? '' : ' feedback-form__standard--off'}`}>
                  {kind === 'gevoel' ? (
                    <p className="feedback-form__standard-name">
                      {name} <span className="feedback-form__hint">({t.feelingAlways})</span>
                    </p>
                  ) : (
                    <label className="option-box feedback-form__check">
                      <input type="checkbox" checked={entry.include} onChange={(event) => setStandard(kind, { include: event.target.checked })} />
                      <span>{t.include(name)}</span>
                    </label>
                  )}
                  {(entry.include || kind === 'gevoel') && (
                    <div className="feedback-form__field">
                      <label htmlFor={`${id}-${field}`} className="visually-hidden">
                        {t.questionText(name)}
                      </label>
                      {fieldError(field)}
                      <textarea
                        id={`${id}-${field}`}
                        rows={2}
                        value={entry.text}
                        onKeyDown={ignoreEnter}
                        aria-invalid={messages.has(field) || undefined}
                        aria-describedby={describedBy(field)}
                        onChange={(event) => setStandard(kind, { text: oneLine(event.target.value) })}
                      />
                    </div>
                  )}
                </div>
              );
            })}
          </fieldset>

          <p className="visually-hidden" role="alert">
            {messages.size > 0 ? t.checkTitle(messages.size) : ''}
          </p>
          {failed && (
            <p className="feedback-form__notice feedback-form__notice--error" role="alert">
              {t.encodeFailed}
            </p>
          )}
          {stale && !link && (
            <p className="feedback-form__notice feedback-form__notice--warning" role="status">
              {t.linkStale}
            </p>
          )}
          <SubmitActions submitLabel={t.makeLink}>
            <button type="button" className="button button--secondary" onClick={() => window.print()}>
              {t.printPaper}
            </button>
          </SubmitActions>
        </form>

        {link && (
          <section className="feedback-form-result" aria-labelledby={`${id}-link`}>
            <h3 id={`${id}-link`} ref={linkHeading} tabIndex={-1}>
              {t.linkTitle}
            </h3>
            <p>{t.linkHelp}</p>
            <CopyField label={t.linkLabel} value={link} copyLabel={t.copyLink} copiedMessage={t.copiedLink} testId="request-link">
              <a className="button button--secondary" href={link} target="_blank" rel="noopener">
                {t.openLink}
              </a>
            </CopyField>
            <p className="feedback-form__hint">{t.nextStep}</p>
          </section>
        )}
      </section>
      <PaperForm request={request} />
    </>
  );
}
