import { StorageNotice } from '../shared/StorageNotice';
import { useDeviceStorage } from '../shared/useStoredState';
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { feedbackFormStrings } from './strings/index';
import { type CodeError, type Decoded, decodeAnswers, type FeedbackAnswers } from './feedback-code';
import { addReceived, emptyInbox, type Inbox, loadInbox, receivedId, removeReceived, saveInbox } from './inbox';
import { AnswersView } from './AnswersView';
import { InboxList } from './InboxList';
import { SubmitActions } from './SubmitActions';

interface Shown {
  answers: FeedbackAnswers;
  /** The answer code, or null when opened from the list on this device. */
  code: string | null;
}

interface Props {
  /** A code from the page address (#antwoord=…), shown straight away. */
  initialCode: string | null;
}

/** Step 3: the adviser pastes the answer code, reads the answers, prints or keeps them. */
export function AnswerReader({ initialCode }: Props) {
  const t = feedbackFormStrings();
  const id = useId();
  const [input, setInput] = useState(initialCode ?? '');
  const [error, setError] = useState<CodeError | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [inbox, setInbox] = useState<Inbox>(emptyInbox);
  const [notice, setNotice] = useState('');
  const answersHeading = useRef<HTMLHeadingElement>(null);

  const stored = useDeviceStorage(loadInbox, setInbox);
  const canSave = stored.canWrite;

  const showDecoded = (decoded: Decoded<FeedbackAnswers>, moveFocus: boolean) => {
    setNotice('');
    if (!decoded.ok) {
      setError(decoded.error);
      setShown(null);
      return;
    }
    setError(null);
    setShown({ answers: decoded.value, code: decoded.code });
    if (moveFocus) requestAnimationFrame(() => answersHeading.current?.focus());
  };
  const show = async (text: string, moveFocus: boolean) => showDecoded(await decodeAnswers(text), moveFocus);

  // A new code in the address replaces the field's text during render (React's pattern for
  // state that follows a prop), and is then decoded, which is asynchronous.
  const [addressCode, setAddressCode] = useState(initialCode);
  if (initialCode !== addressCode) {
    setAddressCode(initialCode);
    if (initialCode !== null) setInput(initialCode);
  }
  const showFromAddress = useEffectEvent((decoded: Decoded<FeedbackAnswers>) => showDecoded(decoded, false));
  useEffect(() => {
    if (initialCode === null) return;
    // A newer code may arrive while this one is being unpacked; only the newest is shown.
    let newest = true;
    void decodeAnswers(initialCode).then((decoded) => {
      if (newest) showFromAddress(decoded);
    });
    return () => {
      newest = false;
    };
  }, [initialCode]);

  const persist = (next: Inbox): boolean => {
    setInbox(next);
    return stored.save((storage) => saveInbox(storage, next));
  };

  const save = () => {
    if (!shown?.code) return;
    const added = addReceived(inbox, shown.code, shown.answers, new Date());
    if (!added.added) setNotice(t.alreadySaved);
    else if (persist(added.inbox)) setNotice(t.saved);
  };

  const isSaved = shown !== null && (shown.code === null || inbox.received.some((entry) => entry.id === receivedId(shown.code!)));

  return (
    <>
      <StorageNotice problem={stored.problem} messages={t.storage} block="feedback-form" />
      <section className="feedback-form-card" aria-labelledby={`${id}-title`} data-print="hide">
        <h2 id={`${id}-title`}>{t.readTitle}</h2>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void show(input, true);
          }}
        >
          <div className="feedback-form__field">
            <label htmlFor={`${id}-code`}>{t.codeInputLabel}</label>
            <p id={`${id}-code-hint`} className="feedback-form__hint">
              {t.codeInputHint}
            </p>
            <textarea
              id={`${id}-code`}
              className="feedback-form__code-input"
              rows={4}
              spellCheck={false}
              value={input}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-code-hint${error ? ` ${id}-code-error` : ''}`}
              onChange={(event) => setInput(event.target.value)}
            />
          </div>
          <div id={`${id}-code-error`} role="alert">
            {error && (
              <div className="feedback-form__notice feedback-form__notice--error">
                <p>{t.errors.answers[error]}</p>
              </div>
            )}
          </div>
          <SubmitActions submitLabel={t.show} />
        </form>
      </section>

      {shown && (
        <section className="feedback-form-card feedback-form-card--answers" aria-labelledby={`${id}-answers`}>
          <AnswersView answers={shown.answers} titleId={`${id}-answers`} headingRef={answersHeading} />
          <div className="feedback-form__actions" data-print="hide">
            <button type="button" className="button" onClick={() => window.print()}>
              {t.printAnswers}
            </button>
            {canSave && !isSaved && (
              <button type="button" className="button button--secondary" onClick={save}>
                {t.save}
              </button>
            )}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setShown(null);
                setNotice('');
                document.getElementById(`${id}-code`)?.focus();
              }}
            >
              {t.close}
            </button>
          </div>
        </section>
      )}

      <p className="feedback-form__status" role="status" data-print="hide">
        {notice}
      </p>

      <InboxList
        received={inbox.received}
        onView={(entry) => {
          setError(null);
          setNotice('');
          setShown({ answers: entry.answers, code: null });
          requestAnimationFrame(() => answersHeading.current?.focus());
        }}
        onRemove={(entryId) => {
          persist(removeReceived(inbox, entryId));
          setNotice(t.inbox.removed);
        }}
        onRemoveAll={() => {
          persist({ ...inbox, received: [] });
          setNotice(t.inbox.removedAll);
        }}
      />
    </>
  );
}
