import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, Assessment, Item } from './model';
import { bandFor, dimensionsFromSlots, keyedValue, scoreAssessment, scoreDimension, slotsOf, slotValues } from './scoring';
import { sample } from '../../../tests/support/sample-assessment';

const range = { min: 1, max: 5 };
const answer = fc.integer({ min: 1, max: 5 });
const maybeAnswer = fc.oneof(answer, fc.constant<'unknown'>('unknown'), fc.constant(undefined));

function answersFor(items: readonly Item[], values: readonly (number | 'unknown' | undefined)[]): Answers {
  const answers: Answers = {};
  items.forEach((item, index) => {
    const value = values[index];
    if (value !== undefined) answers[item.id] = value;
  });
  return answers;
}

describe('scoring a dimension', () => {
  it('takes the weighted mean after mirroring reverse-keyed items', () => {
    // l1 = 4, l2 = 2 reversed to 4, l3 = 5 with weight 2 → (4 + 4 + 10) / 4 = 4.5
    const score = scoreDimension(sample, 'luisteren', { l1: 4, l2: 2, l3: 5 });
    expect(score).toMatchObject({ status: 'scored', score: 4.5, answered: 3, total: 4 });
    expect(score.status === 'scored' && score.band.label).toBe('Sterk');
  });

  it('leaves out "weet ik niet" and skipped items', () => {
    expect(scoreDimension(sample, 'bieden', { b1: 2, b2: 'unknown', b3: 4, b4: 2 })).toMatchObject({ status: 'scored', score: 2, answered: 3 });
  });

  it('reports "not enough answers" instead of a score when fewer than three items are answered', () => {
    expect(scoreDimension(sample, 'bieden', { b1: 5, b2: 'unknown', b3: 2 })).toEqual({
      dimensionId: 'bieden',
      status: 'insufficient',
      answered: 2,
      needed: 3,
      total: 4,
    });
  });

  it('scores a balance dimension as the mean of the second set minus the mean of the first', () => {
    const score = scoreDimension(sample, 'gesprek', { v1: 5, v2: 5, v3: 4, v4: 5, o1: 2, o2: 1, o3: 2 });
    expect(score.status).toBe('scored');
    if (score.status !== 'scored') return;
    expect(score.score).toBeCloseTo(5 / 3 - 4.75, 9);
    expect(score.band.label).toBe('Vooral vragen');
    expect(score.sides?.map((side) => side.result.status === 'scored' && side.result.score)).toEqual([4.75, 5 / 3]);
  });

  it('gives a balance no score when one of its sets has too few answers', () => {
    expect(scoreDimension(sample, 'gesprek', { v1: 5, v2: 5, v3: 4, v4: 5, o1: 2, o2: 1 })).toMatchObject({ status: 'insufficient' });
  });

  it('ignores stored answers that are not on the scale', () => {
    expect(scoreDimension(sample, 'bieden', { b1: 9, b2: 0, b3: 2.5 })).toMatchObject({ status: 'insufficient', answered: 0 });
  });

  it('mirrors a reverse-keyed answer as min + max − answer', () => {
    expect(keyedValue({ reverse: true }, 1, range)).toBe(5);
    expect(keyedValue({ reverse: true }, 4, range)).toBe(2);
    expect(keyedValue({ reverse: false }, 4, range)).toBe(4);
  });
});

