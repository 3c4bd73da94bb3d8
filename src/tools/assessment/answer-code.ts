/**
 * Full-answer codes: every item answer of one completed assessment, for the group analysis
 * of a course group (src/tools/group-analysis/). Anonymous like a result code — no name,
 * no date — but with the answers, so it is only handed in for that analysis. A code also
 * records the language the scan was taken in, so pooled groups can compare the Dutch and
 * English wordings.
 *
 *   EA3A-2D0K-7Q1M-…-X4ZB-8M1
 *   └─┬┘ └────────┬─────────┘
 *     │  payload, then a 7-character checksum
 *     assessment code + version + "A" (answers; a result code has no letter there, so
 *     neither decoder mistakes the other's codes for damaged ones of its own)
 *
 * Payload bits, in Crockford base32 (codec.ts; any case, O read as 0, I and L as 1):
 *   2 bits   role: 0 none, 1 team member, 2 leader
 *   1 bit    language the scan was taken in: 0 Dutch (nl), 1 English (en)
 *   7 bits   number of items (checked against the assessment's current items)
 *   10 bits  a random number, so two people with the same answers give different codes
 *            and a code pasted twice is recognised as a duplicate
 *   w bits   per item, in the assessment's item order: 0 skipped, 1 … A the answer
 *            (min … max), A + 1 "weet ik niet"; w = ⌈log2(A + 2)⌉, 3 for a 5-point scale
 * Checksum: the full 32-bit FNV-1a of head and payload (codec.ts), as 7 characters whose 3
 * spare bits are zero. Each FNV-1a step is a bijection, so ANY one changed character gives
 * another hash, and every hash has one spelling: a single changed character is always
 * detected (a folded 10-bit sum, as result codes use, misses 1 in 1,024).
 *
 * Only the current version's codes open: the items of earlier versions are not kept.
 *
 * API:
 *   encodeAnswerCode({ role, language, answers, nonce }, target) → string
 *   decodeAnswerCode(input, target) → { ok: true, value: { role, language, answers } } | { ok: false, error: AnswerCodeError }
 *   answerCodeKey(input) → the code however it was typed (for duplicates)
 */
import { base32ToBits, bitsToBase32, fnv1a32Hex } from '../../lib/codec';
import type { Locale } from '../../lib/urls';
import type { Answers, Role } from './model';

/** What the codec needs of an assessment: its current version's items and scale. */
export interface AnswerCodeTarget {
  /** The assessment's code letters, e.g. "EA". */
  code: string;
  version: number;
  scaleMin: number;
  scaleMax: number;
  /** The current version's items, in the assessment's order. */
  items: readonly { id: string }[];
}

export interface AnsweredCode {
  role: Role | null;
  /** The language the scan was taken in. */
  language: Locale;
  /** Every answered item; skipped items have no entry. */
  answers: Answers;
}

/** Why a code was refused; a view words each kind. */
export type AnswerCodeError =
  | { kind: 'empty' }
  /** Not shaped like a full-answer code (a result code, a typo). */
  | { kind: 'malformed' }
  /** Damaged or changed: the checksum does not match. */
  | { kind: 'checksum' }
  /** A valid code of another assessment: its code letters. */
  | { kind: 'other-assessment'; code: string }
  /** A valid code of another version of this assessment. */
  | { kind: 'other-version'; version: number; expected: number }
  /** Checksum right but content impossible for this assessment (item count, answer values). */
  | { kind: 'shape' };

export type AnswerCodeDecoding = { ok: true; value: AnsweredCode } | { ok: false; error: AnswerCodeError };

const MARK = 'A';
const ROLE_BITS = 2;
const LANGUAGE_BITS = 1;
const COUNT_BITS = 7;
const NONCE_BITS = 10;
const CHECK_CHARS = 7;
const ROLE_VALUE: Record<'none' | Role, number> = { none: 0, member: 1, leader: 2 };
const LANGUAGES: readonly Locale[] = ['nl', 'en'];
const HEADER_BITS = ROLE_BITS + LANGUAGE_BITS + COUNT_BITS + NONCE_BITS;

const bin = (value: number, width: number) => value.toString(2).padStart(width, '0');

function answerWidth(target: Pick<AnswerCodeTarget, 'scaleMin' | 'scaleMax'>): number {
  const points = target.scaleMax - target.scaleMin + 1;
  return Math.ceil(Math.log2(points + 2));
}

/** The 32-bit FNV-1a of the text as 7 base32 characters (3 leading zero bits). */
function check(text: string): string {
  return bitsToBase32(bin(parseInt(fnv1a32Hex(text), 16), CHECK_CHARS * 5));
}

const groups = (text: string) => text.match(/.{1,4}/g)?.join('-') ?? '';

