import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE32_ALPHABET } from '../../lib/codec';
import { answerCodeKey, type AnswerCodeTarget, decodeAnswerCode, encodeAnswerCode } from './answer-code';
import type { Answers, Role } from './model';
import { encodeResult } from './result-code';
import { sample } from '../../../tests/support/sample-assessment';

const target: AnswerCodeTarget = { code: sample.code, version: sample.version, scaleMin: 1, scaleMax: 5, items: sample.items };
const answer = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant<'unknown'>('unknown'), fc.constant(undefined));
const answersArb = fc.array(answer, { minLength: sample.items.length, maxLength: sample.items.length }).map((values) => {
  const answers: Answers = {};
  sample.items.forEach((item, index) => {
    if (values[index] !== undefined) answers[item.id] = values[index]!;
  });
  return answers;
});
const roleArb = fc.constantFrom<Role | null>(null, 'member', 'leader');
const nonceArb = fc.integer({ min: 0, max: 1023 });
const languageArb = fc.constantFrom<'nl' | 'en'>('nl', 'en');

describe('full-answer codes', () => {
  it('decode to exactly what was encoded: every answer, "weet ik niet" and skipped items, the role and the language (property)', () => {
    fc.assert(
      fc.property(answersArb, roleArb, languageArb, nonceArb, (answers, role, language, nonce) => {
        const code = encodeAnswerCode({ role, language, answers, nonce }, target);
        expect(decodeAnswerCode(code, target)).toEqual({ ok: true, value: { role, language, answers } });
        expect(decodeAnswerCode(code.toLowerCase().replace(/-/g, ' '), target)).toEqual({ ok: true, value: { role, language, answers } });
      }),
    );
  });

  it('records the language the scan was taken in: the same answers in Dutch and in English give different codes', () => {
    const answers: Answers = { l1: 3, l2: 'unknown', b1: 5 };
    const dutch = encodeAnswerCode({ role: null, language: 'nl', answers, nonce: 7 }, target);
    const english = encodeAnswerCode({ role: null, language: 'en', answers, nonce: 7 }, target);
    expect(english).not.toBe(dutch);
    expect(decodeAnswerCode(dutch, target)).toMatchObject({ ok: true, value: { language: 'nl' } });
    expect(decodeAnswerCode(english, target)).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(() => encodeAnswerCode({ role: null, language: 'de' as 'nl', answers, nonce: 7 }, target)).toThrow();
  });

  it('detects any one changed character (property)', () => {
    fc.assert(
      fc.property(answersArb, roleArb, languageArb, nonceArb, fc.nat(), fc.nat(31), (answers, role, language, nonce, at, replacement) => {
        const code = encodeAnswerCode({ role, language, answers, nonce }, target);
        const positions = [...code].map((char, index) => (char === '-' ? -1 : index)).filter((index) => index >= 0);
        const index = positions[at % positions.length]!;
        const original = code[index]!;
        const alphabet = /\d/.test(original) || index > code.indexOf('-') ? BASE32_ALPHABET : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
        const candidates = [...alphabet].filter((char) => char !== original);
        const changed = code.slice(0, index) + candidates[replacement % candidates.length] + code.slice(index + 1);
        expect(decodeAnswerCode(changed, target).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives two people with the same answers different codes, and one code the same key however it is typed', () => {
    const answers: Answers = { l1: 3, l2: 'unknown' };
    const a = encodeAnswerCode({ role: null, language: 'nl', answers, nonce: 1 }, target);
    const b = encodeAnswerCode({ role: null, language: 'nl', answers, nonce: 2 }, target);
    expect(a).not.toBe(b);
    expect(answerCodeKey(a.toLowerCase().replace(/0/g, 'o').replace(/-/g, ' '))).toBe(answerCodeKey(a));
  });

  it('names a code of another assessment or another version, and refuses damaged or other codes by kind', () => {
    const answers: Answers = { l1: 3 };
    const other = encodeAnswerCode({ role: null, language: 'en', answers, nonce: 5 }, { ...target, code: 'WD' });
    expect(decodeAnswerCode(other, target)).toEqual({ ok: false, error: { kind: 'other-assessment', code: 'WD' } });
    const older = encodeAnswerCode({ role: null, language: 'en', answers, nonce: 5 }, { ...target, version: 1 });
    expect(decodeAnswerCode(older, target)).toEqual({ ok: false, error: { kind: 'other-version', version: 1, expected: sample.version } });
    const fewer = encodeAnswerCode({ role: null, language: 'en', answers, nonce: 5 }, { ...target, items: sample.items.slice(1) });
    expect(decodeAnswerCode(fewer, target)).toEqual({ ok: false, error: { kind: 'shape' } });
    expect(decodeAnswerCode('  ', target)).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(decodeAnswerCode('hallo', target)).toEqual({ ok: false, error: { kind: 'malformed' } });
    const resultCode = encodeResult({ code: sample.code, version: sample.version, month: '2026-11', role: null, scores: [3, 3, 3, 3] }, 1, 5);
    expect(decodeAnswerCode(resultCode, target).ok).toBe(false);
    const code = encodeAnswerCode({ role: null, language: 'en', answers, nonce: 5 }, target);
    expect(decodeAnswerCode(code.slice(0, -1), target)).toEqual({ ok: false, error: { kind: 'checksum' } });
  });

  it('refuses answers that are not on the scale when encoding', () => {
    expect(() => encodeAnswerCode({ role: null, language: 'nl', answers: { l1: 6 }, nonce: 0 }, target)).toThrow();
    expect(() => encodeAnswerCode({ role: null, language: 'nl', answers: {}, nonce: 1024 }, target)).toThrow();
  });
});
