/**
 * What a self-assessment keeps on the device: the answers in progress (so a reload
 * resumes) and every completed attempt. Attempts store a snapshot of their dimension
 * names, bands and scores, so a result taken on an older version of the assessment can
 * still be shown as it was, with its version.
 */
import { is, type LoadResult, type SaveResult, type StorageLike, loadJson, saveJson, STORAGE_PREFIX } from '../../lib/storage';
import type { AnswerValue, Answers, Assessment, ClientAssessment, Role } from './model';
import { type ChangeRule, changeBetween } from './reliable-change';
import { shownScore } from './score-display';
import { scoreAssessment } from './scoring';
import { sideDimensionId } from './sides';

const HISTORY_SCHEMA = 1;

export interface Progress {
  version: number;
  answers: Answers;
  /** Index of the item on screen. */
  position: number;
  updatedAt: string;
  /** A teamscan's answer to "member or leader?", so a resumed scan does not ask it again. */
  role?: Role;
}

interface AttemptDimension {
  id: string;
  name: string;
  /** null: not enough answers to score. */
  score: number | null;
  band: string | null;
  /** Only in attempts saved before a balance's sides were dimensions of their own: read apart by `sidesApart`. */
  sides?: { id: string; name: string; score: number | null }[];
}

export interface Attempt {
  id: string;
  version: number;
  completedAt: string;
  /** Teamscan: who filled it in. Absent for a zelfscan and for attempts of version 1. */
  role?: Role;
  answers: Answers;
  dimensions: AttemptDimension[];
}

export interface History {
  schema: typeof HISTORY_SCHEMA;
  progress: Progress | null;
  attempts: Attempt[];
}

export const emptyHistory = (): History => ({ schema: HISTORY_SCHEMA, progress: null, attempts: [] });

/** Where an assessment's attempts are kept: one key per assessment, named for this tool. */
export function historyKey(assessmentId: string): string {
  return `${STORAGE_PREFIX}assessment:${assessmentId}`;
}

/** The key the first release used ("zelfscan", the URL segment); its data moves on first load. */
export function legacyHistoryKey(assessmentId: string): string {
  return `${STORAGE_PREFIX}zelfscan:${assessmentId}`;
}

function validAnswers(raw: unknown): Answers | undefined {
  if (!is.record(raw)) return undefined;
  const answers: Answers = {};
  for (const [id, value] of Object.entries(raw)) {
    if (value === 'unknown' || is.int(value)) answers[id] = value as AnswerValue;
    else return undefined;
  }
  return answers;
}

function validAttempt(raw: unknown): Attempt | undefined {
  if (!is.record(raw) || !is.string(raw.id) || !is.int(raw.version) || !is.isoDate(raw.completedAt)) return undefined;
  const answers = validAnswers(raw.answers);
  if (!answers || !Array.isArray(raw.dimensions)) return undefined;
  const dimensions: AttemptDimension[] = [];
  for (const dimension of raw.dimensions) {
    if (!is.record(dimension) || !is.string(dimension.id) || !is.string(dimension.name)) return undefined;
    const score = dimension.score === null ? null : typeof dimension.score === 'number' && Number.isFinite(dimension.score) ? dimension.score : undefined;
    const band = dimension.band === null || is.string(dimension.band) ? dimension.band : undefined;
    if (score === undefined || band === undefined) return undefined;
    let sides: AttemptDimension['sides'];
    if (dimension.sides !== undefined) {
      if (!Array.isArray(dimension.sides)) return undefined;
      sides = [];
      for (const side of dimension.sides) {
        if (!is.record(side) || !is.string(side.id) || !is.string(side.name)) return undefined;
        if (side.score !== null && !(typeof side.score === 'number' && Number.isFinite(side.score))) return undefined;
        sides.push({ id: side.id, name: side.name, score: side.score as number | null });
      }
    }
    dimensions.push(...sidesApart({ id: dimension.id, name: dimension.name, score, band, ...(sides ? { sides } : {}) }));
  }
  if (raw.role !== undefined && raw.role !== 'member' && raw.role !== 'leader') return undefined;
  return { id: raw.id, version: raw.version, completedAt: raw.completedAt, ...(raw.role ? { role: raw.role as Role } : {}), answers, dimensions };
}

/**
 * A balance saved as one entry (its difference, a band on that difference, and its sides) is
 * read as its two sides, each an entry of its own under the id the content gives a side
 * (sides.ts): the difference and its band are dropped, nothing else is. Each side gets its band
 * from today's content when its version is current, and none for an earlier version.
 */
