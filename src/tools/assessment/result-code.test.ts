import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeError } from './strings/nl';
import { completeAttempt } from './history';
import type { Assessment } from './model';
import {
  ALPHABET,
  attemptCode,
  type CodeTarget,
  codedItemsOf,
  codeTargetOf,
  decodeResult,
  encodeFormat1,
  encodeResult,
  sharedCodeIn,
  sharedResult,
  shareLink,
} from './result-code';
import { sample } from '../../../tests/support/sample-assessment';

const target: CodeTarget = { code: 'EA', version: 2, title: 'Hoe effectief adviseer ik?', scaleMin: 1, scaleMax: 5, slotCount: 7, legacy: [{ version: 1, slotCount: 6 }] };
const other: CodeTarget = { code: 'WD', version: 3, title: 'Wat geeft mijn werk mij?', scaleMin: 1, scaleMax: 5, slotCount: 3 };
const targets = [target, other];

const result = { code: 'EA', version: 2, month: '2026-11', role: null, scores: [1, 2.5, 3.4, 5, null, 4.1, 2] };

describe('result codes', () => {
  it('round-trips a result, scores to the nearest tenth of a point', () => {
    const code = encodeResult(result, 1, 5);
    expect(code).toMatch(/^EA2-[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    expect(decodeResult(code, targets)).toEqual({ ok: true, result });
  });

  it('carries the role of a teamscan respondent', () => {
    for (const role of ['member', 'leader'] as const) {
      const decoded = decodeResult(encodeResult({ ...result, role }, 1, 5), targets);
      expect(decoded.ok && decoded.result.role).toBe(role);
    }
  });

  it('carries the month but never the day', () => {
    const a = encodeResult({ ...result, month: '2026-03' }, 1, 5);
    const decoded = decodeResult(a, targets);
    expect(decoded.ok && decoded.result.month).toBe('2026-03');
    expect(Object.keys(decoded.ok ? decoded.result : {})).not.toContain('completedOn');
  });

  it('still opens a code of version 1 (with a day) as that version, keeping only the month', () => {
    const old = encodeFormat1({ code: 'EA', version: 1, completedOn: '2026-11-23', scores: [1, 2, 3, 4, 5, null] }, 1, 5);
    expect(decodeResult(old, targets)).toEqual({ ok: true, result: { code: 'EA', version: 1, month: '2026-11', role: null, scores: [1, 2, 3, 4, 5, null] } });
  });

  it('reads a code typed in lower case with spaces, O for 0 and l for 1', () => {
    const code = encodeResult(result, 1, 5);
    const [head, ...rest] = code.split('-');
    const body = rest.join('-').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    const sloppy = ` ${head!.toLowerCase()} - ${body.replace(/-/g, ' ')} `;
    expect(decodeResult(sloppy, targets).ok).toBe(true);
  });

  it('rejects any single changed character with a Dutch message', () => {
    const code = encodeResult(result, 1, 5);
    fc.assert(
      fc.property(fc.integer({ min: 4, max: code.length - 1 }), fc.constantFrom(...ALPHABET), (position, char) => {
        if (code[position] === '-' || code[position] === char) return;
        const tampered = code.slice(0, position) + char + code.slice(position + 1);
        const decoded = decodeResult(tampered, targets);
        expect(decoded.ok).toBe(false);
        if (!decoded.ok) expect(codeError(decoded.error)).toMatch(/code/i);
      }),
    );
  });

  it('rejects a truncated code', () => {
    const code = encodeResult(result, 1, 5);
    expect(decodeResult(code.slice(0, -3), targets).ok).toBe(false);
  });

  it('names a code of a version the site does not know', () => {
    const code = encodeResult({ ...result, version: 7 }, 1, 5);
    const decoded = decodeResult(code, targets);
    expect(decoded.ok === false && decoded.error.kind).toBe('version');
    expect(decoded.ok === false && codeError(decoded.error)).toContain('versie 7');
  });

  it('names a code of an assessment this site does not know', () => {
    const decoded = decodeResult(encodeResult({ ...result, code: 'XQ' }, 1, 5), targets);
    expect(decoded.ok === false && decoded.error.kind).toBe('unknown-assessment');
  });

  it('refuses nonsense and empty input with a message, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (input) => {
        const decoded = decodeResult(input, targets);
        if (!decoded.ok) expect(codeError(decoded.error).length).toBeGreaterThan(10);
      }),
    );
    expect(decodeResult('', targets)).toMatchObject({ ok: false, error: { kind: 'empty' } });
    expect(decodeResult('<script>alert(1)</script>', targets)).toMatchObject({ ok: false, error: { kind: 'malformed' } });
  });

  it('round-trips any valid result', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 500 }),
        fc.constantFrom(null, 'member' as const, 'leader' as const),
        (steps, monthIndex, role) => {
          const scores = steps.map((step) => (step === null ? null : 1 + step / 10));
          const month = `${2024 + Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}`;
          const decoded = decodeResult(encodeResult({ code: 'WD', version: 3, month, role, scores }, 1, 5), targets);
          expect(decoded).toEqual({ ok: true, result: { code: 'WD', version: 3, month, role, scores } });
        },
      ),
    );
  });
});

