import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowsAnalysis, bandGroups, MIN_CELL, setDifference, showsDistribution, showsMedian, spreadOf, tooCloseToEarlier } from './privacy';

describe('privacy thresholds', () => {
  it('shows a median from five, a distribution from eight and a group analysis from ten', () => {
    expect([4, 5, 7, 8, 9, 10].map(showsMedian)).toEqual([false, true, true, true, true, true]);
    expect([4, 5, 7, 8, 9, 10].map(showsDistribution)).toEqual([false, false, false, true, true, true]);
    expect([4, 5, 7, 8, 9, 10].map(allowsAnalysis)).toEqual([false, false, false, false, false, true]);
  });

  it('hides a lone extreme in the next band', () => {
    const groups = bandGroups([
      { band: 'low', count: 1 },
      { band: 'middle', count: 4 },
      { band: 'high', count: 3 },
    ]);
    expect(groups).toEqual([
      { bands: ['low', 'middle'], count: 5 },
      { bands: ['high'], count: 3 },
    ]);
    expect(spreadOf(groups)).toEqual({ from: 'low', to: 'high' });
  });

  it('merges towards the fuller neighbour, across an empty band if it must', () => {
    expect(bandGroups([
      { band: 'a', count: 2 },
      { band: 'b', count: 0 },
      { band: 'c', count: 6 },
    ])).toEqual([{ bands: ['a', 'b', 'c'], count: 8 }]);
    expect(bandGroups([
      { band: 'a', count: 0 },
      { band: 'b', count: 8 },
      { band: 'c', count: 0 },
    ])).toEqual([
      { bands: ['a'], count: 0 },
      { bands: ['b'], count: 8 },
      { bands: ['c'], count: 0 },
    ]);
  });

  it('never shows a count of one or two, keeps every band once and in order, and keeps the total (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(12), { minLength: 2, maxLength: 6 }).filter((counts) => counts.reduce((a, b) => a + b, 0) >= 8), (counts) => {
        const groups = bandGroups(counts.map((count, band) => ({ band, count })));
        for (const group of groups) expect(group.count === 0 || group.count >= MIN_CELL).toBe(true);
        expect(groups.flatMap((group) => group.bands)).toEqual(counts.map((_, band) => band));
        expect(groups.reduce((total, group) => total + group.count, 0)).toBe(counts.reduce((a, b) => a + b, 0));
        // Counts that were already safe stay as they were.
        if (counts.every((count) => count === 0 || count >= MIN_CELL)) expect(groups).toHaveLength(counts.length);
      }),
    );
  });

  it('reads the spread from occupied groups only', () => {
    expect(spreadOf([{ bands: ['a'], count: 0 }, { bands: ['b', 'c'], count: 4 }, { bands: ['d'], count: 0 }])).toEqual({ from: 'b', to: 'c' });
    expect(spreadOf([{ bands: ['a'], count: 0 }])).toBeUndefined();
  });
});

describe('refusing a profile one or two codes away from an earlier one', () => {
  it('counts the codes in one set and not the other', () => {
    expect(setDifference(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(0);
    expect(setDifference(['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'c', 'd'])).toBe(1);
    expect(setDifference(['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'c', 'd', 'f'])).toBe(2);
  });

  it('refuses a difference of 1 or 2 from any earlier set, allows the same set again or 3 and more', () => {
    const earlier = [['a', 'b', 'c', 'd', 'e', 'f']];
    expect(tooCloseToEarlier(earlier, ['a', 'b', 'c', 'd', 'e'])).toBe(1);
    expect(tooCloseToEarlier(earlier, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])).toBe(2);
    expect(tooCloseToEarlier(earlier, ['a', 'b', 'c', 'd', 'e', 'f'])).toBeUndefined();
    expect(tooCloseToEarlier(earlier, ['a', 'b', 'c'])).toBeUndefined();
    expect(tooCloseToEarlier([], ['a'])).toBeUndefined();
  });

  it('never lets a set one or two codes from an earlier one through (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 3, maxLength: 20 }), fc.integer({ min: 1, max: 2 }), (codes, drop) => {
        const next = codes.slice(drop);
        expect(tooCloseToEarlier([codes], next)).toBe(drop);
        expect(tooCloseToEarlier([next], codes)).toBe(drop);
      }),
    );
  });
});
