/**
 * Result codes: a short, typeable code that carries one completed self-assessment — which
 * assessment, which version, the month it was completed, who filled it in (team member or
 * leader, for a teamscan) and the score per dimension — but never a name. The answers it
 * carries are only those to the items of dimensions about the team (schema `refersTo: team`),
 * which the team profile needs for the agreement index (team-profile/agreement.ts); an
 * assessment without such dimensions gets a code without any answer. Members hand these to
 * a facilitator for a team profile, and a share link carries one after the "#".
 *
 *   EA2-0F3K-Q8D0-ZM7T-X4
 *   └┬┘ └──────┬───────┘ └┬┘
 *    │      payload     checksum (10 bits)
 *    assessment code + version
 *
 * Payload bits, in Crockford base32 (no I, L, O, U; case-insensitive). Format 2:
 *   4 bits   0000, marks format 2
 *   4 bits   number of slots (a dimension takes one slot, a balance dimension one per side)
 *   2 bits   role: 0 none, 1 team member, 2 leader
 *   9 bits   completion month, counted from January 2024 — never the day
 *   6 bits   per slot: the score as 0…40 steps across the scale, or 63 for "not enough answers"
 * Format 3, for an assessment with dimensions about the team (`codedItemsOf` is not empty):
 *   8 bits   0000 0000, marks format 3 (format 2 never has 0 slots, format 1 never 0 dimensions)
 *   then the whole of format 2 after its mark (slots, role, month, 6 bits per slot)
 *   5 bits   number of item answers that follow (checked against the assessment's items)
 *   w bits   per item of `codedItemsOf`, in the assessment's item order: 0 no answer or
 *            "weet ik niet", 1 … A the answer (scale minimum … maximum); w = ⌈log2(A + 1)⌉,
 *            3 for a 5-point scale
 * Format 1 (version-1 codes, still read): 4 bits number of dimensions (never 0), 15 bits
 * completion day from 2024-01-01, then 6 bits per dimension. Only the month is kept.
 * Every format ends in the same 10-bit checksum over the head and the payload.
 */
import { BASE32_ALPHABET, checksum10 } from '../../lib/codec';
import { sideDimensionId } from './sides';
import type { Attempt } from './history';
import type { Assessment, Item, Role } from './model';
import { bandFor, dimensionsFromSlots, scaleRange, slotsOf, slotValues } from './scoring';

export const ALPHABET = BASE32_ALPHABET;
const STEPS = 40;
const INSUFFICIENT = 63;
const EPOCH_UTC = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;
const MAX_SLOTS = 15;
const ANSWER_COUNT_BITS = 5;
const MAX_ANSWERS = (1 << ANSWER_COUNT_BITS) - 1;
const ROLE_BITS: Record<'none' | Role, number> = { none: 0, member: 1, leader: 2 };

export interface CodedResult {
  /** The assessment's code letters, e.g. "EA". */
  code: string;
  version: number;
  /** Completion month as YYYY-MM. */
  month: string;
  /** Team member or leader (teamscan); null when the assessment does not ask. */
  role: Role | null;
  /** Score per slot in the assessment's order; null = not enough answers. */
  scores: (number | null)[];
  /**
   * Format 3 only: the answer to each item of `codedItemsOf` (the items about the team), in
   * the assessment's item order, as the scale value; null = no answer or "weet ik niet".
   */
  answers?: (number | null)[];
}

/** Why a code was refused; the view words each kind (strings/nl.ts `codeError`). */
export type DecodeError =
  | { kind: 'empty' }
  /** `format`: not shaped like a result code; `characters`: letters a code never has, or too short. */
  | { kind: 'malformed'; detail: 'format' | 'characters' }
  | { kind: 'checksum' }
  | { kind: 'unknown-assessment'; code: string }
  /** A version this site neither has nor still reads. */
  | { kind: 'version'; code: string; version: number; expected: number; title: string }
  /** `dimensions`: the number of scores does not match; `scale`: a score beyond the scale. */
  | { kind: 'shape'; detail: 'dimensions' | 'scale'; title: string };

export type DecodeResult = { ok: true; result: CodedResult } | { ok: false; error: DecodeError };

/** What the decoder needs to know about an assessment this site has. */
export interface CodeTarget {
  code: string;
  /** The current version. */
  version: number;
  title: string;
  scaleMin: number;
  scaleMax: number;
  /** Slots of the current version. */
  slotCount: number;
  /** Earlier versions whose codes still open, with their slot counts. */
  legacy?: { version: number; slotCount: number }[];
  /** Item answers a code of the current version carries (`codedItemsOf`; 0: none, so never format 3); not checked when absent. */
  answerCount?: number;
}

