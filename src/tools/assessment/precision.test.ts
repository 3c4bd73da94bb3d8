/**
 * Honest precision: a score near a cut-off says so, and a comparison of two attempts never
 * calls the effect of one answer moved by one step a change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAttempts, completeAttempt } from './history';
import { changeRules } from './reliable-change';
import type { Answers, Assessment } from './model';
import { BORDER_MARGIN, bandFor, borderBands, isRealChange, scoreDimension, singleStepEffect } from './scoring';
import { contentAssessments } from '../../../tests/support/assessments';
import { balanceBands, sample } from '../../../tests/support/sample-assessment';

const now = new Date('2026-11-23T10:00:00Z');
const assessments: Assessment[] = [sample, ...contentAssessments()];
const answer = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant<'unknown'>('unknown'), fc.constant(undefined));

/** Random answers for an assessment, plus one answered item and a direction to move it one step. */
const answersAndMove = (assessment: Assessment) =>
  fc.tuple(fc.array(answer, { minLength: assessment.items.length, maxLength: assessment.items.length }), fc.nat(), fc.boolean()).map(([values, pick, up]) => {
    const answers: Answers = {};
    assessment.items.forEach((item, index) => {
      if (values[index] !== undefined) answers[item.id] = values[index]!;
    });
    return { answers, pick, up };
  });

describe('the border between two bands', () => {
  const bands = sample.dimensions[0]!.bands;

  it('says a score within the margin of a cut-off lies on the border of both bands', () => {
    expect(borderBands(bands, 3.6)).toMatchObject({ lower: { label: 'Onderweg' }, upper: { label: 'Sterk' } });
    expect(borderBands(bands, 3.75 + BORDER_MARGIN - 0.01)).toMatchObject({ upper: { label: 'Sterk' } });
    expect(borderBands(bands, 2.25)).toMatchObject({ lower: { label: 'Begin' }, upper: { label: 'Onderweg' } });
    expect(borderBands(bands, 3.1)).toBeUndefined();
    expect(borderBands(bands, 5)).toBeUndefined();
  });

  it('covers every score that one step on one of four answers can carry into another band (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }), fc.nat(3), fc.boolean(), (values, pick, up) => {
        const moved = values.map((value, index) => (index === pick ? Math.min(5, Math.max(1, value + (up ? 1 : -1))) : value));
        const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
        if (bandFor(bands, mean(values)) !== bandFor(bands, mean(moved))) expect(borderBands(bands, mean(values))).toBeDefined();
      }),
    );
  });

  it('works on the bands of a balance too', () => {
    expect(borderBands(balanceBands, 0.7)).toMatchObject({ lower: { label: 'In balans' }, upper: { label: 'Vooral bieden' } });
    expect(borderBands(balanceBands, 0)).toBeUndefined();
  });
});

describe('the change threshold', () => {
  it('is 1/3 for equal weights and three answers needed, larger for a heavier item', () => {
    expect(singleStepEffect(sample, 'bieden')).toBeCloseTo(1 / 3, 12);
    expect(singleStepEffect(sample, 'luisteren')).toBeCloseTo(2 / 4, 12);
    expect(singleStepEffect(sample, 'gesprek')).toBeCloseTo(1 / 3, 12);
    expect(isRealChange(0.34, 1 / 3)).toBe(true);
    expect(isRealChange(1 / 3, 1 / 3)).toBe(false);
  });

  for (const assessment of assessments) {
    it(`never reports one answer moved by one step as a change: ${assessment.id} (property)`, () => {
      const rules = changeRules(assessment);
      fc.assert(
        fc.property(answersAndMove(assessment), ({ answers, pick, up }) => {
          const answered = assessment.items.filter((item) => typeof answers[item.id] === 'number');
          if (answered.length === 0) return;
          const item = answered[pick % answered.length]!;
          const value = answers[item.id] as number;
          const movedValue = up ? value + 1 : value - 1;
          if (movedValue < 1 || movedValue > 5) return;
          const earlier = completeAttempt(assessment, answers, now, 'a');
          const later = completeAttempt(assessment, { ...answers, [item.id]: movedValue }, now, 'b');
          for (const row of compareAttempts(earlier, later, rules)) expect(['same', 'not-comparable']).toContain(row.change);
        }),
      );
    });
  }

  it('does report a move of every answer of a dimension by two steps', () => {
    const low = completeAttempt(sample, { b1: 2, b2: 2, b3: 4, b4: 2 }, now, 'a');
    const high = completeAttempt(sample, { b1: 4, b2: 4, b3: 2, b4: 4 }, now, 'b');
    expect(compareAttempts(low, high, changeRules(sample)).find((row) => row.id === 'bieden')?.change).toBe('higher');
  });
});

describe('the balance score', () => {
  it('is the difference of the two set means, within −4 … +4, and flips sign when the sets swap (property)', () => {
    const values = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(values, values, (asking, offering) => {
        const answers: Answers = {};
        asking.forEach((value, index) => (answers[`v${index + 1}`] = value));
        offering.forEach((value, index) => (answers[`o${index + 1}`] = value));
        const swapped: Answers = {};
        asking.forEach((value, index) => (swapped[`o${index + 1}`] = value));
        offering.forEach((value, index) => (swapped[`v${index + 1}`] = value));
        const score = scoreDimension(sample, 'gesprek', answers);
        const mirror = scoreDimension(sample, 'gesprek', swapped);
        if (score.status !== 'scored' || mirror.status !== 'scored') throw new Error('expected scores');
        const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
        expect(score.score).toBeCloseTo(mean(offering) - mean(asking), 12);
        expect(score.score).toBeGreaterThanOrEqual(-4);
        expect(score.score).toBeLessThanOrEqual(4);
        expect(mirror.score).toBeCloseTo(-score.score, 12);
      }),
    );
  });

  it('calls asking only "Vooral vragen", even though the sum of both sets is mid-scale', () => {
    const onlyAsking = scoreDimension(sample, 'gesprek', { v1: 5, v2: 5, v3: 5, v4: 5, o1: 1, o2: 1, o3: 1, o4: 1 });
    expect(onlyAsking.status === 'scored' && onlyAsking.band.label).toBe('Vooral vragen');
  });
});
