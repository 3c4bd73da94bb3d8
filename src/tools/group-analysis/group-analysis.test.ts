import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnswerCodeTarget, encodeAnswerCode } from '../assessment/answer-code';
import type { Answers } from '../assessment/model';
import { sample } from '../../../tests/support/sample-assessment';
import { alphaInterval, analyseGroup, collectAnswerCodes, cronbachAlpha, type ItemAnalysis, itemRestCorrelation, LOW_ITEM_REST, MIN_FLAG_GROUP, toAnalysisAssessment } from './group-analysis';

/*
 * Hand-worked: four people, three items.
 *   person  i1 i2 i3 | total
 *   A        1  2  2 |  5
 *   B        2  3  3 |  8
 *   C        3  3  4 | 10
 *   D        4  5  5 | 14
 * Sums of squared deviations: i1 5 (mean 2.5), i2 4.75 (mean 3.25), i3 5 (mean 3.5), total 42.75 (mean 9.25).
 * α = 3/2 × (1 − (5 + 4.75 + 5)/42.75) = 1.5 × 28/42.75 = 42/42.75 ≈ 0.98246.
 * i1 against the rest (i2 + i3 = 4, 6, 7, 10; mean 6.75; squares 18.75):
 *   cross products (−1.5)(−2.75) + (−0.5)(−0.75) + (0.5)(0.25) + (1.5)(3.25) = 9.5,
 *   r = 9.5 / √(5 × 18.75) ≈ 0.98117.
 * α without i1: 2 × (1 − (4.75 + 5)/18.75) = 2 × 9/18.75 = 0.96.
 */
const hand = [
  [1, 2, 2],
  [2, 3, 3],
  [3, 3, 4],
  [4, 5, 5],
];

describe('the arithmetic, against a hand-worked example', () => {
  it('gives Cronbach’s α', () => {
    expect(cronbachAlpha(hand)).toBeCloseTo(42 / 42.75, 12);
    expect(cronbachAlpha(hand.map((row) => row.slice(1)))).toBeCloseTo(0.96, 12);
  });

  it('gives the item–rest correlation', () => {
    expect(itemRestCorrelation(hand, 0)).toBeCloseTo(9.5 / Math.sqrt(5 * 18.75), 12);
  });

  it('gives α = 1 for identical items and none when the total never varies', () => {
    expect(cronbachAlpha([[1, 1], [3, 3], [5, 5]])).toBeCloseTo(1, 12);
    // Two items that cancel out: the total never varies, so no α.
    expect(cronbachAlpha([[1, 5], [5, 1], [3, 3]])).toBeNull();
  });

  it('gives Feldt’s 95 % interval for α: wide from ten people, narrow from a hundred', () => {
    // α̂ = .70, k = 4, n = 10: F(.975; 9, 27) = 2.6309 and F(.025; 9, 27) = 0.2790 (F tables),
    // so 1 − .3 × 2.6309 = .211 and 1 − .3 × 0.2790 = .916.
    const ten = alphaInterval(0.7, 10, 4)!;
    expect(ten.lower).toBeCloseTo(0.211, 3);
    expect(ten.upper).toBeCloseTo(0.916, 3);
    expect(ten.level).toBe(0.95);
    // n = 100: F(.975; 99, 297) = 1.3633, F(.025; 99, 297) = 0.7144.
    const hundred = alphaInterval(0.7, 100, 4)!;
    expect(hundred.lower).toBeCloseTo(0.591, 3);
    expect(hundred.upper).toBeCloseTo(0.786, 3);
    expect(alphaInterval(null, 10, 4)).toBeNull();
  });

  it('puts α inside its interval, and the interval narrows as people are added (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 0.99, noNaN: true }), fc.integer({ min: 10, max: 200 }), fc.integer({ min: 2, max: 8 }), (alpha, people, items) => {
        const interval = alphaInterval(alpha, people, items)!;
        expect(interval.lower).toBeLessThanOrEqual(alpha + 1e-9);
        expect(interval.upper).toBeGreaterThanOrEqual(alpha - 1e-9);
        expect(interval.upper).toBeLessThanOrEqual(1);
        const more = alphaInterval(alpha, people + 10, items)!;
        expect(more.upper - more.lower).toBeLessThan(interval.upper - interval.lower);
      }),
    );
  });
});

