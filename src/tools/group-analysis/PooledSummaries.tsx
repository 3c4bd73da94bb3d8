/**
 * The second part of the group analysis page: a trainer, or whoever collects them, opens the
 * summary files of several groups and sees per item set the pooled α, its interval, each
 * question's fit with the others and, with ten people in each language, α per language.
 * Files are read in the browser (FileReader) and kept only while the page is open; a file
 * that cannot be pooled is named with its reason and never stops the others.
 * Logic: pooled-summary.ts.
 */
import { useId, useMemo, useState } from 'react';
import { JsonFilePicker } from '../shared/JsonFilePicker';
import { AlphaFigure, decimals, setName } from './AlphaFigure';
import type { AnalysisAssessment } from './group-analysis';
import { collectSummaries, MAX_SUMMARY_BYTES, type OpenedFile, type PooledSet, poolSummaries } from './pooled-summary';
import { MIN_ANALYSIS_GROUP } from '../team-profile/privacy';
import { groupAnalysisStrings } from './strings/index';

/** A file's text, or null when the browser could not read it. */
function readText(file: File): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsText(file);
  });
}

async function open(file: File): Promise<OpenedFile> {
  const name = file.name.length > 60 ? `${file.name.slice(0, 57)}…` : file.name;
  return { name, size: file.size, text: file.size > MAX_SUMMARY_BYTES ? null : await readText(file) };
}

/** One set's pooled figures: a block under its heading, not a landmark (the analysis above has regions of the same names). */
function PooledSetView({ set, assessment }: { set: PooledSet; assessment: AnalysisAssessment }) {
  const t = groupAnalysisStrings();
  const name = setName(set, assessment, t.side);
  const itemText = (itemId: string) => assessment.items.find((item) => item.id === itemId)?.text ?? itemId;
  return (
    <div className="group-analysis__set" data-dimension={set.dimensionId}>
      <h4>{name}</h4>
      {set.groups === 0 ? (
        <p>{t.poolNone}</p>
      ) : (
        <>
          <AlphaFigure alpha={set.alpha} interval={set.alphaInterval} strings={t} testId="pooled-alpha" />
          <p className="group-analysis__help">{t.poolSetPeople(set.people, set.groups)}</p>
        </>
      )}
      {set.leftOut > 0 && <p className="group-analysis__help">{t.poolLeftOut(set.leftOut)}</p>}
      {set.groups > 0 && (
        <table className="group-analysis__items">
          <caption>{t.tableCaption(name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.item}</th>
              <th scope="col">{t.itemRest}</th>
            </tr>
          </thead>
          <tbody>
            {set.items.map((item) => (
              <tr key={item.itemId}>
                <th scope="row">{itemText(item.itemId)}</th>
                <td data-label={t.itemRest}>{decimals(item.itemRest, t.none)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {set.byLanguage ? (
        <>
          <p className="group-analysis__by-language-title">{t.poolByLanguageTitle}</p>
          <ul className="group-analysis__by-language" data-testid="pooled-by-language">
            {(['nl', 'en'] as const).map((language) => {
              const figure = set.byLanguage![language];
              return (
                <li key={language}>
                  {t.poolByLanguage(language, decimals(figure.alpha, t.alphaNone), decimals(figure.alphaInterval?.lower ?? null, t.none), decimals(figure.alphaInterval?.upper ?? null, t.none), figure.people)}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        set.groups > 0 && <p className="group-analysis__help">{t.poolLanguageTooFew(set.languagePeople.nl, set.languagePeople.en, MIN_ANALYSIS_GROUP)}</p>
      )}
    </div>
  );
}

export default function PooledSummaries({ assessments }: { assessments: AnalysisAssessment[] }) {
  const t = groupAnalysisStrings();
  const id = useId();
  const [assessmentId, setAssessmentId] = useState(assessments[0]!.id);
  const [files, setFiles] = useState<OpenedFile[]>([]);
  const assessment = assessments.find((candidate) => candidate.id === assessmentId) ?? assessments[0]!;
  const collected = useMemo(() => collectSummaries(files, assessment), [files, assessment]);
  const pooled = useMemo(() => (collected.accepted.length > 0 ? poolSummaries(collected.accepted.map((entry) => entry.summary), assessment) : null), [collected, assessment]);

  const add = async (chosen: File[]) => {
    const opened = await Promise.all(chosen.map(open));
    setFiles((earlier) => [...earlier, ...opened]);
  };

  return (
    <section className="group-analysis__pool" aria-labelledby={`${id}-pool`}>
      <h2 id={`${id}-pool`}>{t.poolTitle}</h2>
      <p>{t.poolIntro}</p>
      <div className="group-analysis__pool-input">
        <label htmlFor={`${id}-pool-assessment`}>{t.poolAssessmentLabel}</label>
        <select id={`${id}-pool-assessment`} className="text-field" value={assessment.id} onChange={(event) => setAssessmentId(event.target.value)}>
          {assessments.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title}
            </option>
          ))}
        </select>
        <p id={`${id}-pool-help`} className="group-analysis__help">
          {t.poolFilesHelp}
        </p>
        <JsonFilePicker multiple label={t.poolFilesLabel} describedBy={`${id}-pool-help ${id}-pool-status`} onFiles={(chosen) => void add(chosen)} />
      </div>
      <div id={`${id}-pool-status`} className="group-analysis__pool-status" aria-live="polite" data-testid="pool-status">
        {files.length > 0 && <p>{t.poolCounted(collected.accepted.length, pooled?.people ?? 0)}</p>}
        {collected.rejected.length > 0 && (
          <div className="group-analysis__pool-rejected">
            <p>{t.poolRejectedTitle(collected.rejected.length)}</p>
            <ul>
              {collected.rejected.map((rejected, index) => (
                <li key={`${rejected.name}-${index}`}>{t.poolRejected(rejected.name, rejected.problem, assessment.title)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {files.length > 0 && (
        <button type="button" className="button button--secondary" onClick={() => setFiles([])}>
          {t.poolClear}
        </button>
      )}
      {pooled && (
        <section className="group-analysis__pooled" aria-labelledby={`${id}-pooled`} data-testid="pooled-result">
          <h3 id={`${id}-pooled`}>{t.poolResultTitle(pooled.people, pooled.groups)}</h3>
          <p data-testid="pooled-languages">{t.languages(pooled.languages.nl, pooled.languages.en)}</p>
          <p className="group-analysis__note">{t.poolMethod}</p>
          {pooled.sets.some((set) => set.byLanguage) && <p className="group-analysis__note">{t.poolLanguageNote}</p>}
          {pooled.sets.map((set) => (
            <PooledSetView key={`${set.dimensionId}-${set.side ?? ''}`} set={set} assessment={assessment} />
          ))}
        </section>
      )}
    </section>
  );
}
