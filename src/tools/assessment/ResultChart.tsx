import { assessmentStrings } from './strings/index';
import type { Band } from './model';
import { formatScore } from '../../lib/format';

interface ChartRow {
  id: string;
  name: string;
  score: number | null;
  bandLabel: string;
  /** The row's own range: the scale, or −4 … +4 for a balance dimension. */
  min: number;
  max: number;
}

interface Props {
  rows: ChartRow[];
  bands: Band[][];
}

/**
 * One bar per dimension: the scale from left to right, shaded by band, with a marker at the
 * score. The picture is hidden from screen readers; the table next to it says the same.
 */
export function ResultChart({ rows, bands }: Props) {
  const t = assessmentStrings();
  return (
    <figure className="result-chart">
      <figcaption className="result-chart__caption">{t.chartCaption}</figcaption>
      <div className="result-chart__rows" aria-hidden="true">
        {rows.map((row, index) => {
          const x = (value: number) => ((value - row.min) / (row.max - row.min)) * 100;
          return (
          <div className="result-chart__row" key={row.id}>
            <span className="result-chart__name">{row.name}</span>
            <svg className="result-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              {(bands[index] ?? []).map((band, bandIndex, all) => (
                <rect
                  key={band.label}
                  className={`result-chart__band result-chart__band--${Math.round((bandIndex / Math.max(all.length - 1, 1)) * 2)}`}
                  x={x(band.from)}
                  y="2"
                  width={x(band.to) - x(band.from)}
                  height="6"
                />
              ))}
              {row.score !== null && <rect className="result-chart__marker" x={Math.min(Math.max(x(row.score) - 1, 0), 98)} y="0" width="2" height="10" />}
            </svg>
            <span className="result-chart__band-label">{row.bandLabel}</span>
          </div>
          );
        })}
      </div>
      <p className="result-chart__legend" aria-hidden="true">
        {t.bandScale}
      </p>
      <table className="visually-hidden">
        <caption>{t.chartCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.tableDimension}</th>
            <th scope="col">{t.tableBand}</th>
            <th scope="col">{t.tableScore}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td>{row.bandLabel}</td>
              <td>{row.score === null ? t.notEnoughAnswers : t.scoreOnScale(formatScore(row.score), row.min, row.max)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
