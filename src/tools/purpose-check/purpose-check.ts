/**
 * The waartoe check: six questions for a manager who is about to order a training, and an
 * honest verdict. The questions follow the order of "eerst het doel" — which result, what
 * clients notice, who decided, conditions and process before skills, the necessity, and
 * how staff will read the training — and the verdict rules are data: every option either
 * is fine, leaves a gap, or blocks (without a clear result, no training can be judged).
 *
 *   any blocker        → "Bestel nog geen training"
 *   else any gap       → "Eerst samen het doel scherp maken"
 *   else               → "Een training kan helpen, als onderdeel van meer"
 *
 * Texts are in strings/nl.ts, keyed by the ids here.
 */
import { is, type LoadResult, loadJson, removeKey, type SaveResult, saveJson, type StorageLike } from '../../lib/storage';
import { storageKeyOf } from '../registry';

export type Concern = 'blocker' | 'gap';

export type ReasonId =
  | 'doel-vaag'
  | 'geen-nulmeting'
  | 'klant-onbekend'
  | 'klant-vaag'
  | 'van-bovenaf'
  | 'volgorde'
  | 'noodzaak-onzeker'
  | 'noodzaak-onbekend'
  | 'oordeel'
  | 'beleving-onbekend';

export interface WaartoeOption {
  id: string;
  /** null: this answer is what the chapter asks for. */
  concern: Concern | null;
  reason?: ReasonId;
}

export interface WaartoeQuestion {
  id: 'resultaat' | 'klant' | 'besluit' | 'eerst' | 'noodzaak' | 'beleving';
  /** A free-text answer next to the choice; `required` when the check cannot do without it. */
  text?: { required: boolean };
  options: WaartoeOption[];
}

export type QuestionId = WaartoeQuestion['id'];

export const QUESTIONS: readonly WaartoeQuestion[] = [
  {
    id: 'resultaat',
    text: { required: true },
    options: [
      { id: 'meetbaar', concern: null },
      { id: 'meetbaar-zonder-beginpunt', concern: 'gap', reason: 'geen-nulmeting' },
      { id: 'algemeen', concern: 'blocker', reason: 'doel-vaag' },
      { id: 'weet-niet', concern: 'blocker', reason: 'doel-vaag' },
    ],
  },
  {
    id: 'klant',
    text: { required: false },
    options: [
      { id: 'concreet', concern: null },
      { id: 'vaag', concern: 'gap', reason: 'klant-vaag' },
      { id: 'weet-niet', concern: 'blocker', reason: 'klant-onbekend' },
    ],
  },
  {
    id: 'besluit',
    options: [
      { id: 'alleen', concern: 'gap', reason: 'van-bovenaf' },
      { id: 'hoger', concern: 'gap', reason: 'van-bovenaf' },
      { id: 'samen', concern: null },
      { id: 'team', concern: null },
    ],
  },
  {
    id: 'eerst',
    options: [
      { id: 'ja', concern: null },
      { id: 'deels', concern: 'gap', reason: 'volgorde' },
      { id: 'nee', concern: 'gap', reason: 'volgorde' },
    ],
  },
  {
    id: 'noodzaak',
    options: [
      { id: 'ja', concern: null },
      { id: 'verteld', concern: 'gap', reason: 'noodzaak-onzeker' },
      { id: 'nee', concern: 'gap', reason: 'noodzaak-onbekend' },
    ],
  },
  {
    id: 'beleving',
    options: [
      { id: 'missie', concern: null },
      { id: 'oordeel', concern: 'gap', reason: 'oordeel' },
      { id: 'weet-niet', concern: 'gap', reason: 'beleving-onbekend' },
      { id: 'onbekend', concern: 'gap', reason: 'beleving-onbekend' },
    ],
  },
];

/** Where the verdict sends the manager: chapters, the play, and tools (site paths). */
export const LINKS = {
  'waartoe-gesprek': '/veranderen/waartoe-gesprek/',
  'vergeten-vraag': '/veranderen/eerst-het-doel/#de-vergeten-vraag-waartoe',
  'samen-de-weg': '/veranderen/eerst-het-doel/#samen-de-weg-zoeken',
  noodzaak: '/veranderen/eerst-het-doel/#maak-de-noodzaak-zichtbaar',
  motivatie: '/veranderen/motivatie/',
  'zes-interventies': '/veranderen/zes-interventies/',
  interventieplan: '/veranderen/interventieplan/',
  interventieplanner: '/hulpmiddelen/interventieplanner/',
  nps: '/team/klanttevredenheid-meten/',
} as const;

export type LinkId = keyof typeof LINKS;

export type VerdictId = 'geen-training' | 'eerst-samen' | 'training-kan-helpen';

export interface VerdictRule {
  id: VerdictId;
  /** Steps in order; their texts are in the strings file. */
  steps: number;
  links: LinkId[];
}

