import { useId, useState } from 'react';
import { assessmentStrings } from './strings/index';
import { type Attempt, compareAttempts } from './history';
import { ConfirmButton } from '../shared/ConfirmButton';
import { formatDay, formatScore, formatSigned } from '../../lib/format';
import { JsonFilePicker } from '../shared/JsonFilePicker';

interface Props {
  attempts: Attempt[];
  currentVersion: number;
  /** Per dimension: a difference must be larger than this to count as a change. */
  thresholds: Record<string, number>;
  /** Balance dimensions: their change reads "meer naar bieden / vragen". */
  balanceIds: string[];
  onView: (attemptId: string) => void;
  onRemove: (attemptId: string) => void;
  onRemoveAll: () => void;
  onImport: (text: string) => void;
}

/** Every completed attempt on this device: view, compare the latest with an earlier one, delete, import. */
export function HistoryPanel({ attempts, currentVersion, thresholds, balanceIds, onView, onRemove, onRemoveAll, onImport }: Props) {
  const t = assessmentStrings().history;
  const compareId = useId();
  const newestFirst = [...attempts].sort((a, b) => b.completedAt.localeCompare(a.completedAt));
  const latest = newestFirst[0];
  const earlierOptions = newestFirst.slice(1);
  const [earlierId, setEarlierId] = useState<string | undefined>(undefined);
  const earlier = earlierOptions.find((attempt) => attempt.id === earlierId) ?? earlierOptions[0];

  const readFile = (file: File | undefined) => {
    if (!file) return;
    file.text().then(onImport, () => onImport(''));
  };

  return (
    <section className="history" aria-labelledby="history-title" data-print="hide">
      <h2 id="history-title">{t.title}</h2>
      {newestFirst.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul className="history__list">
          {newestFirst.map((attempt) => {
            const date = formatDay(attempt.completedAt);
            return (
              <li key={attempt.id} className="history__item">
                <span>
                  {date}
                  {attempt.version !== currentVersion && <span className="history__version"> ({t.version(attempt.version)})</span>}
                </span>
                <span className="history__actions">
                  <button type="button" className="button button--secondary button--small" aria-label={t.viewLabel(date)} onClick={() => onView(attempt.id)}>
                    {t.view}
                  </button>
                  <button type="button" className="button button--secondary button--small" aria-label={t.removeLabel(date)} onClick={() => onRemove(attempt.id)}>
                    {t.remove}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}

      {latest && earlier && (
        <div className="history__compare">
          <h3>{t.compareTitle}</h3>
          <label htmlFor={compareId}>{t.compareWith}</label>
          <select id={compareId} value={earlier.id} onChange={(event) => setEarlierId(event.target.value)}>
            {earlierOptions.map((attempt) => (
              <option key={attempt.id} value={attempt.id}>
                {formatDay(attempt.completedAt)}
                {attempt.version !== currentVersion ? ` (${t.version(attempt.version)})` : ''}
              </option>
            ))}
          </select>
          <table className="history__table">
            <thead>
              <tr>
                <th scope="col">{assessmentStrings().tableDimension}</th>
                <th scope="col">
                  {t.earlier} <span className="history__date">({formatDay(earlier.completedAt)})</span>
                </th>
                <th scope="col">
                  {t.later} <span className="history__date">({formatDay(latest.completedAt)})</span>
                </th>
                <th scope="col">{t.change}</th>
              </tr>
            </thead>
            <tbody>
              {compareAttempts(earlier, latest, thresholds).map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <td>{describe(row.earlier)}</td>
                  <td>{describe(row.later)}</td>
                  <td className={`history__change history__change--${row.change}`}>{(balanceIds.includes(row.id) ? t.balanceChanges : t.changes)[row.change]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="history__rule">{earlier.version === latest.version ? t.changeRule : t.otherVersion}</p>
        </div>
      )}

      <div className="history__footer">
        <JsonFilePicker label={t.importLabel} onFile={readFile} />
        {newestFirst.length > 0 && (
          <ConfirmButton
            label={t.removeAll}
            question={t.removeAllConfirm}
            confirmLabel={t.removeAllYes}
            cancelLabel={assessmentStrings().cancel}
            onConfirm={onRemoveAll}
          />
        )}
      </div>
    </section>
  );
}

function describe(dimension: { score: number | null; band: string | null; sides?: unknown[] } | undefined): string {
  if (!dimension) return '–';
  if (dimension.score === null) return assessmentStrings().notEnoughAnswers;
  return `${dimension.band ?? ''} (${dimension.sides ? formatSigned(dimension.score) : formatScore(dimension.score)})`;
}
