import { ConfirmButton } from '../shared/ConfirmButton';
import type { Assessment, Role } from './model';
import { assessmentStrings } from './strings/index';

interface Props {
  kind: Assessment['kind'];
  questionCount: number;
  /** How to answer, in the same words as on paper. */
  instructions: string | undefined;
  /** Inside a learning platform: the privacy line says what the platform receives. */
  inPlatform: boolean;
  /** A teamscan's question "member or leader?", asked before the first item. */
  roleQuestion: Assessment['role'];
  /** The radio group's name, unique on the page. */
  roleInputName: string;
  role: Role | undefined;
  roleMissing: boolean;
  onRoleChange: (role: Role) => void;
  /** The item a scan in progress resumes at; null when there is nothing to resume. */
  resumeAt: number | null;
  /** Storage has been read: starting before that could overwrite saved progress. */
  ready: boolean;
  onStart: () => void;
  onResume: () => void;
  onRestart: () => void;
  /** Shows the latest result; absent when there is none. */
  onShowLastResult: (() => void) | undefined;
}

/** Before the first question: what the scan asks, the role question of a teamscan, and start or resume. */
export function StartScreen({ kind, questionCount, instructions, inPlatform, roleQuestion, roleInputName, role, roleMissing, onRoleChange, resumeAt, ready, onStart, onResume, onRestart, onShowLastResult }: Props) {
  const t = assessmentStrings();
  return (
    <div className="assessment-start">
      <p className="assessment-start__facts">
        {t.questions(questionCount)} · {inPlatform ? t.privacyInPlatform : t.privacy}
      </p>
      {instructions && <p className="assessment-start__instructions">{instructions}</p>}
      {roleQuestion && (
        <fieldset className={`assessment-role${roleMissing ? ' assessment-role--error' : ''}`} aria-describedby={`${roleInputName}-help${roleMissing ? ` ${roleInputName}-error` : ''}`}>
          <legend>{roleQuestion.question}</legend>
          <p id={`${roleInputName}-help`} className="assessment-role__help">
            {t.roleHelp}
          </p>
          {roleMissing && (
            <p id={`${roleInputName}-error`} className="question__error" role="alert">
              {t.roleMissing}
            </p>
          )}
          {(['member', 'leader'] as const).map((option) => (
            <label key={option} className="question__option">
              <input type="radio" name={roleInputName} value={option} checked={role === option} onChange={() => onRoleChange(option)} />
              <span>{roleQuestion[option]}</span>
            </label>
          ))}
        </fieldset>
      )}
      {resumeAt !== null ? (
        <div className="assessment-start__actions">
          <button type="button" className="button" disabled={!ready} onClick={onResume}>
            {t.resume(resumeAt + 1, questionCount)}
          </button>
          <ConfirmButton label={t.restart} question={t.restartConfirm} confirmLabel={t.restartYes} cancelLabel={t.cancel} onConfirm={onRestart} />
        </div>
      ) : (
        <div className="assessment-start__actions">
          <button type="button" className="button" disabled={!ready} onClick={onStart}>
            {t.startKind(t.kindNoun[kind])}
          </button>
        </div>
      )}
      {onShowLastResult && (
        <p>
          <button type="button" className="button button--link" onClick={onShowLastResult}>
            {t.lastResult}
          </button>
        </p>
      )}
    </div>
  );
}
