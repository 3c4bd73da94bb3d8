/**
 * The waartoe check: questions for a manager who is about to order a training, and an
 * honest verdict. The questions, their options, the reasons, the verdicts and their links
 * are content (content/tools/purpose-check.yaml, schema data-schema.ts),
 * passed in as `PurposeCheckContent`. What stays here are the rules that read it: every
 * option either is fine, leaves a gap, or blocks, and the verdicts are tried in order, the
 * first whose condition holds being the outcome. With today's content:
 *
 *   an answer blocks        → "Bestel nog geen training"
 *   an answer leaves a gap  → "Eerst samen het doel scherp maken"
 *   otherwise               → "Een training kan helpen, als onderdeel van meer"
 */
import { is, type LoadResult, loadJson, removeKey, type SaveResult, saveJson, type StorageLike } from '../../lib/storage';
import { toolStorage } from '../manifest';

export const CONCERNS = ['blocker', 'gap'] as const;
export type Concern = (typeof CONCERNS)[number];

/** When a verdict is the outcome: an answer with that concern, or (the last verdict) always. */
export const VERDICT_CONDITIONS = ['an-answer-blocks', 'an-answer-leaves-a-gap', 'otherwise'] as const;
export type VerdictCondition = (typeof VERDICT_CONDITIONS)[number];

const CONCERN_OF: Record<Exclude<VerdictCondition, 'otherwise'>, Concern> = { 'an-answer-blocks': 'blocker', 'an-answer-leaves-a-gap': 'gap' };

export type ReasonId = string;
export type QuestionId = string;
export type VerdictId = string;
export type LinkId = string;

interface PurposeOption {
  id: string;
  label: string;
  /** null: this answer is what the chapter asks for. */
  concern: Concern | null;
  /** Present exactly when there is a concern (the schema sees to that). */
  reason?: ReasonId;
}

export interface PurposeQuestion {
  id: QuestionId;
  title: string;
  help: string;
  /** A free-text answer next to the choice; `required` when the check cannot do without it. */
  text?: { required: boolean; hint: string; legend: string };
  options: readonly PurposeOption[];
}

export interface VerdictRule {
  id: VerdictId;
  when: VerdictCondition;
  title: string;
  text: string;
  /** What to do next, in order. */
  steps: readonly string[];
  links: readonly LinkId[];
}

export interface PurposeCheckContent {
  questions: readonly PurposeQuestion[];
  reasons: readonly { id: ReasonId; text: string }[];
  noReasons: string;
  /** Tried in order; the last one is "otherwise". */
  verdicts: readonly VerdictRule[];
  /** Site paths, checked against the site's pages while it builds. */
  links: readonly { id: LinkId; path: string; label: string }[];
}

export function verdictRule(content: PurposeCheckContent, id: VerdictId): VerdictRule {
  return content.verdicts.find((verdict) => verdict.id === id)!;
}

export function reasonText(content: PurposeCheckContent, id: ReasonId): string {
  return content.reasons.find((reason) => reason.id === id)!.text;
}

export function linkOf(content: PurposeCheckContent, id: LinkId): { path: string; label: string } {
  return content.links.find((link) => link.id === id)!;
}

/** A free-text answer may be long, but not endless: it is kept on the device and printed. */
export const TEXT_LIMIT = 1000;

export interface Answer {
  choice: string | null;
  text: string;
}

export type Answers = Record<QuestionId, Answer>;

export function emptyAnswers(content: PurposeCheckContent): Answers {
  return Object.fromEntries(content.questions.map((question) => [question.id, { choice: null, text: '' }])) as Answers;
}

export type AnswerProblem = 'choose' | 'text-required' | 'text-too-long';

/** What keeps this question from being answered, or null. The text comes first on screen. */
export function answerProblem(question: PurposeQuestion, answer: Answer): AnswerProblem | null {
  if (answer.text.length > TEXT_LIMIT) return 'text-too-long';
  if (question.text?.required && answer.text.trim() === '') return 'text-required';
  if (!question.options.some((option) => option.id === answer.choice)) return 'choose';
  return null;
}

/** The first question that still needs an answer, or null when all are answered. */
export function firstOpenQuestion(content: PurposeCheckContent, answers: Answers): number | null {
  const index = content.questions.findIndex((question) => answerProblem(question, answers[question.id] ?? { choice: null, text: '' }) !== null);
  return index < 0 ? null : index;
}

export interface Verdict {
  id: VerdictId;
  /** Why, in question order, each reason once. */
  reasons: ReasonId[];
  blockers: ReasonId[];
  gaps: ReasonId[];
}