describe('result codes with the answers to the items about the team (format 3)', () => {
  const team: CodeTarget = { code: 'KT', version: 3, title: 'Teamscan', scaleMin: 1, scaleMax: 5, slotCount: 6, answerCount: 4, legacy: [{ version: 2, slotCount: 6 }] };
  const teamResult = { code: 'KT', version: 3, month: '2026-12', role: 'member' as const, scores: [3, 3.5, null, 4, 2.3, 4.8], answers: [5, 1, null, 4] };

  it('round-trips scores, role, month and the item answers, "no answer" included', () => {
    const code = encodeResult(teamResult, 1, 5);
    expect(decodeResult(code, [team])).toEqual({ ok: true, result: teamResult });
    // A 4-bit longer mark, a 5-bit count and three bits per answer on five points: 21 bits, five characters more than the same code without answers.
    expect(code.replace(/-/g, '').length - encodeResult({ ...teamResult, answers: undefined }, 1, 5).replace(/-/g, '').length).toBe(5);
  });

  it('round-trips any answers on the scale (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 4, maxLength: 4 }), fc.constantFrom(null, 'member' as const, 'leader' as const), (answers, role) => {
        const decoded = decodeResult(encodeResult({ ...teamResult, role, answers }, 1, 5), [team]);
        expect(decoded).toEqual({ ok: true, result: { ...teamResult, role, answers } });
      }),
    );
  });

  it('rejects any single changed character of a code with answers', () => {
    const code = encodeResult(teamResult, 1, 5);
    fc.assert(
      fc.property(fc.integer({ min: 4, max: code.length - 1 }), fc.constantFrom(...ALPHABET), (position, char) => {
        if (code[position] === '-' || code[position] === char) return;
        const decoded = decodeResult(code.slice(0, position) + char + code.slice(position + 1), [team]);
        expect(decoded.ok).toBe(false);
      }),
    );
    expect(decodeResult(code.slice(0, -3), [team]).ok).toBe(false);
  });

  it('refuses a code whose number of answers does not match the assessment’s items about the team', () => {
    const three = encodeResult({ ...teamResult, answers: [5, 1, 4] }, 1, 5);
    expect(decodeResult(three, [team])).toMatchObject({ ok: false, error: { kind: 'shape', detail: 'dimensions' } });
    // An earlier version's code never carries answers.
    const older = encodeResult({ ...teamResult, version: 2 }, 1, 5);
    expect(decodeResult(older, [team])).toMatchObject({ ok: false, error: { kind: 'shape', detail: 'dimensions' } });
    // An assessment without items about the team reads no answers either.
    expect(decodeResult(encodeResult({ ...teamResult, code: 'WD', version: 3, scores: [3, 3, 3], answers: [1, 2, 3, 4] }, 1, 5), [other])).toMatchObject({ ok: true });
    expect(decodeResult(encodeResult({ ...teamResult, code: 'WD', version: 3, scores: [3, 3, 3], answers: [1, 2, 3, 4] }, 1, 5), [{ ...other, answerCount: 0 }])).toMatchObject({
      ok: false,
      error: { kind: 'shape' },
    });
  });

  it('still opens codes without answers of the same version (format 2), and an earlier version’s', () => {
    const { answers: _answers, ...withoutAnswers } = teamResult;
    expect(decodeResult(encodeResult(withoutAnswers, 1, 5), [team])).toEqual({ ok: true, result: withoutAnswers });
    expect(decodeResult(encodeResult({ ...withoutAnswers, version: 2 }, 1, 5), [team])).toEqual({ ok: true, result: { ...withoutAnswers, version: 2 } });
  });

  it('refuses to code an answer off the scale', () => {
    expect(() => encodeResult({ ...teamResult, answers: [6, 1, 1, 1] }, 1, 5)).toThrow(/scale/);
    expect(() => encodeResult({ ...teamResult, answers: [2.5, 1, 1, 1] }, 1, 5)).toThrow(/scale/);
  });

  it('carries the answers of the items about the team only, "weet ik niet" as no answer', () => {
    const teamSample: Assessment = {
      ...sample,
      dimensions: sample.dimensions.map((dimension) => (dimension.id === 'bieden' ? { ...dimension, refersTo: 'team' as const } : dimension)),
    };
    expect(codedItemsOf(teamSample).map((item) => item.id)).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(codedItemsOf(sample)).toEqual([]);
    const attempt = completeAttempt(teamSample, { l1: 4, l2: 2, l3: 5, b1: 2, b2: 'unknown', b3: 5, v1: 3 }, new Date('2026-11-23T10:00:00Z'), 'poging', 'member');
    const decoded = decodeResult(attemptCode(teamSample, attempt)!, [codeTargetOf(teamSample)]);
    // b3 is reverse-keyed: the code carries the answer as given; the agreement index mirrors it.
    expect(decoded.ok && decoded.result.answers).toEqual([2, null, 5, null]);
    // Another assessment's code stays format 2: no answers, the same length as before.
    const plain = attemptCode(sample, completeAttempt(sample, { l1: 4 }, new Date('2026-11-23T10:00:00Z'), 'p'))!;
    expect(plain).toBe(encodeResult({ code: 'PR', version: 2, month: '2026-11', role: null, scores: [null, null, null, null] }, 1, 5));
  });
});

