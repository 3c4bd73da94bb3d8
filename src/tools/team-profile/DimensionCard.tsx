import type { CSSProperties } from 'react';
import { formatNumber, formatScore } from '../../lib/format';
import { teamProfileStrings } from './strings/index';
import { AGREEMENT_CUTOFF } from './agreement';
import { MAX_SHOWN_AGREEMENT, MIN_DISTRIBUTION_GROUP } from './privacy';
import type { DimensionProfile } from './team-profile';
import { bandShade } from '../assessment/scoring';

const number = (value: number) => formatScore(value);
const index = (value: number) => formatNumber(value, { min: 2, max: 2 });
/** An agreement index as shown: from the cap, as rounded, "0,90 of hoger" (privacy.ts MAX_SHOWN_AGREEMENT). */
const agreementValue = (value: number, atLeast: (value: string) => string) => (Math.round(value * 100) / 100 >= MAX_SHOWN_AGREEMENT ? atLeast(index(MAX_SHOWN_AGREEMENT)) : index(value));

interface Props {
  dimension: DimensionProfile;
  headingLevel: 2 | 3;
  large?: boolean;
}

/**
 * One dimension of the team: the band the median falls in (on the border of two, as on the
 * result screen) and the scale with its bands (hidden from screen readers). From
 * MIN_DISTRIBUTION_GROUP members also the median as a number and a line on the scale, the
 * spread as a range of bands and how many members fall in each (merged) band, and for a
 * dimension about the team r_wg(J) with its reading (or why it cannot be computed); below it the median's
 * band is outlined on the scale and one sentence says why there is no more. Never a mark
 * per person.
 */
export function DimensionCard({ dimension, headingLevel, large = false }: Props) {
  const t = teamProfileStrings();
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const { min, max } = dimension.range;
  const x = (value: number) => 4 + ((value - min) / (max - min)) * 92;
  const most = Math.max(...dimension.distribution.map((entry) => entry.count), 1);
  const { median } = dimension;

  return (
    <section className={`team-dimension${large ? ' team-dimension--large' : ''}`} data-dimension={dimension.id}>
      <Heading className="team-dimension__name">{dimension.name}</Heading>
      <p className="team-dimension__band">
        <span className={`team-tone team-tone--${dimension.tone}`} aria-hidden="true" />
        <span>{dimension.medianBorder ? t.border(dimension.medianBorder.lower.label, dimension.medianBorder.upper.label) : dimension.medianBand.label}</span>
      </p>
      <svg className="team-dimension__plot" viewBox="0 0 100 12" aria-hidden="true" focusable="false">
        {dimension.bands.map((band, index) => (
          <rect
            key={band.label}
            className={`team-dimension__band-area team-dimension__band-area--${dimension.kind === 'balance' ? 'neutral' : bandShade(index, dimension.bands.length)}${median === undefined && index === dimension.medianBandIndex ? ' team-dimension__band-area--median' : ''}`}
            x={x(band.from)}
            y="5"
            width={x(band.to) - x(band.from)}
            height="4"
          />
        ))}
        {median !== undefined && <line className="team-dimension__median" x1={x(median)} x2={x(median)} y1="0.5" y2="11.5" />}
      </svg>
      <p className="team-dimension__legend" aria-hidden="true">
        {median !== undefined ? t.medianLabel : t.medianBandLabel}
      </p>
      <dl className="team-dimension__facts">
        <div>
          <dt>{t.median}</dt>
          <dd>{median !== undefined ? t.onScale(number(median), min, max) : t.medianInBand(dimension.medianBand.label, MIN_DISTRIBUTION_GROUP)}</dd>
        </div>
        {dimension.distributionShown && (
          <div>
            <dt>{t.spread}</dt>
            <dd>{t.spreadValue(dimension.spread.from.label, dimension.spread.to.label)}</dd>
          </div>
        )}
        {dimension.agreement && (
          <div>
            <dt>{t.agreement}</dt>
            <dd data-agreement={dimension.agreement.level}>
              {t.agreementLabels[dimension.agreement.level](index(AGREEMENT_CUTOFF))}
              <span className="team-dimension__index">
                {t.agreementIndex(agreementValue(dimension.agreement.index, t.atLeast), dimension.agreement.skewIndex === undefined ? undefined : agreementValue(dimension.agreement.skewIndex, t.atLeast))}
              </span>
            </dd>
          </div>
        )}
        {dimension.agreementMissing && (
          <div>
            <dt>{t.agreement}</dt>
            <dd data-agreement="missing">{t.agreementMissing}</dd>
          </div>
        )}
      </dl>
      {dimension.distributionShown ? (
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
                <td>
                  <span className="team-dimension__bar" style={{ '--share': count / most } as CSSProperties} aria-hidden="true" />
                  {count}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="team-dimension__hidden">{t.distributionHidden(MIN_DISTRIBUTION_GROUP)}</p>
      )}
    </section>
  );
}
