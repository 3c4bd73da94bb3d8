/**
 * The group analysis island: a trainer pastes a course group's full-answer codes and sees,
 * per dimension, Cronbach's α with a plain reading, and per item its fit with the other
 * items, "weet ik niet" and why it stands out. Only aggregates: never a row of one person.
 * Nothing is stored or sent. Logic: group-analysis.ts.
 */
import { useId, useMemo, useState } from 'react';
import { formatNumber } from '../../lib/format';
import { CodesInput } from '../shared/CodesInput';
import { type AnalysisAssessment, analyseGroup, collectAnswerCodes, MIN_FLAG_GROUP, type SetAnalysis } from './group-analysis';
import { MIN_EXACT_SHARE_GROUP } from '../team-profile/privacy';
import { groupAnalysisStrings } from './strings/index';
import './group-analysis.css';

interface Props {
  assessments: AnalysisAssessment[];
}

const decimals = (value: number | null, none: string) => (value === null ? none : formatNumber(value, { min: 2, max: 2 }));
const percent = (share: number) => `${formatNumber(share * 100, { min: 0, max: 0 })}%`;

function setName(set: SetAnalysis, assessment: AnalysisAssessment, side: (dimension: string, side: string) => string): string {
  const dimension = assessment.dimensions.find((candidate) => candidate.id === set.dimensionId);
  const name = dimension?.name ?? set.dimensionId;
  const sideName = dimension?.sides?.find((candidate) => candidate.id === set.side)?.name;
  return sideName ? side(name, sideName) : name;
}

export default function GroupAnalysis({ assessments }: Props) {
  const t = groupAnalysisStrings();
  const id = useId();
  const [assessmentId, setAssessmentId] = useState(assessments[0]!.id);
  const [codes, setCodes] = useState('');
  const assessment = assessments.find((candidate) => candidate.id === assessmentId) ?? assessments[0]!;
  const collected = useMemo(() => collectAnswerCodes(codes, assessment), [codes, assessment]);
  const analysis = useMemo(() => analyseGroup(collected.accepted.map((code) => code.value), assessment), [collected, assessment]);
  const itemText = (itemId: string) => assessment.items.find((item) => item.id === itemId)?.text ?? itemId;
  const flagged =
    analysis.status === 'ok'
      ? analysis.sets.flatMap((set) => set.items.filter((item) => item.flags.length > 0).map((item) => ({ set, item })))
      : [];

  return (
    <div className="group-analysis">
      <CodesInput
        id={id}
        assessments={assessments}
        assessmentId={assessment.id}
        onAssessment={setAssessmentId}
        codes={codes}
        onCodes={setCodes}
        collected={collected}
        strings={t}
        describeRejected={(rejected) => t.rejected(rejected.line, rejected.excerpt, rejected.reason, assessment.title)}
        rows={8}
        className="group-analysis__input"
      />
      <p className="group-analysis__privacy">{t.privacy}</p>

      {analysis.status === 'too-few' && collected.accepted.length + collected.rejected.length > 0 && (
        <p className="group-analysis__too-few" role="status" data-testid="analysis-too-few">
          {t.tooFew(analysis.people, analysis.needed)}
        </p>
      )}
      {analysis.status === 'ok' && (
        <section className="group-analysis__result" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t.resultTitle(analysis.people)}</h2>
          <p className="group-analysis__note">{t.uncertainty(analysis.people)}</p>
          {analysis.people < MIN_EXACT_SHARE_GROUP && (
            <p className="group-analysis__note" data-testid="shares-rounded">
              {t.sharesRounded(MIN_EXACT_SHARE_GROUP)}
            </p>
          )}

          <h3>{t.flaggedTitle}</h3>
          {analysis.sets.some((set) => set.status === 'ok' && !set.correlationFlags) && (
            <p className="group-analysis__note" data-testid="correlations-unflagged">
              {t.correlationsUnflagged(MIN_FLAG_GROUP)}
            </p>
          )}
          {flagged.length === 0 ? (
            <p>{t.noFlags}</p>
          ) : (
            <ul className="group-analysis__flagged" data-testid="flagged-items">
              {flagged.map(({ set, item }) => (
                <li key={`${set.dimensionId}-${item.itemId}`}>
                  <span className="group-analysis__flagged-item">{itemText(item.itemId)}</span> ({setName(set, assessment, t.side)}):{' '}
                  {item.flags.map((flag) => t.flags[flag]).join('; ')}
                </li>
              ))}
            </ul>
          )}

          {analysis.sets.map((set) => {
            const name = setName(set, assessment, t.side);
            return (
              <section key={`${set.dimensionId}-${set.side ?? ''}`} className="group-analysis__set" data-dimension={set.dimensionId} aria-labelledby={`${id}-${set.dimensionId}-${set.side ?? ''}`}>
                <h3 id={`${id}-${set.dimensionId}-${set.side ?? ''}`}>{name}</h3>
                {set.status === 'too-few' ? (
                  <p>{t.setTooFew(set.people, set.needed)}</p>
                ) : (
                  <>
                    <p className="group-analysis__alpha">
                      <span className="group-analysis__alpha-label">{t.alpha}</span>{' '}
                      <strong data-testid="alpha">{decimals(set.alpha, t.alphaNone)}</strong>
                      {set.alphaInterval && (
                        <span className="group-analysis__interval" data-testid="alpha-interval">
                          {t.alphaInterval(decimals(set.alphaInterval.lower, t.none), decimals(set.alphaInterval.upper, t.none))}
                        </span>
                      )}
                    </p>
                    <p>{t.alphaReading(set.alpha)}</p>
                  </>
                )}
                <p className="group-analysis__help">
                  {t.people(set.people)}
                  {set.imputedShare > 0 && ` · ${t.imputed(percent(set.imputedShare))}`}
                </p>
                <table className="group-analysis__items">
                    <caption>{t.tableCaption(name)}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.item}</th>
                        <th scope="col">{t.itemRest}</th>
                        <th scope="col">{t.alphaIfDropped}</th>
                        <th scope="col">{t.unknownShare}</th>
                        <th scope="col">{t.flagsHeading}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {set.items.map((item) => (
                        <tr key={item.itemId} data-flagged={item.flags.length > 0 ? 'true' : undefined}>
                          <th scope="row">
                            {itemText(item.itemId)}
                            {item.reverse && <span className="group-analysis__reversed"> {t.reversed}</span>}
                          </th>
                          <td data-label={t.itemRest}>{decimals(item.itemRest, t.none)}</td>
                          <td data-label={t.alphaIfDropped}>{decimals(item.alphaIfDropped, t.none)}</td>
                          <td data-label={t.unknownShare}>{percent(item.unknownShare)}</td>
                          <td data-label={t.flagsHeading}>{item.flags.length === 0 ? t.none : item.flags.map((flag) => t.flags[flag]).join('; ')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
              </section>
            );
          })}
        </section>
      )}
    </div>
  );
}
