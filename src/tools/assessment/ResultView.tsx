import { assessmentStrings } from './strings/index';
import type { Assessment } from './model';
import { bandFor, scaleRange } from './scoring';
import { withBase } from '../../lib/urls';
import { formatScore } from '../../lib/format';
import { ResultChart } from './ResultChart';

export interface ResultDimension {
  id: string;
  name: string;
  score: number | null;
}

interface Props {
  assessment: Assessment;
  dimensions: ResultDimension[];
  /** Only results of the current version get meanings and next steps from today's content. */
  sameVersion: boolean;
  /** Band labels stored with an older attempt, by dimension id. */
  storedBands?: Record<string, string | null>;
  base: string;
  headingLevel: 2 | 3;
  /** Open next steps in a new tab (in an embed, so the learning platform stays open). */
  newTab?: boolean;
}

export function ResultView({ assessment, dimensions, sameVersion, storedBands = {}, base, headingLevel, newTab = false }: Props) {
  const t = assessmentStrings();
  const { min, max } = scaleRange(assessment.scale);
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const dimensionById = new Map(assessment.dimensions.map((dimension) => [dimension.id, dimension]));

  const rows = dimensions.map((result) => {
    const dimension = sameVersion ? dimensionById.get(result.id) : undefined;
    const band = dimension && result.score !== null ? bandFor(dimension.bands, result.score) : undefined;
    return { result, dimension, band, bandLabel: band?.label ?? storedBands[result.id] ?? t.notEnoughAnswers };
  });

  return (
    <div className="result">
      <ResultChart
        rows={rows.map(({ result, bandLabel }) => ({ id: result.id, name: result.name, score: result.score, bandLabel }))}
        bands={rows.map(({ dimension }) => dimension?.bands ?? [])}
        min={min}
        max={max}
      />
      <ol className="result__dimensions">
        {rows.map(({ result, dimension, band, bandLabel }) => (
          <li className="result__dimension" key={result.id}>
            <Heading className="result__name">{result.name}</Heading>
            <p className="result__band">
              <span className={`result__badge${result.score === null ? ' result__badge--none' : ''}`}>{bandLabel}</span>
              {result.score !== null && <span className="result__score">{t.scoreOnScale(formatScore(result.score), min, max)}</span>}
            </p>
            {dimension && <p className="result__description">{dimension.description}</p>}
            {band && <p className="result__meaning">{band.meaning}</p>}
            {band && band.next.length > 0 && (
              <div className="result__next">
                <p className="result__next-title">{t.nextSteps}</p>
                <ul>
                  {band.next.map((step) => (
                    <li key={step.link}>
                      {newTab ? (
                        <a href={withBase(base, step.link)} target="_blank" rel="noopener">
                          {step.label}
                          <span className="visually-hidden"> {t.newTab}</span>
                        </a>
                      ) : (
                        <a href={withBase(base, step.link)}>{step.label}</a>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
