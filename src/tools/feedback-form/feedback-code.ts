/**
 * Codes of the client-feedback form. An adviser's request (subject and questions) travels
 * to the client in a link, after the "#", so it never reaches a server; the client's
 * answers travel back as an answer code that the adviser pastes (or opens as a link).
 *
 *   FBA1.AXsd9Kq…w.3f0c91ab
 *   └─┬┘ └───┬───┘ └──┬───┘
 *     │   payload   checksum: FNV-1a (32 bits, hex) over prefix + payload
 *     prefix: "FB", kind (V = verzoek/request, A = antwoord/answers), format version
 *
 * Payload: base64url of one method byte (0 = plain, 1 = deflate-raw) followed by UTF-8 JSON.
 * Deflate roughly halves a typical code (measured: a request of 4 questions 471 → 286
 * characters, answers of about 900 bytes 1208 → 635), which keeps most answer codes short
 * enough for a mail link. Browsers without CompressionStream still make plain codes.
 *
 * Decoding never throws: every problem is one of the `CodeError` kinds, which the view turns
 * into a Dutch message. Any single changed character is caught: FNV-1a applies a bijective
 * step per character, so a change anywhere changes the hash.
 */
import { fnv1a32Hex } from '../../lib/codec';
import { isCalendarDate } from '../../lib/dates';

const FORMAT_VERSION = 1;

export type QuestionKind = 'eigen' | 'goed' | 'beter' | 'letop' | 'gevoel';
/**
 * The three questions every request starts with, in the order the client sees them: with
 * the adviser's own questions about the content, the three kinds of question the source's
 * tip names (content; what went well and what can be better; the feeling).
 */
export const STANDARD_KINDS = ['goed', 'beter', 'gevoel'] as const satisfies readonly QuestionKind[];
/**
 * "letop" ("what should we look out for next time?") is no longer offered: it misreads the
 * tip, which is to tell the client beforehand what to look out for. Links and answer codes
 * that ask it still exist on people's devices and in their mail, so they still open.
 */
const LEGACY_KINDS = ['letop'] as const satisfies readonly QuestionKind[];
const KINDS: readonly QuestionKind[] = ['eigen', ...STANDARD_KINDS, ...LEGACY_KINDS];

/** The short choice a client may add to the feeling question; the free text says more. */
export const FEELINGS = ['vertrouwen', 'gemengd', 'weinig'] as const;
export type Feeling = (typeof FEELINGS)[number];

export const LIMITS = {
  subject: 150,
  sender: 80,
  clientName: 80,
  question: 300,
  answer: 2000,
  ownQuestions: 3,
  /** Three own questions and the standard ones, plus the legacy "letop" in older codes. */
  questions: STANDARD_KINDS.length + LEGACY_KINDS.length + 3,
  /** Characters of the payload; the largest valid answers stay far below this. */
  payload: 60_000,
  /** Bytes of JSON after inflating, so a tiny code cannot unfold into megabytes. */
  json: 160_000,
  /** Characters of pasted text searched for a code (a whole mail may be pasted). */
  input: 100_000,
} as const;

interface FeedbackQuestion {
  kind: QuestionKind;
  text: string;
}

export interface FeedbackRequest {
  subject: string;
  /** The adviser's first name or team, or "". */
  sender: string;
  /** YYYY-MM-DD */
  createdOn: string;
  questions: FeedbackQuestion[];
}

export interface AnsweredQuestion extends FeedbackQuestion {
  answer: string;
  /** Only on the feeling question; null when the client chose nothing. */
  feeling: Feeling | null;
}

export interface FeedbackAnswers {
  subject: string;
  sender: string;
  createdOn: string;
  /** YYYY-MM-DD */
  answeredOn: string;
  /** The client's name, or "" (the client may stay anonymous). */
  clientName: string;
  items: AnsweredQuestion[];
}

export type CodeKind = 'request' | 'answers';

export type CodeError =
  | 'empty'
  | 'not-a-code'
  /** A self-assessment result code, e.g. EA1-3KQ8-…. */
  | 'assessment-code'
  /** A request where answers are expected, or the other way round. */
  | 'wrong-kind'
  | 'version'
  | 'incomplete'
  | 'checksum'
  | 'too-long'
  | 'several'
  | 'damaged'
  /** The browser cannot inflate (no DecompressionStream). */
  | 'unsupported';

export const CODE_ERRORS: readonly CodeError[] = [
  'empty',
  'not-a-code',
  'assessment-code',
  'wrong-kind',
  'version',
  'incomplete',
  'checksum',
  'too-long',
  'several',
  'damaged',
  'unsupported',
];

export type Decoded<T> = { ok: true; value: T; code: string } | { ok: false; error: CodeError };

