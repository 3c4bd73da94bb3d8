/**
 * The group analysis island: a trainer pastes a course group's full-answer codes and sees,
 * per dimension, Cronbach's α with a plain reading, and per item its fit with the other
 * items, "weet ik niet" and why it stands out, and the codes per language. Only aggregates:
 * never a row of one person. Nothing is stored or sent. Once the analysis shows, the trainer
 * can download its summary (pooled-summary.ts); the second part of the page pools summaries
 * (PooledSummaries). Logic: group-analysis.ts, pooled-summary.ts.
 */
import { useId, useMemo, useState } from 'react';
import { CodesInput } from '../shared/CodesInput';
import { downloadJson } from '../shared/download';
import { AlphaFigure, decimals, percent, setName } from './AlphaFigure';
import { type AnalysisAssessment, analyseGroup, collectAnswerCodes, countLanguages, MIN_FLAG_GROUP } from './group-analysis';
import { summariseGroup } from './pooled-summary';
import PooledSummaries from './PooledSummaries';
import { MIN_EXACT_SHARE_GROUP } from '../team-profile/privacy';
import { groupAnalysisStrings } from './strings/index';
import './group-analysis.css';

interface Props {
  assessments: AnalysisAssessment[];
}

export default function GroupAnalysis({ assessments }: Props) {
  const t = groupAnalysisStrings();
  const id = useId();
  const [assessmentId, setAssessmentId] = useState(assessments[0]!.id);
  const [codes, setCodes] = useState('');
  const assessment = assessments.find((candidate) => candidate.id === assessmentId) ?? assessments[0]!;
  const collected = useMemo(() => collectAnswerCodes(codes, assessment), [codes, assessment]);
  const analysis = useMemo(() => analyseGroup(collected.accepted.map((code) => code.value), assessment), [collected, assessment]);
  const languages = countLanguages(collected.accepted.map((code) => code.value));
  const downloadSummary = () => {
    const summary = summariseGroup(
      collected.accepted.map((code) => code.value),
      assessment,
      new Date(),
    );
    if (summary) downloadJson(summary, t.summaryFileName(assessment.id, assessment.version, summary.date));
  };
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
          <p data-testid="languages">{t.languages(languages.nl, languages.en)}</p>
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
                    <AlphaFigure alpha={set.alpha} interval={set.alphaInterval} strings={t} testId="alpha" />
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
      {analysis.status === 'ok' && (
        <section className="group-analysis__summary" aria-labelledby={`${id}-summary`}>
          <h2 id={`${id}-summary`}>{t.summaryTitle}</h2>
          <p>{t.summaryWhy}</p>
          <p>{t.summaryContents}</p>
          <p className="group-analysis__privacy">{t.summaryWarning}</p>
          <button type="button" className="button button--secondary" onClick={downloadSummary}>
            {t.summaryDownload}
          </button>
        </section>
      )}

      <PooledSummaries assessments={assessments} />
    </div>
  );
}
