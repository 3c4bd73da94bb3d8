/**
 * The client-feedback island. The page address decides who is looking:
 *   no "#"                  the adviser: make a request, or read answers
 *   #verzoek=<code>         the client: answer the adviser's questions, get an answer code
 *   #antwoord=<code>        the adviser, opening the client's answers from a mail
 * Codes: feedback-code.ts. Nothing leaves the browser.
 */
import { useEffect, useId, useRef, useState } from 'react';
import './feedback-form.css';
import { feedbackFormStrings } from './strings/index';
import { type CodeError, decodeRequest, type FeedbackRequest } from './feedback-code';
import { AnswerReader } from './AnswerReader';
import { ClientForm } from './ClientForm';
import { RequestEditor } from './RequestEditor';

type Tab = 'prepare' | 'read';

type View =
  | { kind: 'loading' }
  | { kind: 'adviser'; tab: Tab; answerCode: string | null }
  | { kind: 'client'; request: FeedbackRequest; code: string }
  | { kind: 'link-error'; error: CodeError };

export default function FeedbackForm() {
  const t = feedbackFormStrings();
  const id = useId();
  const [view, setView] = useState<View>({ kind: 'loading' });
  const latest = useRef(0);

  useEffect(() => {
    const readAddress = async () => {
      const ticket = ++latest.current;
      const params = new URLSearchParams(window.location.hash.slice(1));
      const requestCode = params.get('verzoek');
      const answerCode = params.get('antwoord');
      if (requestCode !== null) {
        const decoded = await decodeRequest(requestCode);
        // A newer address may have arrived while this one was being unpacked.
        if (ticket !== latest.current) return;
        setView(decoded.ok ? { kind: 'client', request: decoded.value, code: decoded.code } : { kind: 'link-error', error: decoded.error });
      } else if (answerCode !== null) {
        setView({ kind: 'adviser', tab: 'read', answerCode });
      } else {
        setView((current) => (current.kind === 'adviser' ? current : { kind: 'adviser', tab: 'prepare', answerCode: null }));
      }
    };
    void readAddress();
    const onHashChange = () => void readAddress();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const clearAddress = () => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  };

  if (view.kind === 'loading') {
    return (
      <div className="feedback-form tool-island">
        <p className="feedback-form__loading">{t.loading}</p>
      </div>
    );
  }

  if (view.kind === 'client') {
    return (
      <div className="feedback-form tool-island" data-ready="true">
        <ClientForm key={view.code} request={view.request} />
      </div>
    );
  }

  if (view.kind === 'link-error') {
    return (
      <div className="feedback-form tool-island" data-ready="true">
        <div className="feedback-form__notice feedback-form__notice--error" role="alert">
          <p>
            <strong>{t.linkInvalid}</strong> {t.errors.request[view.error]}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              clearAddress();
              setView({ kind: 'adviser', tab: 'prepare', answerCode: null });
            }}
          >
            {t.toAdviser}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="feedback-form tool-island" data-ready="true">
      <fieldset className="feedback-form__mode" data-print="hide">
        <legend>{t.modeLegend}</legend>
        {(['prepare', 'read'] as const).map((tab) => (
          <label key={tab} className="option-box feedback-form__mode-option">
            <input
              type="radio"
              name={`${id}-mode`}
              value={tab}
              checked={view.tab === tab}
              onChange={() => {
                if (tab === 'prepare') clearAddress();
                setView({ kind: 'adviser', tab, answerCode: tab === 'read' ? view.answerCode : null });
              }}
            />
            <span>{tab === 'prepare' ? t.modePrepare : t.modeRead}</span>
          </label>
        ))}
      </fieldset>
      {/* Both stay mounted, so switching back and forth keeps what the adviser typed. */}
      <div hidden={view.tab !== 'prepare'}>
        <RequestEditor />
      </div>
      <div hidden={view.tab !== 'read'}>
        <AnswerReader initialCode={view.answerCode} />
      </div>
    </div>
  );
}
