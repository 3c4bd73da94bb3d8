import { useId } from 'react';
import { feedbackFormStrings } from './strings/index';
import type { ReceivedFeedback } from './inbox';
import { ConfirmButton } from '../shared/ConfirmButton';
import { formatDay } from '../../lib/format';

interface Props {
  received: ReceivedFeedback[];
  onView: (entry: ReceivedFeedback) => void;
  onRemove: (id: string) => void;
  onRemoveAll: () => void;
}

/** Feedback kept on this device: open it again, or delete one or all (after an inline check). */
export function InboxList({ received, onView, onRemove, onRemoveAll }: Props) {
  const t = feedbackFormStrings().inbox;
  const id = useId();

  return (
    <section className="feedback-form-inbox" aria-labelledby={`${id}-title`} data-print="hide">
      <h2 id={`${id}-title`}>{t.title}</h2>
      {received.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <>
          <ul className="saved-list">
            {received.map((entry) => {
              const date = formatDay(entry.answers.answeredOn);
              return (
                <li key={entry.id} className="saved-list__item spread-row">
                  <span>
                    <strong>{entry.answers.subject}</strong>
                    <span className="feedback-form-inbox__meta">
                      {' '}
                      {t.answered(date)}
                      {entry.answers.clientName && `, ${t.from(entry.answers.clientName)}`}
                    </span>
                  </span>
                  <span className="saved-list__actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t.viewLabel(entry.answers.subject, date)}
                      onClick={() => onView(entry)}
                    >
                      {t.view}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t.removeLabel(entry.answers.subject, date)}
                      onClick={() => onRemove(entry.id)}
                    >
                      {t.remove}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
          <ConfirmButton label={t.removeAll} question={t.removeAllConfirm} confirmLabel={t.removeAllYes} cancelLabel={t.cancel} onConfirm={onRemoveAll} />
        </>
      )}
    </section>
  );
}
