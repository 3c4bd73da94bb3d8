/**
 * What the group analysis and the pooled summaries show alike: an item set's name, α with
 * its confidence interval, and numbers in the page's format.
 */
import { formatNumber } from '../../lib/format';
import type { AlphaInterval, AnalysisAssessment } from './group-analysis';

export const decimals = (value: number | null, none: string) => (value === null ? none : formatNumber(value, { min: 2, max: 2 }));
export const percent = (share: number) => `${formatNumber(share * 100, { min: 0, max: 0 })}%`;

/** A set's name: its dimension's, with the side of a balance. */
export function setName(set: { dimensionId: string; side?: string }, assessment: Pick<AnalysisAssessment, 'dimensions'>, side: (dimension: string, side: string) => string): string {
  const dimension = assessment.dimensions.find((candidate) => candidate.id === set.dimensionId);
  const name = dimension?.name ?? set.dimensionId;
  const sideName = dimension?.sides?.find((candidate) => candidate.id === set.side)?.name;
  return sideName ? side(name, sideName) : name;
}

interface Props {
  alpha: number | null;
  interval: AlphaInterval | null;
  strings: { alpha: string; alphaNone: string; none: string; alphaInterval: (lower: string, upper: string) => string };
  /** Test ids of the figure and its interval. */
  testId: string;
}

export function AlphaFigure({ alpha, interval, strings: t, testId }: Props) {
  return (
    <p className="group-analysis__alpha">
      <span className="group-analysis__alpha-label">{t.alpha}</span> <strong data-testid={testId}>{decimals(alpha, t.alphaNone)}</strong>
      {interval && (
        <span className="group-analysis__interval" data-testid={`${testId}-interval`}>
          {t.alphaInterval(decimals(interval.lower, t.none), decimals(interval.upper, t.none))}
        </span>
      )}
    </p>
  );
}