describe('codes of this site’s assessments', () => {
  const legacyBands = [
    { from: 1, to: 3, label: 'Laag' },
    { from: 3, to: 5, label: 'Hoog' },
  ];
  const withLegacy: Assessment = { ...sample, legacy: [{ version: 1, dimensions: [{ id: 'oud', name: 'Oud', kind: 'mean', bands: legacyBands }, { id: 'ouder', name: 'Ouder', kind: 'mean', bands: legacyBands }] }] };
  const answers = { l1: 4, l2: 2, l3: 5, l4: 4, b1: 2, b2: 3, b3: 3, v1: 5, v2: 4, v3: 5, o1: 2, o2: 2, o3: 1, o4: 2 };
  const attempt = completeAttempt(withLegacy, answers, new Date('2026-11-23T10:00:00Z'), 'poging', 'leader');

  it('knows an assessment by its code, versions, scale and slots (a balance takes one per side)', () => {
    expect(codeTargetOf(withLegacy)).toEqual({ code: 'PR', version: 2, title: 'Proefscan', scaleMin: 1, scaleMax: 5, slotCount: 4, legacy: [{ version: 1, slotCount: 2 }], answerCount: 0 });
  });

  it('codes an attempt with its month, role and per slot the score, which the site opens again', () => {
    const code = attemptCode(withLegacy, attempt)!;
    const decoded = decodeResult(code, [codeTargetOf(withLegacy)]);
    expect(decoded).toEqual({ ok: true, result: { code: 'PR', version: 2, month: '2026-11', role: 'leader', scores: [4.4, 2.7, 4.7, 1.8] } });
  });

  it('gives no code for an attempt of an earlier version', () => {
    expect(attemptCode(withLegacy, { ...attempt, version: 1 })).toBeNull();
  });

  it('opens a shared code of the current version per dimension, a balance as second side minus first', () => {
    const shared = sharedResult(withLegacy, { code: 'PR', version: 2, month: '2026-11', role: null, scores: [4.2, null, 4.7, 1.8] });
    expect(shared.current).toBe(true);
    expect(shared.storedBands).toEqual({});
    expect(shared.dimensions.map(({ id, name, score }) => [id, name, score === null ? null : Math.round(score * 10) / 10])).toEqual([
      ['luisteren', 'Luisteren', 4.2],
      ['bieden', 'Laten zien wat je biedt', null],
      ['gesprek', 'Vragen én bieden', -2.9],
    ]);
  });

  it('opens a shared code of an earlier version with that version’s dimensions and bands', () => {
    expect(sharedResult(withLegacy, { code: 'PR', version: 1, month: '2025-03', role: null, scores: [2, null] })).toEqual({
      current: false,
      dimensions: [
        { id: 'oud', name: 'Oud', score: 2 },
        { id: 'ouder', name: 'Ouder', score: null },
      ],
      storedBands: { oud: 'Laag', ouder: null },
    });
  });

  it('puts the code in a share link after "#resultaat=", and reads it back from the address', () => {
    expect(shareLink('/zelfscans/proef/', 'https://example.org', 'PR2-AAAA')).toBe('https://example.org/zelfscans/proef/#resultaat=PR2-AAAA');
    expect(shareLink('https://playbook.example/zelfscans/proef/', 'https://lms.example', 'PR2-AAAA')).toBe('https://playbook.example/zelfscans/proef/#resultaat=PR2-AAAA');
    expect(sharedCodeIn('#resultaat=PR2-AAAA')).toBe('PR2-AAAA');
    expect(sharedCodeIn('#andere=1')).toBeNull();
    expect(sharedCodeIn('')).toBeNull();
  });
});
