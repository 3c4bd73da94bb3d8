import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './model';
import { decodeResult, encodeResult } from './result-code';
import { answeredWeights, answerPrecision, bandOf, type DimensionScore, scoreAssessment, slotsOf, slotValues } from './scoring';
import { roundScore, shownScore } from './score-display';
import { sample } from '../../../tests/support/sample-assessment';

/** A dimension's score as an attempt stores it (history.ts), which is what a code is made from. */
const stored = (score: DimensionScore) => ({
  score: score.status === 'scored' ? score.score : null,
  ...(score.sides ? { sides: score.sides.map((side) => ({ score: side.result.status === 'scored' ? side.result.score : null })) } : {}),
});

describe('the one rounding rule', () => {
  it('rounds to one decimal, half away from zero, never to −0', () => {
    expect([3.25, 3.35, 3.249, -0.25, -0.35, 0.04, -0.04, 2 / 3, 4.75].map(roundScore)).toEqual([3.3, 3.4, 3.2, -0.3, -0.4, 0, 0, 0.7, 4.8]);
    expect(Object.is(roundScore(-0.04), -0)).toBe(false);
  });

  it('shows a balance as the difference of its shown sides, so "+0,3" and "0,2" never both appear', () => {
    expect(shownScore(0.25, [{ score: 3.25 }, { score: 3.5 }])).toBe(0.2);
    expect(shownScore(-0.25, [{ score: 3.5 }, { score: 3.25 }])).toBe(-0.2);
    expect(shownScore(0.25)).toBe(0.3);
  });

  it('gives the same shown score, band and border from the answers as from the result code (property)', () => {
    const target = { code: sample.code, version: sample.version, title: sample.title, scaleMin: 1, scaleMax: 5, slotCount: slotsOf(sample.dimensions).length };
    const value = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant<'unknown'>('unknown'));
    fc.assert(
      fc.property(fc.array(value, { minLength: sample.items.length, maxLength: sample.items.length }), (values) => {
        const answers: Answers = Object.fromEntries(sample.items.map((item, index) => [item.id, values[index]!]));
        const scores = scoreAssessment(sample, answers);
        const code = encodeResult({ code: sample.code, version: sample.version, month: '2026-11', role: null, scores: slotValues(scores.map(stored)) }, 1, 5);
        const decoded = decodeResult(code, [target]);
        if (!decoded.ok) throw new Error('expected the code to open');
        let slot = 0;
        sample.dimensions.forEach((dimension, index) => {
          const score = scores[index]!;
          const sides = dimension.kind === 'balance' ? [{ score: decoded.result.scores[slot++] ?? null }, { score: decoded.result.scores[slot++] ?? null }] : undefined;
          const fromCode = sides ? null : decoded.result.scores[slot++];
          if (score.status !== 'scored') return;
          // The same precision on both sides: what is tested is that the code carries the shown score, and enough to find the exact one again.
          const precision = answerPrecision(answeredWeights(sample, dimension.id, answers));
          const direct = bandOf(score.score, dimension, score.sides?.map((side) => ({ score: side.result.status === 'scored' ? side.result.score : null })), precision);
          const viaCode = bandOf(fromCode ?? 0, dimension, sides, precision);
          expect(viaCode).toEqual(direct);
          expect(score.band).toBe(direct.band);
        });
      }),
    );
  });
});

describe('a score placed on its bands', () => {
  const dimension = sample.dimensions[0]!;
  const step = 1 / 4;

  it('places the shown value, so the band agrees with the number beside it', () => {
    // 3.74 shows as 3.7: "Onderweg", on the border with "Sterk" (cut 3.75).
    expect(bandOf(3.74, dimension, undefined, step)).toMatchObject({ shown: 3.7, band: { label: 'Onderweg' }, bandIndex: 1, border: { lower: { label: 'Onderweg' }, upper: { label: 'Sterk' } } });
    // 3.76 shows as 3.8: "Sterk", still on the border.
    expect(bandOf(3.76, dimension, undefined, step)).toMatchObject({ shown: 3.8, band: { label: 'Sterk' }, border: { upper: { label: 'Sterk' } } });
    expect(bandOf(4.5, dimension, undefined, step)).toEqual({ shown: 4.5, band: dimension.bands[2], bandIndex: 2 });
  });

  it('never places the same shown value in two bands (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (score) => {
        const placed = bandOf(score, dimension, undefined, step);
        // The band follows the shown value; the border follows the exact score (scoring.ts borderOf), so it is not compared here.
        const { border: _exact, ...band } = placed;
        const { border: _shown, ...again } = bandOf(placed.shown, dimension, undefined, step);
        expect(again).toEqual(band);
      }),
    );
  });
});
