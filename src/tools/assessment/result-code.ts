/**
 * Result codes: a short, typeable code that carries one completed self-assessment — which
 * assessment, which version, the day it was completed and the score per dimension — but
 * never the answers or a name. Members hand these to a facilitator for a team profile,
 * and a share link carries one after the "#".
 *
 *   EA1-3KQ8-D0ZM-7T-X4
 *   └┬┘ └──────┬─────┘ └┬┘
 *    │     payload     checksum (10 bits)
 *    assessment code + version
 *
 * Payload bits, in Crockford base32 (no I, L, O, U; case-insensitive):
 *   4 bits   number of dimensions
 *   15 bits  completion day, counted from 2024-01-01
 *   6 bits   per dimension: the score as 0…40 steps across the scale, or 63 for "not enough answers"
 */
import { BASE32_ALPHABET, base32ToBits, bitsToBase32, checksum10 } from '../../lib/codec';

export const ALPHABET = BASE32_ALPHABET;
const STEPS = 40;
const INSUFFICIENT = 63;
const EPOCH_UTC = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;
const MAX_DIMENSIONS = 15;

export interface CodedResult {
  /** The assessment's code letters, e.g. "EA". */
  code: string;
  version: number;
  /** Completion day as YYYY-MM-DD (UTC). */
  completedOn: string;
  /** Score per dimension in the assessment's dimension order; null = not enough answers. */
  scores: (number | null)[];
}

/** Why a code was refused; the view words each kind (strings/nl.ts `codeError`). */
export type DecodeError =
  | { kind: 'empty' }
  /** `format`: not shaped like a result code; `characters`: letters a code never has, or too short. */
  | { kind: 'malformed'; detail: 'format' | 'characters' }
  | { kind: 'checksum' }
  | { kind: 'unknown-assessment'; code: string }
  | { kind: 'version'; code: string; version: number; expected: number; title: string }
  /** `dimensions`: the number of dimensions does not match; `scale`: a score beyond the scale. */
  | { kind: 'shape'; detail: 'dimensions' | 'scale'; title: string };

export type DecodeResult = { ok: true; result: CodedResult } | { ok: false; error: DecodeError };

/** What the decoder needs to know about the assessments this site has. */
export interface CodeTarget {
  code: string;
  version: number;
  title: string;
  scaleMin: number;
  scaleMax: number;
  dimensionCount: number;
}

// FNV-1a folded to 10 bits (src/lib/codec.ts): any single changed character changes it.
const checksum = checksum10;

function groups(text: string): string {
  return text.match(/.{1,4}/g)?.join('-') ?? '';
}

export function encodeResult(result: CodedResult, scaleMin: number, scaleMax: number): string {
  if (!/^[A-Z]{2,4}$/.test(result.code)) throw new Error(`Invalid assessment code "${result.code}"`);
  if (!Number.isInteger(result.version) || result.version < 1) throw new Error(`Invalid version ${result.version}`);
  if (result.scores.length < 1 || result.scores.length > MAX_DIMENSIONS) {
    throw new Error(`A result code holds 1 to ${MAX_DIMENSIONS} dimensions, not ${result.scores.length}`);
  }
  const day = Math.round((Date.parse(`${result.completedOn}T00:00:00Z`) - EPOCH_UTC) / DAY_MS);
  if (!Number.isInteger(day) || day < 0 || day >= 1 << 15) throw new Error(`Date out of range: ${result.completedOn}`);

  let bits = result.scores.length.toString(2).padStart(4, '0') + day.toString(2).padStart(15, '0');
  for (const score of result.scores) {
    const step =
      score === null ? INSUFFICIENT : Math.round(((Math.min(Math.max(score, scaleMin), scaleMax) - scaleMin) / (scaleMax - scaleMin)) * STEPS);
    bits += step.toString(2).padStart(6, '0');
  }
  bits = bits.padEnd(Math.ceil(bits.length / 5) * 5, '0');
  const payload = bitsToBase32(bits);

  const head = `${result.code}${result.version}`;
  return `${head}-${groups(payload)}-${checksum(head + payload)}`;
}

/** Reads a code as a person may have typed it: any case, spaces, O for 0, I or L for 1. */
export function normaliseCode(input: string): string {
  return input
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, '')
    .replace(/[–—]/g, '-');
}

export function decodeResult(input: string, targets: readonly CodeTarget[]): DecodeResult {
  const fail = (error: DecodeError): DecodeResult => ({ ok: false, error });
  const text = normaliseCode(input);
  if (text === '') return fail({ kind: 'empty' });

  const match = /^([A-Z]{2,4})(\d{1,3})-([0-9A-Z-]+)$/.exec(text);
  if (!match) {
    return fail({ kind: 'malformed', detail: 'format' });
  }
  const [, code, versionText] = match as unknown as [string, string, string, string];
  const body = match[3]!.replace(/-/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(body) || body.length < 7) {
    return fail({ kind: 'malformed', detail: 'characters' });
  }
  const payload = body.slice(0, -2);
  const check = body.slice(-2);
  const head = `${code}${versionText}`;
  if (checksum(head + payload) !== check) {
    return fail({ kind: 'checksum' });
  }

  const version = Number(versionText);
  const target = targets.find((candidate) => candidate.code === code);
  if (!target) {
    return fail({ kind: 'unknown-assessment', code });
  }
  if (version !== target.version) {
    return fail({ kind: 'version', code, version, expected: target.version, title: target.title });
  }

  const bits = base32ToBits(payload)!;
  const dimensionCount = parseInt(bits.slice(0, 4), 2);
  const expectedChars = Math.ceil((4 + 15 + 6 * dimensionCount) / 5);
  if (dimensionCount !== target.dimensionCount || payload.length !== expectedChars) {
    return fail({ kind: 'shape', detail: 'dimensions', title: target.title });
  }
  const day = parseInt(bits.slice(4, 19), 2);
  const scores: (number | null)[] = [];
  for (let index = 0; index < dimensionCount; index++) {
    const step = parseInt(bits.slice(19 + index * 6, 25 + index * 6), 2);
    if (step === INSUFFICIENT) scores.push(null);
    else if (step > STEPS) return fail({ kind: 'shape', detail: 'scale', title: target.title });
    else scores.push(Math.round((target.scaleMin + (step / STEPS) * (target.scaleMax - target.scaleMin)) * 1000) / 1000);
  }
  const completedOn = new Date(EPOCH_UTC + day * DAY_MS).toISOString().slice(0, 10);
  return { ok: true, result: { code, version, completedOn, scores } };
}
