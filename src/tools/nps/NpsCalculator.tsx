/**
 * The NPS calculator island: counts per score or pasted scores in, the score with its
 * distribution and a small-sample caution out. Logic: nps.ts.
 */
import { useId, useState } from 'react';
import './nps.css';
import { npsStrings } from './strings/index';
import { calculateNps, emptyCounts, parseScores, SCORES, SMALL_SAMPLE } from './nps';
import { formatNumber } from '../../lib/format';

type Mode = 'counts' | 'paste';

const format = (value: number, digits = 0) => formatNumber(value, { max: digits });
const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${format(Math.abs(Math.round(value)))}`;
const percent = (share: number) => `${format(share * 100)}%`;

export default function NpsCalculator() {
  const t = npsStrings();
  const id = useId();
  const [mode, setMode] = useState<Mode>('counts');
  const [counts, setCounts] = useState<string[]>(() => emptyCounts().map(() => ''));
  const [pasted, setPasted] = useState('');

  const parsed = mode === 'paste' ? parseScores(pasted) : undefined;
  const numericCounts = parsed ? parsed.counts : counts.map((value) => (/^\d+$/.test(value.trim()) ? Number(value) : 0));
  const result = calculateNps(numericCounts);

  const groups = [
    { key: 'detractors', scores: SCORES.slice(0, 7) },
    { key: 'passives', scores: SCORES.slice(7, 9) },
    { key: 'promoters', scores: SCORES.slice(9) },
  ] as const;

  return (
    <div className="nps">
      <fieldset className="nps__mode">
        <legend>{t.modeLegend}</legend>
        {(['counts', 'paste'] as const).map((value) => (
          <label key={value} className="option-box nps__mode-option">
            <input type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} />
            <span>{value === 'counts' ? t.modeCounts : t.modePaste}</span>
          </label>
        ))}
      </fieldset>

      {mode === 'counts' ? (
        <fieldset className="nps__counts">
          <legend>{t.countsLegend}</legend>
          {groups.map((group) => (
            <div key={group.key} className={`nps__group nps__group--${group.key}`}>
              <p className="nps__group-title" aria-hidden="true">
                {t.groups[group.key]}
              </p>
              <div className="nps__inputs">
                {group.scores.map((score) => (
                  <label key={score} className="nps__count">
                    <span className="nps__count-label" aria-hidden="true">
                      {score}
                    </span>
                    <input
                      type="number"
                      inputMode="numeric"
                      min={0}
                      step={1}
                      value={counts[score]}
                      aria-label={t.scoreLabel(score)}
                      onChange={(event) => setCounts(counts.map((value, index) => (index === score ? event.target.value : value)))}
                    />
                  </label>
                ))}
              </div>
            </div>
          ))}
        </fieldset>
      ) : (
        <div className="nps__paste">
          <label htmlFor={`${id}-paste`}>{t.pasteLabel}</label>
          <p id={`${id}-paste-help`} className="nps__help">
            {t.pasteHelp}
          </p>
          <textarea
            id={`${id}-paste`}
            rows={8}
            value={pasted}
            aria-describedby={`${id}-paste-help ${id}-problems`}
            onChange={(event) => setPasted(event.target.value)}
          />
          <div id={`${id}-problems`} aria-live="polite">
            {parsed && parsed.problems.length > 0 && (
              <div className="nps__problems">
                <p>{t.problemsTitle(parsed.problems.length)}</p>
                <ul>
                  {parsed.problems.slice(0, 20).map((problem, index) => (
                    <li key={`${problem.line}-${index}`}>{t.problem(problem.line, problem.value)}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </div>
      )}

      <section className="nps__result" aria-labelledby={`${id}-result`}>
        <h2 id={`${id}-result`}>{t.resultTitle}</h2>
        <p className="visually-hidden" aria-live="polite">
          {result ? t.summary(signed(result.nps), result.total) : ''}
        </p>
        {!result ? (
          <p className="nps__empty">{t.empty}</p>
        ) : (
          <>
            <p className="nps__score" aria-hidden="true">
              <span className="nps__score-label">{t.score}</span>
              <span className="nps__score-value" data-testid="nps-score">
                {signed(result.nps)}
              </span>
              <span className="nps__score-scale">{t.scale}</span>
            </p>
            <svg className="nps__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect className="nps__bar-detractors" x="0" y="0" height="8" width={result.detractorShare * 100} />
              <rect className="nps__bar-passives" x={result.detractorShare * 100} y="0" height="8" width={result.passiveShare * 100} />
              <rect
                className="nps__bar-promoters"
                x={(result.detractorShare + result.passiveShare) * 100}
                y="0"
                height="8"
                width={result.promoterShare * 100}
              />
            </svg>
            <table className="nps__table">
              <caption>{t.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.group}</th>
                  <th scope="col">{t.count}</th>
                  <th scope="col">{t.share}</th>
                </tr>
              </thead>
              <tbody>
                {(
                  [
                    ['promoters', result.promoters, result.promoterShare],
                    ['passives', result.passives, result.passiveShare],
                    ['detractors', result.detractors, result.detractorShare],
                  ] as const
                ).map(([key, count, share]) => (
                  <tr key={key}>
                    <th scope="row">
                      <span className={`nps__swatch nps__swatch--${key}`} aria-hidden="true" />
                      {t[key]}
                    </th>
                    <td>{count}</td>
                    <td>{percent(share)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t.total}</th>
                  <td>{result.total}</td>
                  <td>100%</td>
                </tr>
              </tbody>
            </table>
            {result.total < SMALL_SAMPLE && (
              <p className="nps__caution" role="note">
                {t.caution(result.total, format(result.swingPerAnswer, 1))}
              </p>
            )}
            <p data-print="hide">
              <button type="button" className="button button--secondary" onClick={() => window.print()}>
                {t.print}
              </button>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