const LETTER: Record<CodeKind, string> = { request: 'V', answers: 'A' };

// ---------------------------------------------------------------------------------------
// Checking what the adviser and the client fill in

export type RequestProblem =
  | { field: 'subject'; problem: 'empty' | 'too-long' }
  | { field: 'sender'; problem: 'too-long' }
  | { field: 'question'; index: number; problem: 'empty' | 'too-long' }
  | { field: 'questions'; problem: 'count' | 'feeling' | 'duplicate' | 'own-count' };

/** Everything that keeps a request from being sent, in form order; [] when it is fine. */
export function checkRequest(request: FeedbackRequest): RequestProblem[] {
  const problems: RequestProblem[] = [];
  const subject = request.subject.trim();
  if (subject === '') problems.push({ field: 'subject', problem: 'empty' });
  else if (request.subject.length > LIMITS.subject) problems.push({ field: 'subject', problem: 'too-long' });
  if (request.sender.length > LIMITS.sender) problems.push({ field: 'sender', problem: 'too-long' });
  request.questions.forEach((question, index) => {
    if (question.text.trim() === '') problems.push({ field: 'question', index, problem: 'empty' });
    else if (question.text.length > LIMITS.question) problems.push({ field: 'question', index, problem: 'too-long' });
  });
  problems.push(...checkQuestionSet(request.questions.map((question) => question.kind)));
  return problems;
}

function checkQuestionSet(kinds: QuestionKind[]): RequestProblem[] {
  const problems: RequestProblem[] = [];
  if (kinds.length < 1 || kinds.length > LIMITS.questions) problems.push({ field: 'questions', problem: 'count' });
  if (kinds.filter((kind) => kind === 'gevoel').length !== 1) problems.push({ field: 'questions', problem: 'feeling' });
  if (kinds.filter((kind) => kind === 'eigen').length > LIMITS.ownQuestions) problems.push({ field: 'questions', problem: 'own-count' });
  if ([...STANDARD_KINDS, ...LEGACY_KINDS].some((kind) => kinds.filter((candidate) => candidate === kind).length > 1)) {
    problems.push({ field: 'questions', problem: 'duplicate' });
  }
  return problems;
}

/** What the adviser's form holds: the standard questions can be left out, except the feeling. */
export interface RequestDraft {
  subject: string;
  sender: string;
  standard: Record<(typeof STANDARD_KINDS)[number], { include: boolean; text: string }>;
  own: string[];
}

/**
 * The request in the order the client answers it: own questions about the content first,
 * then what went well, what can be better, and the feeling last.
 */
export function requestFromDraft(draft: RequestDraft, createdOn: string): FeedbackRequest {
  const clean = (text: string) => cleanText(text).trim();
  return {
    subject: clean(draft.subject),
    sender: clean(draft.sender),
    createdOn,
    questions: [
      ...draft.own.map((text) => ({ kind: 'eigen' as const, text: clean(text) })),
      ...STANDARD_KINDS.filter((kind) => kind === 'gevoel' || draft.standard[kind].include).map((kind) => ({ kind, text: clean(draft.standard[kind].text) })),
    ],
  };
}

/** True when the client wrote or chose anything at all. */
export function hasAnyAnswer(items: readonly AnsweredQuestion[]): boolean {
  return items.some((item) => item.answer.trim() !== '' || item.feeling !== null);
}

/**
 * What the adviser should ask about in the conversation afterwards: the form asks for a
 * balance of what went well and what can be better, and for the feeling.
 */
export type BalanceHint = 'no-good' | 'no-better' | 'no-feeling';

export function balanceHints(answers: FeedbackAnswers): BalanceHint[] {
  const empty = (kind: QuestionKind) => {
    const item = answers.items.find((candidate) => candidate.kind === kind);
    return item !== undefined && item.answer.trim() === '' && item.feeling === null;
  };
  const hints: BalanceHint[] = [];
  if (empty('goed')) hints.push('no-good');
  if (empty('beter')) hints.push('no-better');
  if (empty('gevoel')) hints.push('no-feeling');
  return hints;
}

