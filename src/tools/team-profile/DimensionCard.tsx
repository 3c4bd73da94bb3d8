import { teamProfileStrings } from './strings/index';
import { agreementLabel, type DimensionProfile } from './team-profile';
import { formatScore } from '../../lib/format';


interface Props {
  dimension: DimensionProfile;
  scaleMin: number;
  scaleMax: number;
  headingLevel: 2 | 3;
  large?: boolean;
}

/**
 * One dimension of the team: a dot per member on the scale (hidden from screen readers),
 * the median, the spread and the agreement in words, and the distribution over the bands
 * as a table. Never which dot is whose.
 */
export function DimensionCard({ dimension, scaleMin, scaleMax, headingLevel, large = false }: Props) {
  const t = teamProfileStrings();
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const x = (value: number) => 4 + ((value - scaleMin) / (scaleMax - scaleMin)) * 92;
  // Dots at the same place stack upwards instead of hiding each other.
  const stacked = new Map<number, number>();
  const dots = dimension.scores.map((score) => {
    const key = Math.round(score * 10);
    const level = stacked.get(key) ?? 0;
    stacked.set(key, level + 1);
    return { cx: x(score), cy: 14 - level * 4.6 };
  });

  return (
    <section className={`team-dimension team-dimension--${dimension.light}${large ? ' team-dimension--large' : ''}`}>
      <Heading className="team-dimension__name">{dimension.name}</Heading>
      <p className="team-dimension__band">
        <span className={`team-light team-light--${dimension.light}`}>
          <span className="team-light__dot" aria-hidden="true" />
          {t.lights[dimension.light]}
        </span>
        <span>{dimension.medianBand.label}</span>
      </p>
      <svg className="team-dimension__plot" viewBox="0 0 100 22" aria-hidden="true" focusable="false">
        {dimension.distribution.map(({ band }, index) => (
          <rect
            key={band.label}
            className={`team-dimension__band-area team-dimension__band-area--${Math.round((index / Math.max(dimension.distribution.length - 1, 1)) * 2)}`}
            x={x(band.from)}
            y="18"
            width={x(band.to) - x(band.from)}
            height="3"
          />
        ))}
        {dots.map((dot, index) => (
          <circle key={index} className="team-dimension__dot" cx={dot.cx} cy={dot.cy} r="2.2" />
        ))}
        <line className="team-dimension__median" x1={x(dimension.median)} x2={x(dimension.median)} y1="0.5" y2="21.5" />
      </svg>
      <p className="team-dimension__legend" aria-hidden="true">
        {t.dotsLabel}
      </p>
      <dl className="team-dimension__facts">
        <div>
          <dt>{t.median}</dt>
          <dd>{t.onScale(formatScore(dimension.median), scaleMin, scaleMax)}</dd>
        </div>
        <div>
          <dt>{t.spread}</dt>
          <dd>{t.spreadValue(formatScore(dimension.min), formatScore(dimension.max))}</dd>
        </div>
        <div>
          <dt>{t.agreement}</dt>
          <dd>{t.agreementLabels[agreementLabel(dimension.agreement)]}</dd>
        </div>
      </dl>
      <table className="team-dimension__table">
        <caption className="visually-hidden">{t.distributionCaption(dimension.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.band}</th>
            <th scope="col">{t.members}</th>
          </tr>
        </thead>
        <tbody>
          {dimension.distribution.map(({ band, count }) => (
            <tr key={band.label}>
              <th scope="row">{band.label}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
