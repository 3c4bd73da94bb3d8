/**
 * Honest precision: a score near a cut-off says so, and a comparison of two attempts never
 * calls the effect of one answer moved by one step a change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAttempts, completeAttempt } from './history';
import { changeRules } from './reliable-change';
import type { Answers, Assessment } from './model';
import { answeredWeights, answerPrecision, answerStep, bandFor, bandOf, borderOf, isRealChange, scoreDimension, singleStepEffect } from './scoring';
import { roundScore } from './score-display';
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
  const ones = (count: number) => Array.from({ length: count }, () => 1);
  const mean = (list: readonly number[]) => list.reduce((a, b) => a + b, 0) / list.length;
  /** Moves one answer of `values` one step (up or down), within 1 … 5. */
  const moveOne = (values: readonly number[], pick: number, up: boolean) =>
    values.map((value, index) => (index === pick % values.length ? Math.min(5, Math.max(1, value + (up ? 1 : -1))) : value));

  it('is one answer step: 1/n for n equal answers, the heaviest weight over the sum, the larger side of a balance', () => {
    expect(answerStep([ones(4)])).toBeCloseTo(1 / 4, 12);
    expect(answerStep([ones(3)])).toBeCloseTo(1 / 3, 12);
    expect(answerStep([[1, 1, 2, 1]])).toBeCloseTo(2 / 5, 12);
    expect(answerStep([ones(4), ones(3)])).toBeCloseTo(1 / 3, 12);
    expect(answerStep([])).toBe(0);
    // Answered items only: "weet ik niet" and skipped items do not count.
    expect(answeredWeights(sample, 'bieden', { b1: 4, b2: 'unknown', b3: 2 })).toEqual([[1, 1]]);
    expect(answeredWeights(sample, 'gesprek')).toEqual([ones(4), ones(4)]);
  });

  // Cut-offs 2,5 and 3,75 (Begin | Onderweg | Sterk); a band includes its lower cut-off.
  const placed = (answers: readonly number[]) => bandOf(mean(answers), { bands }, undefined, answerPrecision([ones(answers.length)]));

  it('with three answers, by hand: on the border only when one answer one step different changes the band', () => {
    // 3, 3, 4: mean 3⅓ (shown 3,3). One step down: 3 (still Onderweg); one step up: 3⅔ (< 3,75, still Onderweg). Not on the border.
    expect(placed([3, 3, 4])).toEqual({ shown: 3.3, band: bands[1], bandIndex: 1 });
    // 3, 4, 4: mean 3⅔ (shown 3,7). One step up: 4 ≥ 3,75, Sterk. On the border of Onderweg and Sterk.
    expect(placed([3, 4, 4])).toMatchObject({ shown: 3.7, band: { label: 'Onderweg' }, border: { lower: { label: 'Onderweg' }, upper: { label: 'Sterk' } } });
    // 2, 3, 3: mean 2⅔. One step down: 2⅓ < 2,5, Begin. On the border of Begin and Onderweg.
    expect(placed([2, 3, 3])).toMatchObject({ band: { label: 'Onderweg' }, border: { lower: { label: 'Begin' }, upper: { label: 'Onderweg' } } });
    // 4, 4, 4: mean 4. One step down: 3⅔ < 3,75, Onderweg. On the border.
    expect(placed([4, 4, 4])).toMatchObject({ band: { label: 'Sterk' }, border: { lower: { label: 'Onderweg' }, upper: { label: 'Sterk' } } });
    // 4, 4, 5: mean 4⅓. One step down: 4 (still Sterk). Not on the border.
    expect(placed([4, 4, 5]).border).toBeUndefined();
  });

  it('with four answers, by hand: exactly one step from a cut-off is not on the border below, but reaching the cut-off above is', () => {
    // 2, 2, 3, 3: mean 2,5 (Onderweg, its lower cut-off). One step down: 2,25 < 2,5: on the border.
    expect(placed([2, 2, 3, 3]).border).toMatchObject({ lower: { label: 'Begin' }, upper: { label: 'Onderweg' } });
    // 2, 3, 3, 3: mean 2,75. One step down: 2,5, which is Onderweg: not on the border with Begin.
    // One step up: 3 (< 3,75). Not on the border at all: a mid-band score.
    expect(placed([2, 3, 3, 3])).toEqual({ shown: 2.8, band: bands[1], bandIndex: 1 });
    // 3, 3, 4, 4: mean 3,5. One step up: 3,75, which is Sterk: on the border.
    expect(placed([3, 3, 4, 4]).border).toMatchObject({ lower: { label: 'Onderweg' }, upper: { label: 'Sterk' } });
    // 3, 3, 3, 4: mean 3,25. One step up: 3,5 (still Onderweg); down: 3. Not on the border.
    expect(placed([3, 3, 3, 4]).border).toBeUndefined();
    // 4, 4, 4, 4: mean 4. One step down: 3,75, still Sterk. Not on the border.
    expect(placed([4, 4, 4, 4]).border).toBeUndefined();
  });

  it('is judged on the exact mean, not the shown one: 3⅓ and 3,4 both show 3,3 or near it, but only one step from 3⅔ reaches 3,75', () => {
    // Shown 3,4 from three answers cannot be: a three-answer mean is 3⅓ or 3⅔. Taken as it is (a team median), 3,4 + ⅓ < 3,75.
    expect(bandOf(3.4, { bands }, undefined, 1 / 3).border).toBeUndefined();
    expect(bandOf(3.42, { bands }, undefined, 1 / 3).border).toMatchObject({ upper: { label: 'Sterk' } });
    // The same shown 3,3 from a result code (one decimal) is put back on 3⅓, as the result screen has it.
    expect(bandOf(3.3, { bands }, undefined, answerPrecision([ones(3)])).border).toBeUndefined();
    expect(bandOf(3.7, { bands }, undefined, answerPrecision([ones(3)])).border).toMatchObject({ upper: { label: 'Sterk' } });
    // An exact score across a cut-off from its shown value is on that border whatever the step.
    expect(borderOf(bands, 2, 3.74, 0)).toMatchObject({ lower: { label: 'Onderweg' }, upper: { label: 'Sterk' } });
  });

  it('calls a score on the border exactly when some answer one step different changes its band, for n = 1 … 10 equal answers (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 10 }), (values) => {
        const exactBand = (list: readonly number[]) => bandFor(bands, mean(list));
        const moves = values.flatMap((_, index) => [moveOne(values, index, true), moveOne(values, index, false)]);
        const reachable = moves.some((moved) => exactBand(moved) !== exactBand(values));
        const result = placed(values);
        // Rounding may show a score in the band next to its exact one; then it is on that border too.
        const acrossRounding = bandFor(bands, result.shown) !== exactBand(values);
        expect(result.border !== undefined).toBe(reachable || acrossRounding);
      }),
    );
  });

  it('covers every shown score that one step on one of n answers can carry into another band, for n = 1 … 10 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 10 }), fc.nat(), fc.boolean(), (values, pick, up) => {
        const moved = moveOne(values, pick, up);
        if (bandFor(bands, mean(values)) === bandFor(bands, mean(moved))) return;
        const placement = bandOf(mean(values), { bands }, undefined, answerPrecision([ones(values.length)]));
        expect(placement.shown).toBe(roundScore(mean(values)));
        expect(placement.border).toBeDefined();
      }),
    );
  });

  it('covers every balance that one step on either side can carry into another band, sides of 1 … 8 answers (property)', () => {
    const side = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(side, side, fc.nat(), fc.boolean(), fc.boolean(), (asking, offering, pick, up, onAsking) => {
        const movedAsking = onAsking ? moveOne(asking, pick, up) : asking;
        const movedOffering = onAsking ? offering : moveOne(offering, pick, up);
        const before = mean(offering) - mean(asking);
        if (bandFor(balanceBands, before) === bandFor(balanceBands, mean(movedOffering) - mean(movedAsking))) return;
        const precision = answerPrecision([ones(asking.length), ones(offering.length)]);
        expect(bandOf(before, { bands: balanceBands }, [{ score: mean(asking) }, { score: mean(offering) }], precision).border).toBeDefined();
      }),
    );
  });

  it('counts the answers actually given, weights and "weet ik niet" included, through the scoring (property)', () => {
    fc.assert(
      fc.property(answersAndMove(sample), ({ answers, pick, up }) => {
        const answered = sample.items.filter((item) => typeof answers[item.id] === 'number');
        if (answered.length === 0) return;
        const item = answered[pick % answered.length]!;
        const movedValue = (answers[item.id] as number) + (up ? 1 : -1);
        if (movedValue < 1 || movedValue > 5) return;
        const dimension = sample.dimensions.find((candidate) => candidate.id === item.dimension)!;
        const before = scoreDimension(sample, dimension.id, answers);
        const after = scoreDimension(sample, dimension.id, { ...answers, [item.id]: movedValue });
        if (before.status !== 'scored' || after.status !== 'scored' || before.band === after.band) return;
        const sides = before.sides?.map((entry) => ({ score: entry.result.status === 'scored' ? entry.result.score : null }));
        expect(bandOf(before.score, dimension, sides, answerPrecision(answeredWeights(sample, dimension.id, answers))).border).toBeDefined();
      }),
    );
  });

  it('works on the bands of a balance too, where a cut-off belongs to the band nearer zero', () => {
    const balance = (asking: readonly number[], offering: readonly number[]) =>
      bandOf(mean(offering) - mean(asking), { bands: balanceBands }, [{ score: mean(asking) }, { score: mean(offering) }], answerPrecision([ones(asking.length), ones(offering.length)]));
    // 3, 3, 3, 3 against 3, 4, 4, 3: +0,5; one step up on offering: +0,75 (still In balans, up to and including 0,8). Not on the border.
    expect(balance([3, 3, 3, 3], [3, 4, 4, 3]).border).toBeUndefined();
    // 3, 3, 3, 3 against 4, 4, 4, 3: +0,75; one step further: +1 > 0,8. On the border of In balans and Vooral bieden.
    expect(balance([3, 3, 3, 3], [4, 4, 4, 3]).border).toMatchObject({ lower: { label: 'In balans' }, upper: { label: 'Vooral bieden' } });
    // Equal sides: 0; one step either way is ±0,25. Not on the border.
    expect(balance([3, 3, 3, 3], [3, 3, 3, 3]).border).toBeUndefined();
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