/** Line endings as "\n" and no lone surrogates, so what is encoded is what comes back. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

export { localDay } from '../../lib/dates';

// ---------------------------------------------------------------------------------------
// The JSON inside a code: short keys, questions as arrays

type RequestWire = { s: string; n: string; d: string; q: [QuestionKind, string][] };
type AnswersWire = { s: string; n: string; d: string; c: string; k: string; q: [QuestionKind, string, string, Feeling | null][] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isDay = isCalendarDate;
const hasExactly = (record: Record<string, unknown>, keys: string[]) =>
  Object.keys(record).length === keys.length && keys.every((key) => Object.hasOwn(record, key));
const isKind = (value: unknown): value is QuestionKind => typeof value === 'string' && (KINDS as readonly string[]).includes(value);

function requestToWire(request: FeedbackRequest): RequestWire {
  return { s: request.subject, n: request.sender, d: request.createdOn, q: request.questions.map((question) => [question.kind, question.text]) };
}

function requestFromWire(raw: unknown): FeedbackRequest | undefined {
  if (!isRecord(raw) || !hasExactly(raw, ['s', 'n', 'd', 'q'])) return undefined;
  if (!isText(raw.s, LIMITS.subject) || raw.s.trim() === '' || !isText(raw.n, LIMITS.sender) || !isDay(raw.d)) return undefined;
  if (!Array.isArray(raw.q)) return undefined;
  const questions: FeedbackQuestion[] = [];
  for (const entry of raw.q) {
    if (!Array.isArray(entry) || entry.length !== 2) return undefined;
    const [kind, text] = entry as unknown[];
    if (!isKind(kind) || !isText(text, LIMITS.question) || text.trim() === '') return undefined;
    questions.push({ kind, text });
  }
  if (checkQuestionSet(questions.map((question) => question.kind)).length > 0) return undefined;
  return { subject: raw.s, sender: raw.n, createdOn: raw.d, questions };
}

export function answersToWire(answers: FeedbackAnswers): AnswersWire {
  return {
    s: answers.subject,
    n: answers.sender,
    d: answers.createdOn,
    c: answers.answeredOn,
    k: answers.clientName,
    q: answers.items.map((item) => [item.kind, item.text, item.answer, item.feeling]),
  };
}

export function answersFromWire(raw: unknown): FeedbackAnswers | undefined {
  if (!isRecord(raw) || !hasExactly(raw, ['s', 'n', 'd', 'c', 'k', 'q'])) return undefined;
  const request = requestFromWire({ s: raw.s, n: raw.n, d: raw.d, q: Array.isArray(raw.q) ? raw.q.map((entry) => (Array.isArray(entry) ? entry.slice(0, 2) : entry)) : raw.q });
  if (!request || !isDay(raw.c) || !isText(raw.k, LIMITS.clientName) || !Array.isArray(raw.q)) return undefined;
  const items: AnsweredQuestion[] = [];
  for (const [index, entry] of raw.q.entries()) {
    if (!Array.isArray(entry) || entry.length !== 4) return undefined;
    const [, , answer, feeling] = entry as unknown[];
    if (!isText(answer, LIMITS.answer)) return undefined;
    const question = request.questions[index]!;
    const validFeeling = feeling === null || (question.kind === 'gevoel' && typeof feeling === 'string' && (FEELINGS as readonly string[]).includes(feeling));
    if (!validFeeling) return undefined;
    items.push({ ...question, answer, feeling: feeling as Feeling | null });
  }
  const answers: FeedbackAnswers = { subject: request.subject, sender: request.sender, createdOn: request.createdOn, answeredOn: raw.c, clientName: raw.k, items };
  return hasAnyAnswer(items) ? answers : undefined;
}

// ---------------------------------------------------------------------------------------
// Bytes, base64url and the checksum

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index]! << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - index) * 8) / 6));
    for (let char = 0; char < chars; char++) text += BASE64URL[(chunk >> (18 - char * 6)) & 63];
  }
  return text;
}

export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1 || !/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let position = 0;
  for (const char of text) {
    buffer = ((buffer << 6) | BASE64URL.indexOf(char)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[position++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** The code's checksum: FNV-1a, 32 bits, as hex (src/lib/codec.ts). */
export const checksum = fnv1a32Hex;

async function readAll(readable: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | 'too-long'> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-long';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | 'too-long'> {
  const writer = stream.writable.getWriter();
  // Errors of the writable side show up on the readable side; these only keep them from being "unhandled".
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return readAll(stream.readable as ReadableStream<Uint8Array>, limit);
}

const canDeflate = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

// ---------------------------------------------------------------------------------------
// Encoding

async function pack(kind: CodeKind, value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  let body = new Uint8Array(json.length + 1);
  body.set(json, 1);
  if (canDeflate()) {
    try {
      const deflated = await transform(json, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER);
      if (deflated !== 'too-long' && deflated.length < json.length) {
        body = new Uint8Array(deflated.length + 1);
        body[0] = 1;
        body.set(deflated, 1);
      }
    } catch {
      // Keep the plain body: a longer code beats no code.
    }
  }
  const prefix = `FB${LETTER[kind]}${FORMAT_VERSION}.`;
  const payload = toBase64Url(body);
  return `${prefix}${payload}.${checksum(prefix + payload)}`;
}