const target: AnswerCodeTarget = { code: sample.code, version: sample.version, scaleMin: 1, scaleMax: 5, items: sample.items };
const code = (answers: Answers, nonce: number, role: 'member' | 'leader' | null = null) => encodeAnswerCode({ role, language: 'nl', answers, nonce }, target);

/** People whose answers follow one level per person, with l2 and b3 reverse-keyed as in the sample. */
function consistent(level: number, index: number): Answers {
  const mirror = 6 - level;
  return { l1: level, l2: mirror, l3: level, l4: level, b1: level, b2: level, b3: mirror, b4: index % 2 ? 1 : 5, v1: level, v2: level, v3: level, v4: 'unknown', o1: level, o2: level, o3: level, o4: level };
}

describe('the group analysis', () => {
  it('refuses nine codes and accepts ten', () => {
    const codes = Array.from({ length: 10 }, (_, index) => code(consistent((index % 5) + 1, index), index));
    const nine = collectAnswerCodes(codes.slice(0, 9).join('\n'), target);
    expect(analyseGroup(nine.accepted.map((entry) => entry.value), sample)).toEqual({ status: 'too-few', people: 9, needed: 10 });
    const ten = collectAnswerCodes(codes.join('\n'), target);
    expect(analyseGroup(ten.accepted.map((entry) => entry.value), sample).status).toBe('ok');
  });

  it('gives the island the same analysis from the slim assessment it is sent', () => {
    const codes = Array.from({ length: 12 }, (_, index) => code(consistent((index % 5) + 1, index), index));
    const slim = toAnalysisAssessment(sample);
    expect(slim).toMatchObject({ id: sample.id, code: sample.code, version: sample.version, scaleMin: 1, scaleMax: 5 });
    expect(slim.items.map((item) => item.text)).toEqual(sample.items.map((item) => item.text));
    const accepted = collectAnswerCodes(codes.join('\n'), slim).accepted.map((entry) => entry.value);
    expect(accepted).toHaveLength(12);
    expect(analyseGroup(accepted, slim)).toEqual(analyseGroup(accepted, sample));
  });

  it('shows the r of an item that does not go with its set, but flags it only from fifty people', () => {
    const people = (count: number) => Array.from({ length: count }, (_, index) => ({ role: null, language: 'nl' as const, answers: consistent((index % 5) + 1, index) }));
    const b4 = (count: number) => {
      const analysis = analyseGroup(people(count), sample);
      if (analysis.status !== 'ok') throw new Error('expected an analysis');
      const bieden = analysis.sets.find((set) => set.dimensionId === 'bieden')!;
      if (bieden.status !== 'ok') throw new Error('expected an analysed set');
      return { correlationFlags: bieden.correlationFlags, item: bieden.items.find((item) => item.itemId === 'b4')! };
    };
    expect(MIN_FLAG_GROUP).toBe(50);
    const small = b4(49);
    expect(small.correlationFlags).toBe(false);
    expect(small.item.itemRest).toBeLessThan(LOW_ITEM_REST);
    expect(small.item.flags).toEqual([]);
    const large = b4(50);
    expect(large.correlationFlags).toBe(true);
    expect(large.item.itemRest).toBeLessThan(LOW_ITEM_REST);
    expect(large.item.flags).toEqual(expect.arrayContaining(['low-item-rest', 'raises-alpha']));
  });

  it('mirrors reverse-keyed items, flags an item that does not go with its set, and reports "weet ik niet"', () => {
    const codes = Array.from({ length: 60 }, (_, index) => ({ role: null, language: 'nl' as const, answers: consistent((index % 5) + 1, index) }));
    const analysis = analyseGroup(codes, sample);
    if (analysis.status !== 'ok') throw new Error('expected an analysis');
    const luisteren = analysis.sets.find((set) => set.dimensionId === 'luisteren')!;
    // l2 is reverse-keyed and answered as the mirror: after mirroring it agrees perfectly.
    expect(luisteren).toMatchObject({ status: 'ok', alpha: 1, people: 60 });
    expect(luisteren.items.find((item) => item.itemId === 'l2')).toMatchObject({ reverse: true, flags: [] });
    expect(luisteren.items.find((item) => item.itemId === 'l2')!.itemRest).toBeCloseTo(1, 12);
    const bieden = analysis.sets.find((set) => set.dimensionId === 'bieden')!;
    const b4 = bieden.items.find((item) => item.itemId === 'b4')!;
    expect(b4.flags).toEqual(expect.arrayContaining(['low-item-rest', 'raises-alpha']));
    expect(bieden.items.find((item) => item.itemId === 'b1')!.flags).toEqual([]);
    const vragen = analysis.sets.find((set) => set.dimensionId === 'gesprek' && set.side === 'vragen')!;
    expect(vragen.items.find((item) => item.itemId === 'v4')).toMatchObject({ unknownShare: 1, flags: ['many-unknown'] });
    expect(vragen.imputedShare).toBeCloseTo(0.25, 12);
  });

  it('leaves out leaders and duplicates, each by kind', () => {
    const a = code(consistent(3, 0), 1);
    const collected = collectAnswerCodes([a, code(consistent(3, 0), 2, 'leader'), a.toLowerCase(), 'rubbish'].join('\n'), target);
    expect(collected.accepted.map((entry) => entry.line)).toEqual([1]);
    expect(collected.rejected.map((entry) => entry.reason.kind)).toEqual(['leader', 'duplicate', 'invalid']);
  });

  /** The analysis of one item of the sample, for people given as answer objects. */
  const itemOf = (people: readonly Answers[], itemId: string): ItemAnalysis => {
    const analysis = analyseGroup(people.map((answers) => ({ role: null, language: 'nl' as const, answers })), sample);
    if (analysis.status !== 'ok') throw new Error('expected an analysis');
    return analysis.sets.flatMap((set) => set.items).find((item) => item.itemId === itemId)!;
  };
  const answerValue = fc.integer({ min: 1, max: 5 });
  const fullPerson = fc.array(answerValue, { minLength: sample.items.length, maxLength: sample.items.length }).map((values) => Object.fromEntries(sample.items.map((item, index) => [item.id, values[index]!])) as Answers);

  it('shows the same for an item everyone answered alike as for one nine in ten did, so "everyone" is never given away (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fullPerson, { minLength: 10, maxLength: 10 }),
        fc.constantFrom(...sample.items.map((item) => item.id)),
        answerValue,
        answerValue,
        fc.integer({ min: 0, max: 9 }),
        (people, itemId, common, other, odd) => {
          fc.pre(other !== common);
          const everyone = people.map((answers) => ({ ...answers, [itemId]: common }));
          const nearly = everyone.map((answers, index) => (index === odd ? { ...answers, [itemId]: other } : answers));
          const all = itemOf(everyone, itemId);
          expect(all).toMatchObject({ itemRest: null, alphaIfDropped: null, flags: ['little-spread'] });
          expect(itemOf(nearly, itemId)).toEqual(all);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('flags little spread from 80 % giving the most common answer, and shows r and α without it below that', () => {
    // Ten people answering l1 with a spread of levels on the other items.
    const withL1 = (l1: readonly number[]) => l1.map((value, index) => ({ ...consistent((index % 5) + 1, index), l1: value }));
    const eight = itemOf(withL1([4, 4, 4, 4, 4, 4, 4, 4, 2, 5]), 'l1');
    expect(eight).toMatchObject({ itemRest: null, alphaIfDropped: null, flags: ['little-spread'] });
    const seven = itemOf(withL1([4, 4, 4, 4, 4, 4, 4, 2, 2, 5]), 'l1');
    expect(seven.flags).toEqual([]);
    expect(seven.itemRest).not.toBeNull();
    expect(seven.alphaIfDropped).not.toBeNull();
    // "Weet ik niet" does not count as an answer: eight of the nine who answered gave 4.
    const withUnknown = itemOf(withL1([4, 4, 4, 4, 4, 4, 4, 4, 2, 5]).map((answers, index) => (index === 9 ? { ...answers, l1: 'unknown' as const } : answers)), 'l1');
    expect(withUnknown.flags).toEqual(['little-spread']);
    // Fifty people who agree on l1 are still never flagged on a correlation they cannot have.
    const fifty = itemOf(Array.from({ length: 50 }, (_, index) => ({ ...consistent((index % 5) + 1, index), l1: 3 })), 'l1');
    expect(fifty).toMatchObject({ itemRest: null, alphaIfDropped: null, flags: ['little-spread'] });
  });

  it('shows the share of "weet ik niet" in whole tens below twenty people, and flags on the share shown', () => {
    const unknownIn = (people: number, unknown: number) =>
      itemOf(Array.from({ length: people }, (_, index) => ({ ...consistent((index % 5) + 1, index), l1: index < unknown ? ('unknown' as const) : (index % 5) + 1 })), 'l1');
    expect(unknownIn(13, 1).unknownShare).toBeCloseTo(0.1, 12);
    expect(unknownIn(13, 2).unknownShare).toBeCloseTo(0.2, 12);
    // 3 of 13 is 23 %, shown as 20 %: not "more than 20 %".
    expect(unknownIn(13, 3)).toMatchObject({ flags: [] });
    expect(unknownIn(13, 3).unknownShare).toBeCloseTo(0.2, 12);
    expect(unknownIn(13, 4)).toMatchObject({ flags: ['many-unknown'] });
    expect(unknownIn(13, 4).unknownShare).toBeCloseTo(0.3, 12);
    // From twenty people the share is exact.
    expect(unknownIn(20, 3).unknownShare).toBeCloseTo(0.15, 12);
    expect(unknownIn(21, 5)).toMatchObject({ flags: ['many-unknown'] });
    expect(unknownIn(21, 5).unknownShare).toBeCloseTo(5 / 21, 12);
  });

  it('never returns a row of one person (property)', () => {
    const answer = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant<'unknown'>('unknown'));
    const person = fc.array(answer, { minLength: sample.items.length, maxLength: sample.items.length }).map((values) => Object.fromEntries(sample.items.map((item, index) => [item.id, values[index]!])) as Answers);
    fc.assert(
      fc.property(fc.array(person, { minLength: 10, maxLength: 20 }), (people) => {
        const analysis = analyseGroup(people.map((answers) => ({ role: null, language: 'nl' as const, answers })), sample);
        if (analysis.status !== 'ok') throw new Error('expected an analysis');
        // Only aggregate fields, at every level: nothing that could hold one person's answers.
        const allowed = ['alpha', 'alphaIfDropped', 'alphaInterval', 'level', 'lower', 'upper', 'correlationFlags', 'dimensionId', 'flags', 'imputedShare', 'itemId', 'itemRest', 'items', 'needed', 'people', 'reverse', 'sets', 'side', 'status', 'unknownShare'];
        for (const key of JSON.stringify(analysis).match(/"[a-zA-Z]+":/g) ?? []) expect(allowed).toContain(key.slice(1, -2));
        expect(analysis.people).toBe(people.length);
        for (const set of analysis.sets) {
          if (set.status === 'ok' && set.alpha !== null) expect(set.alpha).toBeLessThanOrEqual(1 + 1e-12);
          for (const item of set.items) if (item.itemRest !== null) expect(Math.abs(item.itemRest)).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 50 },
    );
  });
});