function sidesApart(dimension: AttemptDimension): AttemptDimension[] {
  if (!dimension.sides) return [dimension];
  return dimension.sides.map((side) => ({ id: sideDimensionId(dimension.id, side.id), name: side.name, score: side.score, band: null }));
}

/** Accepts stored data of this schema; anything else is "damaged" and will be set aside. */
export function validateHistory(raw: unknown): History | undefined {
  if (!is.record(raw) || raw.schema !== HISTORY_SCHEMA || !Array.isArray(raw.attempts)) return undefined;
  let progress: Progress | null = null;
  if (raw.progress !== null && raw.progress !== undefined) {
    const candidate = raw.progress;
    if (!is.record(candidate) || !is.int(candidate.version) || !is.int(candidate.position) || !is.isoDate(candidate.updatedAt)) return undefined;
    const answers = validAnswers(candidate.answers);
    if (!answers) return undefined;
    if (candidate.role !== undefined && candidate.role !== 'member' && candidate.role !== 'leader') return undefined;
    progress = { version: candidate.version, answers, position: candidate.position, updatedAt: candidate.updatedAt, ...(candidate.role ? { role: candidate.role as Role } : {}) };
  }
  const attempts: Attempt[] = [];
  for (const attempt of raw.attempts) {
    const valid = validAttempt(attempt);
    if (!valid) return undefined;
    attempts.push(valid);
  }
  return { schema: HISTORY_SCHEMA, progress, attempts };
}

export function loadHistory(storage: StorageLike | undefined, assessmentId: string): LoadResult<History> {
  return loadJson(storage, historyKey(assessmentId), validateHistory, [legacyHistoryKey(assessmentId)]);
}

/**
 * An assessment's history on this device. A renamed assessment still owns the results saved
 * under a former id: when its own key holds no attempts, the first former id that does is
 * read (its progress left behind), to be saved under the new id on the next change. The
 * former key is never deleted.
 */
export function loadAssessmentHistory(storage: StorageLike | undefined, assessment: Pick<ClientAssessment, 'id' | 'formerIds'>): LoadResult<History> {
  const loaded = loadHistory(storage, assessment.id);
  if (loaded.status === 'empty' || (loaded.status === 'ok' && loaded.value.attempts.length === 0)) {
    for (const formerId of assessment.formerIds ?? []) {
      const former = loadHistory(storage, formerId);
      if (former.status === 'ok' && former.value.attempts.length > 0) return { ...former, value: { ...former.value, progress: null } };
    }
  }
  return loaded;
}

export function saveHistory(storage: StorageLike | undefined, assessmentId: string, history: History): SaveResult {
  return saveJson(storage, historyKey(assessmentId), history);
}

/** Turns answers into an attempt with its snapshot of names, bands and scores. */
export function completeAttempt(assessment: Assessment, answers: Answers, now: Date, id: string, role?: Role): Attempt {
  const scores = scoreAssessment(assessment, answers);
  return {
    id,
    version: assessment.version,
    completedAt: now.toISOString(),
    ...(role ? { role } : {}),
    answers: { ...answers },
    dimensions: assessment.dimensions.flatMap((dimension, index) => {
      const score = scores[index]!;
      return sidesApart({
        id: dimension.id,
        name: dimension.name,
        score: score.status === 'scored' ? score.score : null,
        band: score.status === 'scored' ? score.band.label : null,
        ...(score.sides
          ? { sides: score.sides.map((side) => ({ id: side.id, name: side.name, score: side.result.status === 'scored' ? side.result.score : null })) }
          : {}),
      });
    }),
  };
}

/** The progress to keep for answers so far, with the item on screen. */
export function progressAt(assessment: Pick<Assessment, 'version'>, answers: Answers, position: number, now: Date, role?: Role): Progress {
  return { version: assessment.version, answers, position, updatedAt: now.toISOString(), ...(role ? { role } : {}) };
}

/** Where a resumed scan starts: the item on screen, when there are answers to come back to. */
export function resumePosition(progress: Progress | null): number | null {
  return progress && Object.keys(progress.answers).length > 0 ? progress.position : null;
}

/** The band labels an attempt was given, by dimension id: how an older version's result still reads. */
export function storedBands(attempt: Pick<Attempt, 'dimensions'>): Record<string, string | null> {
  return Object.fromEntries(attempt.dimensions.map((dimension) => [dimension.id, dimension.band]));
}