/** Encodes a request that `checkRequest` accepts; anything else is a programming error. */
export function encodeRequest(request: FeedbackRequest): Promise<string> {
  const wire = requestToWire(request);
  if (checkRequest(request).length > 0 || !requestFromWire(wire)) return Promise.reject(new Error('Invalid feedback request'));
  return pack('request', wire);
}

export function encodeAnswers(answers: FeedbackAnswers): Promise<string> {
  const wire = answersToWire(answers);
  if (!answersFromWire(wire)) return Promise.reject(new Error('Invalid feedback answers'));
  return pack('answers', wire);
}

// ---------------------------------------------------------------------------------------
// Decoding

interface Located {
  prefix: string;
  payload: string;
  check: string;
  code: string;
}

const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]+/g;
const START = /FB([A-Z])(\d{1,3})\./g;
const ASSESSMENT_CODE = /^[A-Za-z]{2,4}\d{1,3}-[0-9A-Za-z]{1,4}(-[0-9A-Za-z]{1,4})+$/;

/**
 * Finds the one code of the expected kind in pasted text: the bare code, a link that ends
 * in it, or a whole mail around it. Line breaks and spaces inside the code are ignored.
 */
export function locateCode(input: string, expected: CodeKind): Located | CodeError {
  if (input.length > LIMITS.input) return 'too-long';
  const compact = input.replace(INVISIBLE, '');
  if (compact === '') return 'empty';
  const starts = [...compact.matchAll(START)];
  const matching = starts.filter((start) => start[1] === LETTER[expected]);
  if (matching.length === 0) {
    if (starts.some((start) => start[1] === 'A' || start[1] === 'V')) return 'wrong-kind';
    return ASSESSMENT_CODE.test(compact.replace(/^.*[#=]/, '')) ? 'assessment-code' : 'not-a-code';
  }
  const found = new Map<string, Located | CodeError>();
  let end = 0;
  for (const start of matching) {
    // A payload may end in "FBA1" by chance; that is the code's own tail, not a second code.
    if (start.index < end) continue;
    const match = /^(FB[A-Z](\d{1,3})\.)([A-Za-z0-9_-]*)(?:\.([0-9a-f]{8}))?/.exec(compact.slice(start.index));
    const [whole, prefix, version, payload, check] = match as unknown as [string, string, string, string, string | undefined];
    end = start.index + whole.length;
    if (Number(version) !== FORMAT_VERSION) found.set(whole, 'version');
    else if (payload.length > LIMITS.payload) found.set(whole, 'too-long');
    else if (check === undefined || payload === '') found.set(whole, 'incomplete');
    else found.set(whole, { prefix, payload, check, code: whole });
  }
  if (found.size > 1) return 'several';
  return [...found.values()][0]!;
}

type Unpacked = { ok: true; raw: unknown } | { ok: false; error: CodeError };

async function unpack(located: Located): Promise<Unpacked> {
  if (checksum(located.prefix + located.payload) !== located.check) return { ok: false, error: 'checksum' };
  const body = fromBase64Url(located.payload);
  if (!body || body.length < 2) return { ok: false, error: 'damaged' };
  let json: Uint8Array;
  if (body[0] === 0) json = body.subarray(1);
  else if (body[0] === 1) {
    if (!canDeflate()) return { ok: false, error: 'unsupported' };
    const inflated = await transform(body.subarray(1), new DecompressionStream('deflate-raw'), LIMITS.json);
    if (inflated === 'too-long') return { ok: false, error: 'too-long' };
    json = inflated;
  } else return { ok: false, error: 'damaged' };
  if (json.length > LIMITS.json) return { ok: false, error: 'too-long' };
  return { ok: true, raw: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) as unknown };
}

async function decode<T>(input: unknown, expected: CodeKind, fromWire: (raw: unknown) => T | undefined): Promise<Decoded<T>> {
  try {
    if (typeof input !== 'string') return { ok: false, error: 'empty' };
    const located = locateCode(input, expected);
    if (typeof located === 'string') return { ok: false, error: located };
    const unpacked = await unpack(located);
    if (!unpacked.ok) return unpacked;
    const value = fromWire(unpacked.raw);
    return value === undefined ? { ok: false, error: 'damaged' } : { ok: true, value, code: located.code };
  } catch {
    // Broken deflate data, invalid UTF-8, invalid JSON: all the same to the reader.
    return { ok: false, error: 'damaged' };
  }
}

export function decodeRequest(input: unknown): Promise<Decoded<FeedbackRequest>> {
  return decode(input, 'request', requestFromWire);
}

export function decodeAnswers(input: unknown): Promise<Decoded<FeedbackAnswers>> {
  return decode(input, 'answers', answersFromWire);
}