// FNV-1a folded to 10 bits (src/lib/codec.ts): any single changed character changes it.
const checksum = checksum10;

function groups(text: string): string {
  return text.match(/.{1,4}/g)?.join('-') ?? '';
}

const bin = (value: number, width: number) => value.toString(2).padStart(width, '0');

function toStep(score: number | null, scaleMin: number, scaleMax: number): number {
  if (score === null) return INSUFFICIENT;
  return Math.round(((Math.min(Math.max(score, scaleMin), scaleMax) - scaleMin) / (scaleMax - scaleMin)) * STEPS);
}

function pack(head: string, bits: string): string {
  const padded = bits.padEnd(Math.ceil(bits.length / 5) * 5, '0');
  let payload = '';
  for (let index = 0; index < padded.length; index += 5) payload += ALPHABET[parseInt(padded.slice(index, index + 5), 2)];
  return `${head}-${groups(payload)}-${checksum(head + payload)}`;
}

function monthIndex(month: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new Error(`Invalid month "${month}"`);
  const index = (Number(match[1]) - 2024) * 12 + Number(match[2]) - 1;
  if (index < 0 || index >= 1 << 9 || Number(match[2]) < 1 || Number(match[2]) > 12) throw new Error(`Month out of range: ${month}`);
  return index;
}

