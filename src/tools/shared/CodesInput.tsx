/**
 * Where a trainer or team leader pastes the codes people made with one self-assessment: the
 * assessment picker, the codes (one per line), what was counted and, line by line, what was
 * not and why. Used by the team profile (result codes) and the group analysis (answer codes);
 * each tool reads the codes itself and words its own labels. Styles in codes-input.css.
 */
import './codes-input.css';

interface Props<Rejected extends { line: number }> {
  /** The island's useId(): the fields' ids start with it. */
  id: string;
  assessments: readonly { id: string; title: string }[];
  assessmentId: string;
  onAssessment: (id: string) => void;
  codes: string;
  onCodes: (codes: string) => void;
  collected: { accepted: readonly unknown[]; rejected: readonly Rejected[] };
  strings: {
    assessmentLabel: string;
    codesLabel: string;
    codesHelp: string;
    counted: (count: number) => string;
    rejectedTitle: (count: number) => string;
  };
  /** One rejected code in words: its line, its start and why it was not counted. */
  describeRejected: (rejected: Rejected) => string;
  rows: number;
  /** The tool's own class for this part (print rules, tests). */
  className: string;
  /** Set when the part stays off paper. */
  hideInPrint?: boolean;
  /** Set while the pasted codes are in use and may not change (the team profile): the field is read-only, the picker fixed. */
  locked?: boolean;
}

export function CodesInput<Rejected extends { line: number }>(props: Props<Rejected>) {
  const { id, assessments, collected, strings: t } = props;
  return (
    <div className={`codes-input ${props.className}`} data-print={props.hideInPrint ? 'hide' : undefined}>
      <label htmlFor={`${id}-assessment`}>{t.assessmentLabel}</label>
      <select id={`${id}-assessment`} className="text-field" value={props.assessmentId} disabled={props.locked} onChange={(event) => props.onAssessment(event.target.value)}>
        {assessments.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.title}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-codes`}>{t.codesLabel}</label>
      <p id={`${id}-codes-help`} className="codes-input__help">
        {t.codesHelp}
      </p>
      <textarea
        id={`${id}-codes`}
        className="text-field"
        rows={props.rows}
        spellCheck={false}
        autoComplete="off"
        value={props.codes}
        readOnly={props.locked}
        aria-describedby={`${id}-codes-help ${id}-collected`}
        onChange={(event) => props.onCodes(event.target.value)}
      />
      <div id={`${id}-collected`} className="codes-input__collected" aria-live="polite">
        <p>{t.counted(collected.accepted.length)}</p>
        {collected.rejected.length > 0 && (
          <div className="codes-input__rejected">
            <p>{t.rejectedTitle(collected.rejected.length)}</p>
            <ul>
              {collected.rejected.map((rejected, index) => (
                <li key={`${rejected.line}-${index}`}>{props.describeRejected(rejected)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
