/**
 * What a learning platform keeps for a self-assessment in progress (SCORM 1.2's
 * `cmi.suspend_data`): where the learner was and the answers so far, so they can go on at the
 * same question on another device. SCORM 1.2 allows 4,096 characters; this takes one
 * character per item plus a short header ("ea2|5|m|3u-41…"), and is cleared on completion.
 */
import type { AnswerValue, Answers, Assessment, Role } from '../assessment/model';
import { scaleOf } from '../assessment/scoring';

/** SCORM 1.2 RTE: cmi.suspend_data is a CMIString4096. */
export const SUSPEND_DATA_LIMIT = 4096;

export interface SuspendedProgress {
  answers: Answers;
  /** Index of the item on screen. */
  position: number;
  role?: Role;
}

type SuspendTarget = Pick<Assessment, 'code' | 'version' | 'scale' | 'items' | 'dimensions'>;

const UNANSWERED = '-';
const UNKNOWN = 'u';
const ROLE_MARK: Record<Role, string> = { member: 'm', leader: 'l' };

function scaleFor(assessment: SuspendTarget, dimensionId: string) {
  return scaleOf(assessment, assessment.dimensions.find((dimension) => dimension.id === dimensionId));
}

function header(assessment: SuspendTarget): string {
  return `${assessment.code.toLowerCase()}${assessment.version}`;
}

export function encodeSuspendData(assessment: SuspendTarget, progress: SuspendedProgress): string {
  const answers = assessment.items
    .map((item) => {
      const value = progress.answers[item.id];
      if (value === undefined) return UNANSWERED;
      if (value === 'unknown') return UNKNOWN;
      const index = scaleFor(assessment, item.dimension).points.findIndex((point) => point.value === value);
      return index < 0 ? UNANSWERED : index.toString(36);
    })
    .join('');
  return [header(assessment), String(progress.position), progress.role ? ROLE_MARK[progress.role] : '', answers].join('|');
}

/**
 * Reads what `encodeSuspendData` wrote for this version of this assessment. Anything else
 * (another assessment, an older version, text a platform mangled) is not progress: null,
 * and the learner starts at the beginning.
 */
export function decodeSuspendData(assessment: SuspendTarget, data: string): SuspendedProgress | null {
  const parts = data.split('|');
  if (parts.length !== 4) return null;
  const [head, positionText, roleMark, answerMarks] = parts as [string, string, string, string];
  if (head !== header(assessment) || !/^\d{1,4}$/.test(positionText)) return null;
  const position = Number(positionText);
  if (position >= assessment.items.length || answerMarks.length !== assessment.items.length) return null;
  const role = (Object.keys(ROLE_MARK) as Role[]).find((candidate) => ROLE_MARK[candidate] === roleMark);
  if (roleMark !== '' && !role) return null;
  const answers: Answers = {};
  for (const [index, item] of assessment.items.entries()) {
    const mark = answerMarks[index]!;
    if (mark === UNANSWERED) continue;
    const scale = scaleFor(assessment, item.dimension);
    let value: AnswerValue | undefined;
    if (mark === UNKNOWN) value = scale.unknown ? 'unknown' : undefined;
    else if (/^[0-9a-z]$/.test(mark)) value = scale.points[parseInt(mark, 36)]?.value;
    if (value === undefined) return null;
    answers[item.id] = value;
  }
  return { answers, position, ...(role ? { role } : {}) };
}