function monthOf(index: number): string {
  return `${2024 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function checkHead(code: string, version: number, slots: number) {
  if (!/^[A-Z]{2,4}$/.test(code)) throw new Error(`Invalid assessment code "${code}"`);
  if (!Number.isInteger(version) || version < 1) throw new Error(`Invalid version ${version}`);
  if (slots < 1 || slots > MAX_SLOTS) throw new Error(`A result code holds 1 to ${MAX_SLOTS} scores, not ${slots}`);
}

/** Bits per item answer: 0 for none, 1 … A for the A points of the scale. */
const answerWidth = (scaleMin: number, scaleMax: number) => Math.ceil(Math.log2(scaleMax - scaleMin + 2));

/** Format 3 when the result carries item answers (see the header), else format 2. */
export function encodeResult(result: CodedResult, scaleMin: number, scaleMax: number): string {
  checkHead(result.code, result.version, result.scores.length);
  const answers = result.answers ?? [];
  if (answers.length > MAX_ANSWERS) throw new Error(`A result code holds at most ${MAX_ANSWERS} item answers, not ${answers.length}`);
  let bits = (answers.length ? '00000000' : '0000') + bin(result.scores.length, 4) + bin(ROLE_BITS[result.role ?? 'none'], 2) + bin(monthIndex(result.month), 9);
  for (const score of result.scores) bits += bin(toStep(score, scaleMin, scaleMax), 6);
  if (answers.length) {
    bits += bin(answers.length, ANSWER_COUNT_BITS);
    for (const answer of answers) {
      if (answer !== null && (!Number.isInteger(answer) || answer < scaleMin || answer > scaleMax)) throw new Error(`Answer ${answer} is not on the scale ${scaleMin}…${scaleMax}`);
      bits += bin(answer === null ? 0 : answer - scaleMin + 1, answerWidth(scaleMin, scaleMax));
    }
  }
  return pack(`${result.code}${result.version}`, bits);
}

/**
 * A code in the format of version 1 (with the completion day). Only tests use it: to prove
 * that codes handed out before version 2 still open.
 */
export function encodeFormat1(result: { code: string; version: number; completedOn: string; scores: (number | null)[] }, scaleMin: number, scaleMax: number): string {
  checkHead(result.code, result.version, result.scores.length);
  const day = Math.round((Date.parse(`${result.completedOn}T00:00:00Z`) - EPOCH_UTC) / DAY_MS);
  if (!Number.isInteger(day) || day < 0 || day >= 1 << 15) throw new Error(`Date out of range: ${result.completedOn}`);
  let bits = bin(result.scores.length, 4) + bin(day, 15);
  for (const score of result.scores) bits += bin(toStep(score, scaleMin, scaleMax), 6);
  return pack(`${result.code}${result.version}`, bits);
}

/** Reads a code as a person may have typed it: any case, spaces, O for 0, I or L for 1. */
export function normaliseCode(input: string): string {
  return input
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, '')
    .replace(/[–—]/g, '-');
}

/** The same code however it was typed: for spotting duplicates. */
export function canonicalCode(input: string): string {
  return normaliseCode(input).replace(/-/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function decodeResult(input: string, targets: readonly CodeTarget[]): DecodeResult {
  const fail = (error: DecodeError): DecodeResult => ({ ok: false, error });
  const text = normaliseCode(input);
  if (text === '') return fail({ kind: 'empty' });

  const match = /^([A-Z]{2,4})(\d{1,3})-([0-9A-Z-]+)$/.exec(text);
  if (!match) return fail({ kind: 'malformed', detail: 'format' });
  const code = match[1]!;
  const versionText = match[2]!;
  const body = match[3]!.replace(/-/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(body) || body.length < 7) return fail({ kind: 'malformed', detail: 'characters' });
  const payload = body.slice(0, -2);
  const head = `${code}${versionText}`;
  if (checksum(head + payload) !== body.slice(-2)) return fail({ kind: 'checksum' });

  const version = Number(versionText);
  const target = targets.find((candidate) => candidate.code === code);
  if (!target) return fail({ kind: 'unknown-assessment', code });
  const slotCount = version === target.version ? target.slotCount : target.legacy?.find((legacy) => legacy.version === version)?.slotCount;
  if (slotCount === undefined) return fail({ kind: 'version', code, title: target.title, version, expected: target.version });

  const bits = [...payload].map((char) => ALPHABET.indexOf(char).toString(2).padStart(5, '0')).join('');
  const format = bits.startsWith('00000000') ? 3 : bits.startsWith('0000') ? 2 : 1;
  // Format 3 is format 2 behind a longer mark, with item answers after the scores.
  const start = format === 3 ? 4 : 0;
  const count = format === 1 ? parseInt(bits.slice(0, 4), 2) : parseInt(bits.slice(start + 4, start + 8), 2);
  const headerBits = format === 1 ? 4 + 15 : start + 4 + 4 + 2 + 9;
  const scoreEnd = headerBits + 6 * count;
  const width = answerWidth(target.scaleMin, target.scaleMax);
  const answerCount = format === 3 ? parseInt(bits.slice(scoreEnd, scoreEnd + ANSWER_COUNT_BITS), 2) : 0;
  const expectedAnswers = format !== 3 ? 0 : version === target.version ? (target.answerCount ?? answerCount) : 0;
  const totalBits = scoreEnd + (format === 3 ? ANSWER_COUNT_BITS + width * answerCount : 0);
  const shape = (detail: 'dimensions' | 'scale') => fail({ kind: 'shape', detail, title: target.title });
  if (count !== slotCount || payload.length !== Math.ceil(totalBits / 5) || answerCount !== expectedAnswers || (format === 3 && answerCount === 0)) return shape('dimensions');

  let month: string;
  let role: Role | null = null;
  if (format === 1) {
    month = new Date(EPOCH_UTC + parseInt(bits.slice(4, 19), 2) * DAY_MS).toISOString().slice(0, 7);
  } else {
    const roleBits = parseInt(bits.slice(start + 8, start + 10), 2);
    if (roleBits === 3) return shape('dimensions');
    role = roleBits === 1 ? 'member' : roleBits === 2 ? 'leader' : null;
    month = monthOf(parseInt(bits.slice(start + 10, start + 19), 2));
  }
  const scores: (number | null)[] = [];
  for (let index = 0; index < count; index++) {
    const step = parseInt(bits.slice(headerBits + index * 6, headerBits + 6 + index * 6), 2);
    if (step === INSUFFICIENT) scores.push(null);
    else if (step > STEPS) return shape('scale');
    else scores.push(Math.round((target.scaleMin + (step / STEPS) * (target.scaleMax - target.scaleMin)) * 1000) / 1000);
  }
  if (format !== 3) return { ok: true, result: { code, version, month, role, scores } };
  const answers: (number | null)[] = [];
  for (let index = 0; index < answerCount; index++) {
    const from = scoreEnd + ANSWER_COUNT_BITS + index * width;
    const value = parseInt(bits.slice(from, from + width), 2);
    if (value > target.scaleMax - target.scaleMin + 1) return shape('scale');
    answers.push(value === 0 ? null : target.scaleMin + value - 1);
  }
  return { ok: true, result: { code, version, month, role, scores, answers } };
}

/**
 * The items whose answers a code carries (format 3): those of the dimensions about the team
 * (`refersTo: team`), in the assessment's item order. Empty for most assessments.
 */
export function codedItemsOf<I extends Pick<Item, 'dimension'>>(assessment: { dimensions: readonly Pick<Assessment['dimensions'][number], 'id' | 'refersTo'>[]; items: readonly I[] }): I[] {
  const team = new Set(assessment.dimensions.filter((dimension) => dimension.refersTo === 'team').map((dimension) => dimension.id));
  return assessment.items.filter((item) => team.has(item.dimension));
}

/** What the decoder needs to know of an assessment, from its content. */
export function codeTargetOf(assessment: Pick<Assessment, 'code' | 'version' | 'title' | 'scale' | 'dimensions' | 'legacy'> & Partial<Pick<Assessment, 'items'>>): CodeTarget {
  const range = scaleRange(assessment.scale);
  return {
    ...(assessment.items ? { answerCount: codedItemsOf({ dimensions: assessment.dimensions, items: assessment.items }).length } : {}),
    code: assessment.code,
    version: assessment.version,
    title: assessment.title,
    scaleMin: range.min,
    scaleMax: range.max,
    slotCount: slotsOf(assessment.dimensions).length,
    legacy: assessment.legacy.map((legacy) => ({ version: legacy.version, slotCount: slotsOf(legacy.dimensions).length })),
  };
}

/**
 * The code of a completed attempt: its month, role and slot values, and for an assessment
 * with dimensions about the team the answers to those items (format 3). Null for an attempt
 * of another version than the current one, whose slots the code's version number would misname.
 */
export function attemptCode(
  assessment: Pick<Assessment, 'code' | 'version' | 'scale' | 'dimensions' | 'items'>,
  attempt: Pick<Attempt, 'version' | 'completedAt' | 'role' | 'dimensions' | 'answers'>,
): string | null {
  if (attempt.version !== assessment.version) return null;
  const range = scaleRange(assessment.scale);
  const coded = codedItemsOf(assessment);
  const answerOf = (id: string) => {
    const answer = attempt.answers[id];
    return typeof answer === 'number' ? answer : null;
  };
  return encodeResult(
    {
      code: assessment.code,
      version: assessment.version,
      month: attempt.completedAt.slice(0, 7),
      role: attempt.role ?? null,
      scores: slotValues(attempt.dimensions),
      ...(coded.length ? { answers: coded.map((item) => answerOf(item.id)) } : {}),
    },
    range.min,
    range.max,
  );
}

/** The name a share link gives its code after the "#": /zelfscans/<id>/#resultaat=EA2-… */
export const SHARE_PARAM = 'resultaat';

/** A share link to the assessment's page; a site path is made absolute with the page's origin. */
export function shareLink(pageUrl: string, origin: string, code: string): string {
  return `${/^https?:/.test(pageUrl) ? '' : origin}${pageUrl}#${SHARE_PARAM}=${code}`;
}

