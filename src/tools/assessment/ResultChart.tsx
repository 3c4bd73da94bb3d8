import { assessmentStrings } from './strings/index';
import type { Band } from './model';
import { formatScore } from '../../lib/format';
import { bandShade } from './scoring';

interface ChartRow {
  id: string;
  name: string;
  score: number | null;
  bandLabel: string;
  /** The row's own range: the scale's. */
  min: number;
  max: number;
  /** The dimension's bands, shaded along the bar (none for a result of an older version). */
  bands: Band[];
}

/** The dimensions of one answer scale; `caption` names the scale when a result has more than one. */
export interface ChartGroup {
  caption: string | undefined;
  rows: ChartRow[];
}

interface Props {
  groups: ChartGroup[];
}

/**
 * One bar per dimension: the scale from left to right, shaded by band, with a marker at the
 * score. Dimensions on another answer scale form a block of their own under a caption, so the
 * bars are never read as one ranking across scales. The picture is hidden from screen readers;
 * the table next to it says the same, block by block.
 */
export function ResultChart({ groups }: Props) {
  const t = assessmentStrings();
  return (
    <figure className="result-chart">
      <figcaption className="result-chart__caption">{t.chartCaption}</figcaption>
      {groups.map((group, groupIndex) => (
        <div className="result-chart__group" key={groupIndex} aria-hidden="true">
          {group.caption && <p className="result-chart__group-caption">{group.caption}</p>}
          <div className="result-chart__rows">
            {group.rows.map((row) => {
              const x = (value: number) => ((value - row.min) / (row.max - row.min)) * 100;
              return (
                <div className="result-chart__row" key={row.id}>
                  <span className="result-chart__name">{row.name}</span>
                  <svg className="result-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                    {row.bands.map((band, bandIndex, all) => (
                      <rect
                        key={band.label}
                        className={`result-chart__band result-chart__band--${bandShade(bandIndex, all.length)}`}
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
        </div>
      ))}
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
        {groups.map((group, groupIndex) => (
          <tbody key={groupIndex}>
            {group.caption && (
              <tr>
                <th scope="rowgroup" colSpan={3}>
                  {group.caption}
                </th>
              </tr>
            )}
            {group.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>{row.bandLabel}</td>
                <td>{row.score === null ? t.notEnoughAnswers : t.scoreOnScale(formatScore(row.score), row.min, row.max)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </figure>
  );
}