/** The verdict for complete answers; null while a question is still open. */
export function verdictFor(content: PurposeCheckContent, answers: Answers): Verdict | null {
  if (firstOpenQuestion(content, answers) !== null) return null;
  const blockers: ReasonId[] = [];
  const gaps: ReasonId[] = [];
  for (const question of content.questions) {
    const option = question.options.find((candidate) => candidate.id === answers[question.id]!.choice)!;
    if (!option.reason) continue;
    const list = option.concern === 'blocker' ? blockers : gaps;
    if (!list.includes(option.reason)) list.push(option.reason);
  }
  const found = { blocker: blockers.length > 0, gap: gaps.length > 0 };
  const rule = content.verdicts.find((verdict) => verdict.when === 'otherwise' || found[CONCERN_OF[verdict.when]])!;
  return { id: rule.id, reasons: [...blockers, ...gaps], blockers, gaps };
}

// ---------------------------------------------------------------------------------------
// On the device: the answers and where the manager is, so a reload resumes.

/**
 * Where the progress is kept on the device, and the key it had before; the manifest (tool.ts)
 * lists it for the site. Without the check's content only the shape can be tested ("Jouw
 * gegevens" importing a file); the check itself re-reads with its questions (validateProgress).
 */
export const progressStorage = toolStorage('purpose-check', { replaced: ['waartoe'], validate: (raw) => (isProgressShape(raw) ? raw : undefined) });
const PROGRESS_SCHEMA = 1;
/** What is typed is kept while typing, also beyond TEXT_LIMIT; only absurd sizes mean damage. */
const STORED_TEXT_LIMIT = 100_000;

export interface PurposeProgress {
  schema: typeof PROGRESS_SCHEMA;
  answers: Answers;
  /** 0 … questions − 1: a question on screen; the number of questions: the summary. */
  position: number;
  updatedAt: string;
}

/**
 * The shape of saved progress without the check's content (question and option ids): what
 * "Jouw gegevens" can check when it imports a file. The tool itself reads with
 * validateProgress, which also knows the questions.
 */
export function isProgressShape(raw: unknown): boolean {
  if (!is.record(raw) || raw.schema !== PROGRESS_SCHEMA || !is.int(raw.position) || raw.position < 0 || !is.isoDate(raw.updatedAt) || !is.record(raw.answers)) return false;
  return Object.values(raw.answers).every(
    (value) => is.record(value) && is.string(value.text) && value.text.length <= STORED_TEXT_LIMIT && (value.choice === null || is.string(value.choice)),
  );
}

export function validateProgress(content: PurposeCheckContent, raw: unknown): PurposeProgress | undefined {
  const questions = content.questions;
  if (!is.record(raw) || raw.schema !== PROGRESS_SCHEMA || !is.int(raw.position) || !is.isoDate(raw.updatedAt) || !is.record(raw.answers)) return undefined;
  if (raw.position < 0 || raw.position > questions.length) return undefined;
  const answers = emptyAnswers(content);
  for (const [id, value] of Object.entries(raw.answers)) {
    const question = questions.find((candidate) => candidate.id === id);
    if (!question || !is.record(value) || !is.string(value.text) || value.text.length > STORED_TEXT_LIMIT) return undefined;
    if (value.choice !== null && !question.options.some((option) => option.id === value.choice)) return undefined;
    answers[question.id] = { choice: value.choice as string | null, text: value.text };
  }
  // The summary needs every answer; anything less resumes at the first open question.
  const open = firstOpenQuestion(content, answers);
  const position = raw.position === questions.length && open !== null ? open : raw.position;
  return { schema: PROGRESS_SCHEMA, answers, position, updatedAt: raw.updatedAt };
}

export function loadProgress(content: PurposeCheckContent, storage: StorageLike | undefined): LoadResult<PurposeProgress> {
  return loadJson(storage, progressStorage.key, (raw) => validateProgress(content, raw), progressStorage.replaced);
}

export function saveProgress(storage: StorageLike | undefined, answers: Answers, position: number, now: Date): SaveResult {
  const progress: PurposeProgress = { schema: PROGRESS_SCHEMA, answers, position, updatedAt: now.toISOString() };
  return saveJson(storage, progressStorage.key, progress);
}

export function clearProgress(storage: StorageLike | undefined): boolean {
  return removeKey(storage, progressStorage.key);
}

/** True when the manager has typed or chosen anything: only then is "Opnieuw" worth asking. */
export function hasAnswers(content: PurposeCheckContent, answers: Answers): boolean {
  return content.questions.some((question) => {
    const answer = answers[question.id];
    return answer !== undefined && (answer.choice !== null || answer.text.trim() !== '');
  });
}