export const VERDICTS: Record<VerdictId, VerdictRule> = {
  'geen-training': { id: 'geen-training', steps: 4, links: ['waartoe-gesprek', 'vergeten-vraag', 'nps'] },
  'eerst-samen': { id: 'eerst-samen', steps: 4, links: ['waartoe-gesprek', 'samen-de-weg', 'noodzaak', 'motivatie'] },
  'training-kan-helpen': { id: 'training-kan-helpen', steps: 3, links: ['zes-interventies', 'interventieplan', 'interventieplanner', 'waartoe-gesprek'] },
};

/** A free-text answer may be long, but not endless: it is kept on the device and printed. */
export const TEXT_LIMIT = 1000;

export interface Answer {
  choice: string | null;
  text: string;
}

export type Answers = Record<QuestionId, Answer>;

export function emptyAnswers(): Answers {
  return Object.fromEntries(QUESTIONS.map((question) => [question.id, { choice: null, text: '' }])) as Answers;
}

export type AnswerProblem = 'choose' | 'text-required' | 'text-too-long';

/** What keeps this question from being answered, or null. The text comes first on screen. */
export function answerProblem(question: WaartoeQuestion, answer: Answer): AnswerProblem | null {
  if (answer.text.length > TEXT_LIMIT) return 'text-too-long';
  if (question.text?.required && answer.text.trim() === '') return 'text-required';
  if (!question.options.some((option) => option.id === answer.choice)) return 'choose';
  return null;
}

/** The first question that still needs an answer, or null when all are answered. */
export function firstOpenQuestion(answers: Answers): number | null {
  const index = QUESTIONS.findIndex((question) => answerProblem(question, answers[question.id]) !== null);
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
export function verdictFor(answers: Answers): Verdict | null {
  if (firstOpenQuestion(answers) !== null) return null;
  const blockers: ReasonId[] = [];
  const gaps: ReasonId[] = [];
  for (const question of QUESTIONS) {
    const option = question.options.find((candidate) => candidate.id === answers[question.id].choice)!;
    if (!option.reason) continue;
    const list = option.concern === 'blocker' ? blockers : gaps;
    if (!list.includes(option.reason)) list.push(option.reason);
  }
  const id: VerdictId = blockers.length > 0 ? 'geen-training' : gaps.length > 0 ? 'eerst-samen' : 'training-kan-helpen';
  return { id, reasons: [...blockers, ...gaps], blockers, gaps };
}

// ---------------------------------------------------------------------------------------
// On the device: the answers and where the manager is, so a reload resumes.

/** Where this tool keeps its data (src/tools/registry.ts), and the keys it used before. */
const STORED = storageKeyOf('purpose-check');
export const WAARTOE_KEY = STORED.key;
export const WAARTOE_SCHEMA = 1;
/** What is typed is kept while typing, also beyond TEXT_LIMIT; only absurd sizes mean damage. */
const STORED_TEXT_LIMIT = 100_000;

export interface WaartoeProgress {
  schema: typeof WAARTOE_SCHEMA;
  answers: Answers;
  /** 0 … QUESTIONS.length − 1: a question on screen; QUESTIONS.length: the summary. */
  position: number;
  updatedAt: string;
}

export function validateProgress(raw: unknown): WaartoeProgress | undefined {
  if (!is.record(raw) || raw.schema !== WAARTOE_SCHEMA || !is.int(raw.position) || !is.isoDate(raw.updatedAt) || !is.record(raw.answers)) return undefined;
  if (raw.position < 0 || raw.position > QUESTIONS.length) return undefined;
  const answers = emptyAnswers();
  for (const [id, value] of Object.entries(raw.answers)) {
    const question = QUESTIONS.find((candidate) => candidate.id === id);
    if (!question || !is.record(value) || !is.string(value.text) || value.text.length > STORED_TEXT_LIMIT) return undefined;
    if (value.choice !== null && !question.options.some((option) => option.id === value.choice)) return undefined;
    answers[question.id] = { choice: value.choice as string | null, text: value.text };
  }
  // The summary needs every answer; anything less resumes at the first open question.
  const open = firstOpenQuestion(answers);
  const position = raw.position === QUESTIONS.length && open !== null ? open : raw.position;
  return { schema: WAARTOE_SCHEMA, answers, position, updatedAt: raw.updatedAt };
}

export function loadProgress(storage: StorageLike | undefined): LoadResult<WaartoeProgress> {
  return loadJson(storage, WAARTOE_KEY, validateProgress, STORED.legacy);
}

export function saveProgress(storage: StorageLike | undefined, answers: Answers, position: number, now: Date): SaveResult {
  const progress: WaartoeProgress = { schema: WAARTOE_SCHEMA, answers, position, updatedAt: now.toISOString() };
  return saveJson(storage, WAARTOE_KEY, progress);
}

export function clearProgress(storage: StorageLike | undefined): boolean {
  return removeKey(storage, WAARTOE_KEY);
}

/** True when the manager has typed or chosen anything: only then is "Opnieuw" worth asking. */
export function hasAnswers(answers: Answers): boolean {
  return QUESTIONS.some((question) => answers[question.id].choice !== null || answers[question.id].text.trim() !== '');
}
