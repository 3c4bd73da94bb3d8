import { useId, useState } from 'react';
import { assessmentStrings } from './strings/index';
import { type Attempt, compareAttempts } from './history';
import { ConfirmButton } from '../shared/ConfirmButton';
import { formatDay, formatScore, formatTime } from '../../lib/format';
import type { Assessment } from './model';
import { changeRules } from './reliable-change';
import { shownScore } from './score-display';
import { answeredWeights, type AnswerPrecision, answerPrecision, bandOf } from './scoring';
import { groupByScale } from './scale-groups';
import { JsonFilePicker } from '../shared/JsonFilePicker';

interface Props {
  attempts: Attempt[];
  /** The assessment on this page: today's names and bands for attempts of its version. */
  assessment: Pick<Assessment, 'id' | 'version' | 'dimensions' | 'items' | 'scale' | 'minAnswered'>;
  onView: (attemptId: string) => void;
  onRemove: (attemptId: string) => void;
  onRemoveAll: () => void;
  onImport: (text: string) => void;
}

/** Every completed attempt on this device: view, compare the latest with an earlier one, delete, import. */
export function HistoryPanel({ attempts, assessment, onView, onRemove, onRemoveAll, onImport }: Props) {
  const t = assessmentStrings().history;
  const currentVersion = assessment.version;
  // Two attempts on the same day are told apart by their time.
  const days = attemptsPerDay(attempts);
  const when = (completedAt: string) => {
    const day = formatDay(completedAt);
    return (days.get(day) ?? 0) > 1 ? `${day}, ${formatTime(completedAt)}` : day;
  };
  // An attempt of the current version reads in this page's words: names and bands by id.
  const describe = (attempt: Attempt, id: string) =>
    describeDimension(
      attempt.dimensions.find((dimension) => dimension.id === id),
      attempt.version === currentVersion ? assessment.dimensions.find((dimension) => dimension.id === id) : undefined,
      answerPrecision(answeredWeights(assessment, id, attempt.answers)),
    );
  const nameOf = (id: string, fallback: string, version: number) => (version === currentVersion ? (assessment.dimensions.find((dimension) => dimension.id === id)?.name ?? fallback) : fallback);
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
        <ul className="saved-list">
          {newestFirst.map((attempt) => {
            const date = when(attempt.completedAt);
            return (
              <li key={attempt.id} className="saved-list__item spread-row">
                <span>
                  {date}
                  {attempt.version !== currentVersion && <span className="history__version"> ({t.version(attempt.version)})</span>}
                </span>
                <span className="saved-list__actions">
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
                {when(attempt.completedAt)}
                {attempt.version !== currentVersion ? ` (${t.version(attempt.version)})` : ''}
              </option>
            ))}
          </select>
          {/* Four columns do not fit 320 px: the table scrolls in its own region, not the page. */}
          {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex -- a scrollable region must take focus (WCAG 2.1.1) */}
          <section className="table-scroll" aria-label={t.compareTitle} tabIndex={0}>
            <table className="history__table">
              <thead>
                <tr>
                  <th scope="col">{assessmentStrings().tableDimension}</th>
                  <th scope="col">
                    {t.earlier} <span className="history__date">({when(earlier.completedAt)})</span>
                  </th>
                  <th scope="col">
                    {t.later} <span className="history__date">({when(latest.completedAt)})</span>
                  </th>
                  <th scope="col">{t.change}</th>
                </tr>
              </thead>
              {/* One row group per answer scale, as on the result: scales are not ranked together. */}
              {groupByScale(assessment, compareAttempts(earlier, latest, changeRules(assessment, earlier.answers, latest.answers)), (row) => assessment.dimensions.find((dimension) => dimension.id === row.id)).map((group, index, groups) => (
                <tbody key={index} data-scale={group.scale.kind}>
                  {groups.length > 1 && (
                    <tr>
                      <th scope="rowgroup" colSpan={4} className="history__scale-group">
                        <span>{assessmentStrings().scaleGroup(group.scale.kind, group.scale.points[0]!.label, group.scale.points.at(-1)!.label, index > 0)}</span>
                      </th>
                    </tr>
                  )}
                  {group.rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{nameOf(row.id, row.name, latest.version)}</th>
                      <td>{describe(earlier, row.id)}</td>
                      <td>{describe(latest, row.id)}</td>
                      <td className={`history__change history__change--${row.change}`}>{t.changes[row.change]}</td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </section>
          <p className="history__rule">{earlier.version === latest.version ? t.changeRule : t.otherVersion}</p>
        </div>
      )}

      <div className="history__footer spread-row">
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

function attemptsPerDay(attempts: readonly Attempt[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const attempt of attempts) {
    const day = formatDay(attempt.completedAt);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

/** A dimension of an attempt as "Sterk punt (3,5)": band and number as the result screen shows them (scoring.ts `bandOf`). */
function describeDimension(dimension: Attempt['dimensions'][number] | undefined, current: Assessment['dimensions'][number] | undefined, precision: AnswerPrecision): string {
  const t = assessmentStrings();
  if (!dimension) return '–';
  if (dimension.score === null) return t.notEnoughAnswers;
  const placement = current ? bandOf(dimension.score, current, undefined, precision) : undefined;
  const shown = placement?.shown ?? shownScore(dimension.score);
  const band = placement ? (placement.border ? t.border(placement.border.lower.label, placement.border.upper.label) : placement.band.label) : (dimension.band ?? t.noBandInVersion);
  return `${band} (${formatScore(shown)})`;
}