export function encodeAnswerCode(input: AnsweredCode & { nonce: number }, target: AnswerCodeTarget): string {
  if (!/^[A-Z]{2,4}$/.test(target.code) || !Number.isInteger(target.version) || target.version < 1) throw new Error(`Invalid assessment code or version: ${target.code}${target.version}`);
  if (target.items.length < 1 || target.items.length >= 2 ** COUNT_BITS) throw new Error(`A full-answer code holds 1 to ${2 ** COUNT_BITS - 1} items, not ${target.items.length}`);
  if (!Number.isInteger(input.nonce) || input.nonce < 0 || input.nonce >= 2 ** NONCE_BITS) throw new Error(`The nonce must be a whole number from 0 to ${2 ** NONCE_BITS - 1}`);
  const language = LANGUAGES.indexOf(input.language);
  if (language < 0) throw new Error(`Unknown language: ${String(input.language)}`);
  const width = answerWidth(target);
  const points = target.scaleMax - target.scaleMin + 1;
  let bits = bin(ROLE_VALUE[input.role ?? 'none'], ROLE_BITS) + bin(language, LANGUAGE_BITS) + bin(target.items.length, COUNT_BITS) + bin(input.nonce, NONCE_BITS);
  for (const item of target.items) {
    const answer = input.answers[item.id];
    const value =
      answer === undefined ? 0 : answer === 'unknown' ? points + 1 : Number.isInteger(answer) && answer >= target.scaleMin && answer <= target.scaleMax ? answer - target.scaleMin + 1 : -1;
    if (value < 0) throw new Error(`Answer ${String(answer)} to item "${item.id}" is not on the scale`);
    bits += bin(value, width);
  }
  const head = `${target.code}${target.version}${MARK}`;
  const payload = bitsToBase32(bits.padEnd(Math.ceil(bits.length / 5) * 5, '0'));
  return `${head}-${groups(payload + check(head + payload))}`;
}

/** The code however it was typed: upper case, no spaces or dashes, O as 0 and I, L as 1 after the head. */
export function answerCodeKey(input: string): string {
  const text = input.trim().toUpperCase().replace(/[\s_–—-]+/g, '');
  const head = /^[A-Z]{2,4}\d{1,3}A/.exec(text)?.[0] ?? '';
  return head + text.slice(head.length).replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function decodeAnswerCode(input: string, target: AnswerCodeTarget): AnswerCodeDecoding {
  const fail = (error: AnswerCodeError): AnswerCodeDecoding => ({ ok: false, error });
  if (input.trim() === '') return fail({ kind: 'empty' });
  const match = /^([A-Z]{2,4})(\d{1,3})A([0-9A-Z]+)$/.exec(answerCodeKey(input));
  if (!match) return fail({ kind: 'malformed' });
  const [, code, versionText, body] = match as unknown as [string, string, string, string];
  if (body.length <= CHECK_CHARS || base32ToBits(body) === undefined) return fail({ kind: 'malformed' });
  const payload = body.slice(0, -CHECK_CHARS);
  if (check(`${code}${versionText}${MARK}${payload}`) !== body.slice(-CHECK_CHARS)) return fail({ kind: 'checksum' });

  const version = Number(versionText);
  if (code !== target.code) return fail({ kind: 'other-assessment', code });
  if (version !== target.version) return fail({ kind: 'other-version', version, expected: target.version });

  const bits = base32ToBits(payload)!;
  const width = answerWidth(target);
  const points = target.scaleMax - target.scaleMin + 1;
  const count = parseInt(bits.slice(ROLE_BITS + LANGUAGE_BITS, ROLE_BITS + LANGUAGE_BITS + COUNT_BITS), 2);
  const used = HEADER_BITS + count * width;
  if (count !== target.items.length || payload.length !== Math.ceil(used / 5) || /1/.test(bits.slice(used))) return fail({ kind: 'shape' });
  const roleValue = parseInt(bits.slice(0, ROLE_BITS), 2);
  if (roleValue === 3) return fail({ kind: 'shape' });
  const answers: Answers = {};
  for (const [index, item] of target.items.entries()) {
    const value = parseInt(bits.slice(HEADER_BITS + index * width, HEADER_BITS + (index + 1) * width), 2);
    if (value > points + 1) return fail({ kind: 'shape' });
    if (value === points + 1) answers[item.id] = 'unknown';
    else if (value > 0) answers[item.id] = target.scaleMin + value - 1;
  }
  const language = LANGUAGES[parseInt(bits.slice(ROLE_BITS, ROLE_BITS + LANGUAGE_BITS), 2)]!;
  return { ok: true, value: { role: roleValue === 1 ? 'member' : roleValue === 2 ? 'leader' : null, language, answers } };
}