/** The code a share link carries in the address's "#" part, or null when there is none. */
export function sharedCodeIn(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
}

export interface SharedDimension {
  id: string;
  name: string;
  score: number | null;
}

export interface SharedResult {
  /** Of the current version: read against today's bands, meanings and next steps. */
  current: boolean;
  dimensions: SharedDimension[];
  /** An earlier version's band labels, by dimension id (from the legacy content); a balance's sides have none. */
  storedBands: Record<string, string | null>;
}

/** A decoded code as a result: per dimension of its version, the score and (for an earlier version) the band it was in. */
export function sharedResult(assessment: Pick<Assessment, 'version' | 'dimensions' | 'legacy'>, result: CodedResult): SharedResult {
  if (result.version === assessment.version) {
    const dimensions = dimensionsFromSlots(assessment.dimensions, result.scores).map((dimension, index) => ({ id: dimension.id, score: dimension.score, name: assessment.dimensions[index]!.name }));
    return { current: true, dimensions, storedBands: {} };
  }
  const legacy = assessment.legacy.find((candidate) => candidate.version === result.version)?.dimensions ?? [];
  const slotted = dimensionsFromSlots(legacy, result.scores);
  // A balance of that version takes two slots (one per side), as its two sides do now; each side is
  // shown with its number only, never the band that version put on the difference.
  const dimensions = slotted.flatMap((dimension, index): SharedDimension[] => {
    const version = legacy[index]!;
    if (!dimension.sides || !version.sides) return [{ id: dimension.id, name: version.name, score: dimension.score }];
    return dimension.sides.map((side, sideIndex) => ({ id: sideDimensionId(dimension.id, side.id), name: version.sides![sideIndex]!.name, score: side.score }));
  });
  return {
    current: false,
    dimensions,
    storedBands: Object.fromEntries(
      slotted.flatMap((dimension, index) => (dimension.sides ? [] : [[dimension.id, dimension.score == null ? null : bandFor(legacy[index]!.bands, dimension.score).label]])),
    ),
  };
}
