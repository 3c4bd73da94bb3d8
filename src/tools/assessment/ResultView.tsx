import { assessmentStrings } from './strings/index';
import type { Answers, Assessment, Band, Role } from './model';
import { answeredWeights, answerPrecision, bandOf, dimensionRange, scaleOf, scaleRange } from './scoring';
import { shownScore } from './score-display';
import { withBase } from '../../lib/urls';
import { formatScore } from '../../lib/format';
import { ResultChart } from './ResultChart';
import { groupByScale } from './scale-groups';

interface ResultDimension {
  id: string;
  name: string;
  score: number | null;
}

interface Props {
  assessment: Assessment;
  dimensions: ResultDimension[];
  /** Only results of the current version get meanings and next steps from today's content. */
  sameVersion: boolean;
  /** Band labels of an older version, by dimension id (stored with the attempt, or from the legacy content). */
  storedBands?: Record<string, string | null>;
  base: string;
  headingLevel: 2 | 3;
  /** Who filled in a teamscan: a leader reads the leader meaning of a band where it has one. */
  role?: Role | null | undefined;
  /** Open next steps in a new tab (in an embed, so the learning platform stays open). */
  newTab?: boolean;
  /** The answers behind the result, when known (an attempt on this device): they set how close to a cut-off is "on the border"; without them (a share link) every item counts as answered. */
  answers?: Answers | undefined;
}

export function ResultView({ assessment, dimensions, sameVersion, storedBands = {}, base, headingLevel, role, newTab = false, answers }: Props) {
  const t = assessmentStrings();
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const dimensionById = new Map(assessment.dimensions.map((dimension) => [dimension.id, dimension]));

  const rows = dimensions.map((result) => {
    const dimension = sameVersion ? dimensionById.get(result.id) : undefined;
    // Band, border note and number from one placement, so they agree on every screen.
    const placement = dimension && result.score !== null ? bandOf(result.score, dimension, undefined, answerPrecision(answeredWeights(assessment, result.id, answers))) : undefined;
    const band = placement?.band;
    const border = placement?.border;
    const shown = result.score === null ? null : (placement?.shown ?? shownScore(result.score));
    // Today's name in this page's language; an older version keeps the name it was taken with.
    const name = dimension?.name ?? result.name;
    const range = dimension ? dimensionRange(dimension, scaleOf(assessment, dimension)) : scaleRange(assessment.scale);
    // A side of a balance taken on an earlier version had no band of its own: its number only.
    const bandLabel = border ? t.border(border.lower.label, border.upper.label) : (band?.label ?? storedBands[result.id] ?? (result.score === null ? t.notEnoughAnswers : t.noBandInVersion));
    return { result, name, shown, dimension, band, border, range, bandLabel };
  });

  // One block per answer scale (frequency first, then e.g. the agree-scale block), each under a
  // caption naming its scale when there is more than one. A dimension keeps its scale across
  // versions, so an older result is grouped by today's dimension of the same id.
  const groups = groupByScale(assessment, rows, (row) => dimensionById.get(row.result.id)).map((group, index, all) => ({
    ...group,
    caption: all.length > 1 ? t.scaleGroup(group.scale.kind, group.scale.points[0]!.label, group.scale.points.at(-1)!.label, index > 0) : undefined,
  }));

  const link = (step: { link: string; label: string }) =>
    newTab ? (
      <a href={withBase(base, step.link)} target="_blank" rel="noopener">
        {step.label}
        <span className="visually-hidden"> {t.newTab}</span>
      </a>
    ) : (
      <a href={withBase(base, step.link)}>{step.label}</a>
    );

  const meaning = (band: Band, withLabel: boolean) => (
    <p className="result__meaning" key={band.label}>
      {withLabel && <strong>{band.label}: </strong>}
      {role === 'leader' && band.leaderMeaning ? band.leaderMeaning : band.meaning}
    </p>
  );

  return (
    <div className="result">
      <ResultChart
        groups={groups.map((group) => ({
          caption: group.caption,
          rows: group.rows.map(({ result, name, shown, bandLabel, range, dimension }) => ({ id: result.id, name, score: shown, bandLabel, min: range.min, max: range.max, bands: dimension?.bands ?? [] })),
        }))}
      />
      {groups.map((group, groupIndex) => (
        <div className="result__scale-group" key={groupIndex} data-scale={group.scale.kind}>
          {group.caption && <p className="result__scale-caption">{group.caption}</p>}
          <ol className="result__dimensions">
            {group.rows.map(({ result, name, shown, dimension, band, border, range, bandLabel }) => {
              const steps = border ? [...border.lower.next, ...border.upper.next].filter((step, index, all) => all.findIndex((other) => other.link === step.link) === index) : (band?.next ?? []);
              return (
                <li className="result__dimension" key={result.id} data-dimension={result.id}>
                  <Heading className="result__name">{name}</Heading>
                  <p className="result__band">
                    <span className={`result__badge${result.score === null ? ' result__badge--none' : ''}${border ? ' result__badge--border' : ''}`}>{bandLabel}</span>
                    {shown !== null && <span className="result__score">{t.scoreOnScale(formatScore(shown), range.min, range.max)}</span>}
                  </p>
                  {dimension && <p className="result__description">{dimension.description}</p>}
                  {border ? (
                    <>
                      <p className="result__border-note">{t.borderExplain}</p>
                      {meaning(border.lower, true)}
                      {meaning(border.upper, true)}
                    </>
                  ) : (
                    band && meaning(band, false)
                  )}
                  {steps.length > 0 && (
                    <div className="result__next">
                      <p className="result__next-title">{t.nextSteps}</p>
                      <ul>
                        {steps.map((step) => (
                          <li key={step.link}>{link(step)}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </div>
  );
}