/** A completed attempt joins the history and ends the progress that led to it. */
export function withAttempt(history: History, attempt: Attempt): History {
  return { ...history, progress: null, attempts: [...history.attempts, attempt] };
}

export function withoutAttempt(history: History, attemptId: string): History {
  return { ...history, attempts: history.attempts.filter((attempt) => attempt.id !== attemptId) };
}

/** Progress is only resumable when it belongs to the current version and points at an item. */
export function resumableProgress(history: History, assessment: Assessment): Progress | null {
  const progress = history.progress;
  if (!progress || progress.version !== assessment.version) return null;
  const known = new Set(assessment.items.map((item) => item.id));
  const answers = Object.fromEntries(Object.entries(progress.answers).filter(([id]) => known.has(id)));
  return { ...progress, answers, position: Math.min(Math.max(progress.position, 0), assessment.items.length - 1) };
}

type Change = 'same' | 'higher' | 'lower' | 'not-comparable';

export interface DimensionComparison {
  id: string;
  name: string;
  earlier: AttemptDimension | undefined;
  later: AttemptDimension | undefined;
  change: Change;
}

/**
 * Compares two attempts per dimension on their shown scores (score-display.ts), under each
 * dimension's reliable-change rule (reliable-change.ts `changeRules`): a difference below the
 * rule's minimum reads "ongeveer gelijk". Attempts of different versions are never compared:
 * their items differ.
 */
export function compareAttempts(earlier: Attempt, later: Attempt, rules: Record<string, Pick<ChangeRule, 'minimumChange'>>): DimensionComparison[] {
  const ids = [...new Set([...later.dimensions.map((d) => d.id), ...earlier.dimensions.map((d) => d.id)])];
  return ids.map((id) => {
    const before = earlier.dimensions.find((d) => d.id === id);
    const after = later.dimensions.find((d) => d.id === id);
    let change: Change = 'not-comparable';
    const rule = rules[id];
    if (earlier.version === later.version && rule !== undefined && before?.score != null && after?.score != null) {
      const reading = changeBetween(shownScore(before.score, before.sides), shownScore(after.score, after.sides), rule);
      change = reading.change === 'about-the-same' ? 'same' : reading.change;
    }
    return { id, name: after?.name ?? before?.name ?? id, earlier: before, later: after, change };
  });
}

const EXPORT_FORMAT = 'adviesplaybook-zelfscan';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  schema: typeof HISTORY_SCHEMA;
  assessment: string;
  exportedAt: string;
  attempts: Attempt[];
}

export function exportHistory(assessmentId: string, history: History, now: Date): ExportFile {
  return { format: EXPORT_FORMAT, schema: HISTORY_SCHEMA, assessment: assessmentId, exportedAt: now.toISOString(), attempts: history.attempts };
}

export type ImportResult =
  | { ok: true; history: History; added: number; skipped: number }
  | { ok: false; problem: ImportProblem };

/** Why a file was not imported; the view words each kind (strings/nl.ts `importProblem`). */
export type ImportProblem =
  | { kind: 'not-json' }
  | { kind: 'not-an-export' }
  | { kind: 'other-release' }
  | { kind: 'other-assessment'; assessment: string }
  | { kind: 'no-attempts' }
  | { kind: 'damaged-attempt' };

/** Merges an exported file into the history; attempts already present are skipped. */
export function importHistory(text: string, assessmentId: string, history: History): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (!is.record(raw) || raw.format !== EXPORT_FORMAT) {
    return { ok: false, problem: { kind: 'not-an-export' } };
  }
  if (raw.schema !== HISTORY_SCHEMA) {
    return { ok: false, problem: { kind: 'other-release' } };
  }
  if (raw.assessment !== assessmentId) {
    return { ok: false, problem: { kind: 'other-assessment', assessment: String(raw.assessment) } };
  }
  if (!Array.isArray(raw.attempts)) return { ok: false, problem: { kind: 'no-attempts' } };
  const known = new Set(history.attempts.map((attempt) => attempt.id));
  const incoming: Attempt[] = [];
  for (const candidate of raw.attempts) {
    const attempt = validAttempt(candidate);
    if (!attempt) return { ok: false, problem: { kind: 'damaged-attempt' } };
    if (!known.has(attempt.id)) {
      incoming.push(attempt);
      known.add(attempt.id);
    }
  }
  const attempts = [...history.attempts, ...incoming].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  return { ok: true, history: { ...history, attempts }, added: incoming.length, skipped: raw.attempts.length - incoming.length };
}