describe('scoring properties', () => {
  it('keeps every score within the scale', () => {
    fc.assert(
      fc.property(fc.array(maybeAnswer, { minLength: 8, maxLength: 8 }), (values) => {
        for (const score of scoreAssessment(sample, answersFor(sample.items, values)).slice(0, 2)) {
          if (score.status === 'scored') {
            expect(score.score).toBeGreaterThanOrEqual(1);
            expect(score.score).toBeLessThanOrEqual(5);
          }
        }
      }),
    );
  });

  it('never lowers a dimension score when every answer moves towards more of it', () => {
    // "Higher" means agreeing more with plain items and less with reverse-keyed ones.
    fc.assert(
      fc.property(fc.array(answer, { minLength: 8, maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 8, maxLength: 8 }), (values, raises) => {
        const raised = values.map((value, index) => {
          const item = sample.items[index]!;
          return item.reverse ? Math.max(1, value - raises[index]!) : Math.min(5, value + raises[index]!);
        });
        const before = scoreAssessment(sample, answersFor(sample.items, values));
        const after = scoreAssessment(sample, answersFor(sample.items, raised));
        before.forEach((score, index) => {
          const later = after[index]!;
          if (score.status === 'scored' && later.status === 'scored') expect(later.score).toBeGreaterThanOrEqual(score.score - 1e-9);
        });
      }),
    );
  });

  it('scores a reverse-keyed item exactly like its plain twin answered in mirror', () => {
    fc.assert(
      fc.property(fc.array(answer, { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 2 }), (values, twinIndex) => {
        const items: Item[] = values.map((_, index) => ({ id: `i${index}`, text: 't', dimension: 'luisteren', reverse: false, weight: 1 }));
        const plain: Assessment = { ...sample, items };
        const reversed: Assessment = {
          ...sample,
          items: items.map((item, index) => (index === twinIndex ? { ...item, reverse: true } : item)),
        };
        const mirrored = values.map((value, index) => (index === twinIndex ? 6 - value : value));
        const a = scoreDimension(plain, 'luisteren', answersFor(items, values));
        const b = scoreDimension(reversed, 'luisteren', answersFor(items, mirrored));
        expect(b).toEqual(a);
      }),
    );
  });

  it('finds exactly one band for every score on the scale', () => {
    const bands = sample.dimensions[0]!.bands;
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (score) => {
        const band = bandFor(bands, score);
        const containing = bands.filter((candidate, index) =>
          index === bands.length - 1 ? score >= candidate.from && score <= candidate.to : score >= candidate.from && score < candidate.to,
        );
        expect(containing).toEqual([band]);
      }),
    );
  });

  it('puts band edges in the upper band and the maximum in the top band', () => {
    const bands = sample.dimensions[0]!.bands;
    expect(bandFor(bands, 2.5).label).toBe('Onderweg');
    expect(bandFor(bands, 5).label).toBe('Sterk');
    expect(bandFor(bands, 1).label).toBe('Begin');
  });

  it('reads a balance symmetrically: a score on a cut-off belongs to the band nearer zero', () => {
    const bands = [
      { from: -4, to: -1, label: 'Vooral vragen' },
      { from: -1, to: 1, label: 'In balans' },
      { from: 1, to: 4, label: 'Vooral bieden' },
    ];
    expect(bandFor(bands, -1).label).toBe('In balans');
    expect(bandFor(bands, 1).label).toBe('In balans');
    expect(bandFor(bands, -1.1).label).toBe('Vooral vragen');
    expect(bandFor(bands, 1.1).label).toBe('Vooral bieden');
    expect(bandFor(bands, -4).label).toBe('Vooral vragen');
    expect(bandFor(bands, 4).label).toBe('Vooral bieden');
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 40 }), (step) => {
        const score = step / 10;
        const mirror: Record<string, string> = { 'Vooral vragen': 'Vooral bieden', 'In balans': 'In balans', 'Vooral bieden': 'Vooral vragen' };
        expect(bandFor(bands, -score).label).toBe(mirror[bandFor(bands, score).label]);
      }),
    );
  });
});

describe('slots of a result code', () => {
  it('gives a dimension one slot and a balance dimension one per side', () => {
    expect(slotsOf(sample.dimensions)).toEqual([{ dimensionId: 'luisteren' }, { dimensionId: 'bieden' }, { dimensionId: 'gesprek', side: 'vragen' }, { dimensionId: 'gesprek', side: 'aanbod' }]);
  });

  it('turns slot values into dimensions and back unchanged', () => {
    const value = fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(value, { minLength: 4, maxLength: 4 }), (values) => {
        expect(slotValues(dimensionsFromSlots(sample.dimensions, values))).toEqual(values);
      }),
    );
  });
});
