/**
 * The agreement index: a team answering at random never reads as agreeing, identical
 * answers always do, and two camps never do.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shownScore } from '../assessment/score-display';
import { agreementOf, CHANCE_LEVEL, itemVariance, nullVariances, randomAnswerVariance, skewedAnswerVariance, SLIGHT_SKEW_5 } from './agreement';

const AGREEING = ['beyond-chance'];

/** A uniform generator (mulberry32): fast-check's own integers lean towards edge values and repeats, which is not "answering at random". */
function uniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A scale mean of `items` answers drawn uniformly on 1 … 5, shown as a result code carries it. */
function randomMean(next: () => number, items: number): number {
  let total = 0;
  for (let item = 0; item < items; item++) total += 1 + Math.floor(next() * 5);
  return shownScore(total / items);
}

/** A scale mean of `items` answers drawn with the slight skew (SLIGHT_SKEW_5), the first `reversed` of them reverse-keyed, shown as a code carries it. */
function skewedMean(next: () => number, items: number, reversed = 0): number {
  let total = 0;
  for (let item = 0; item < items; item++) {
    let draw = next();
    let answer = 1;
    for (const share of SLIGHT_SKEW_5) {
      if (draw < share) break;
      draw -= share;
      answer++;
    }
    // The same lean on every statement (acquiescence): on a reverse-keyed item the keyed value leans the other way, with the same variance.
    total += item < reversed ? 6 - answer : answer;
  }
  return shownScore(total / items);
}

/** A team of 8–40 members answering 4–8 items at random, from one seed (unbiased, so seeds are spread evenly). */
const randomTeam = fc.noBias(fc.integer()).map((seed) => {
  const next = uniform(seed);
  const items = 4 + Math.floor(next() * 5);
  const members = 8 + Math.floor(next() * 33);
  return { items, scores: Array.from({ length: members }, () => randomMean(next, items)) };
});

describe('the random-answer variance', () => {
  it('is (A² − 1)/12 per item, divided by the items of each set', () => {
    expect(randomAnswerVariance(5, [1])).toBe(2);
    expect(randomAnswerVariance(5, [4])).toBe(0.5);
    expect(randomAnswerVariance(5, [4, 4])).toBe(1);
    expect(randomAnswerVariance(7, [6])).toBeCloseTo(4 / 6, 12);
  });
});

describe('the slightly skewed null', () => {
  it('is LeBreton and Senter’s slight skew: item variance 1.34 on five points, divided by the items of each set', () => {
    expect(SLIGHT_SKEW_5.reduce((total, share) => total + share, 0)).toBeCloseTo(1, 12);
    expect(itemVariance(SLIGHT_SKEW_5)).toBeCloseTo(1.34, 12);
    expect(itemVariance([0.2, 0.2, 0.2, 0.2, 0.2])).toBeCloseTo(2, 12);
    expect(skewedAnswerVariance(5, [4])).toBeCloseTo(1.34 / 4, 12);
    expect(skewedAnswerVariance(5, [4, 4])).toBeCloseTo(1.34 / 2, 12);
    expect(skewedAnswerVariance(7, [4])).toBeUndefined();
    expect(nullVariances(5, [4])).toEqual({ uniform: 0.5, slightSkew: expect.closeTo(0.335, 12) });
  });

  it('matches what simulated skewed answering gives (20,000 members)', () => {
    const next = uniform(2008);
    const scores = Array.from({ length: 20_000 }, () => skewedMean(next, 4));
    const mean = scores.reduce((total, score) => total + score, 0) / scores.length;
    const variance = scores.reduce((total, score) => total + (score - mean) ** 2, 0) / (scores.length - 1);
    // Rounding to one decimal adds about 0.1²/12; the rest is the skew's 1.34 / 4.
    expect(variance).toBeGreaterThan(0.335 * 0.95);
    expect(variance).toBeLessThan(0.335 * 1.05 + 0.001);
  });
});

describe('agreement of a team', () => {
  // A variance from a handful of people is itself uncertain: a random team of eight can, by
  // luck, answer as alike as a team that agrees. So "never" is honestly a rate: agreement is
  // read only beyond CHANCE_LEVEL (.01), and fewer than 1 in 100 random teams read as
  // agreeing. These tests count on 30,000 and 40,000 random teams (fixed seeds, so a failure
  // can be replayed).
  it('reads random teams of 8–40 members, on 4–8 items or a balance, as agreement fewer than 1 in 100 times (30,000 teams)', () => {
    const teams = fc.sample(randomTeam, { seed: 26, numRuns: 15_000 });
    let agreeing = 0;
    for (const { items, scores } of teams) {
      if (AGREEING.includes(agreementOf(scores, nullVariances(5, [items])).level)) agreeing++;
      const next = uniform(scores.length * 7919 + items);
      const balances = scores.map((first) => {
        const second = randomMean(next, 4);
        return shownScore(second - first, [{ score: first }, { score: second }]);
      });
      if (AGREEING.includes(agreementOf(balances, nullVariances(5, [items, 4])).level)) agreeing++;
    }
    expect(agreeing / (2 * teams.length)).toBeLessThan(CHANCE_LEVEL);
  });

  it('reads random teams of eight as agreeing less often than CHANCE_LEVEL (40,000 simulated teams)', () => {
    const next = uniform(12345);
    const random = nullVariances(5, [4]);
    let agreeing = 0;
    const teams = 40_000;
    for (let team = 0; team < teams; team++) {
      const scores = Array.from({ length: 8 }, () => randomMean(next, 4));
      if (AGREEING.includes(agreementOf(scores, random).level)) agreeing++;
    }
    expect(agreeing / teams).toBeLessThan(CHANCE_LEVEL);
  });

  it('always reads identical scores as agreement beyond chance, index 1 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 50 }), fc.integer({ min: 2, max: 60 }), fc.integer({ min: 1, max: 8 }), (step, members, items) => {
        const scores = Array.from({ length: members }, () => step / 10);
        expect(agreementOf(scores, nullVariances(5, [items]))).toEqual({ index: 1, skewIndex: 1, level: 'beyond-chance' });
      }),
    );
  });

  it('never reads two members in the bottom band and three in the top band as agreement (property)', () => {
    // Bands 1–2.5, 2.5–3.5, 3.5–5 as in the content files.
    const bottom = fc.integer({ min: 10, max: 24 }).map((step) => step / 10);
    const top = fc.integer({ min: 35, max: 50 }).map((step) => step / 10);
    fc.assert(
      fc.property(fc.tuple(bottom, bottom), fc.tuple(top, top, top), fc.integer({ min: 4, max: 8 }), (low, high, items) => {
        const reading = agreementOf([...low, ...high], nullVariances(5, [items]));
        expect(AGREEING).not.toContain(reading.level);
        expect(reading.index).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it('calls two clear camps a split', () => {
    // Variance 4.57 and 2.7 against 0.5 expected from random answering: beyond the 99 % quantile.
    expect(agreementOf([1, 1, 1, 5, 5, 5, 5, 1], nullVariances(5, [4])).level).toBe('split');
    expect(agreementOf([1, 1.5, 4.5, 5, 5], nullVariances(5, [4])).level).toBe('split');
  });

  it('reads a team of eight on four items as agreeing with an SD below 0.24, not above (the verantwoording’s number)', () => {
    const sd = (scores: number[]) => {
      const mean = scores.reduce((total, score) => total + score, 0) / scores.length;
      return Math.sqrt(scores.reduce((total, score) => total + (score - mean) ** 2, 0) / (scores.length - 1));
    };
    const close = [3, 3.5, 3, 3.3, 3, 3.5, 3.3, 3.5];
    const between = [3, 3.5, 3, 3.5, 3, 3.5, 3.3, 3.5];
    const looser = [3, 3.5, 3, 3.8, 3, 3.5, 3.3, 3.8];
    expect(sd(close)).toBeLessThan(0.24);
    expect(sd(between)).toBeGreaterThan(0.24);
    expect(sd(between)).toBeLessThan(0.3);
    expect(sd(looser)).toBeGreaterThan(0.3);
    expect(agreementOf(close, nullVariances(5, [4])).level).toBe('beyond-chance');
    // Closer than uniform answering at .01, but not closer than slightly skewed answering: no agreement claimed.
    expect(agreementOf(between, { uniform: 0.5, slightSkew: undefined }).level).toBe('none');
    expect(agreementOf(between, nullVariances(5, [4])).level).toBe('none');
    expect(agreementOf(between, nullVariances(5, [4])).index).toBeGreaterThan(agreementOf(between, nullVariances(5, [4])).skewIndex!);
    expect(agreementOf(looser, nullVariances(5, [4])).level).toBe('none');
  });

  it('reads teams answering with a slight skew (8–40 members, 4–8 items, some reverse-keyed) as agreement fewer than 1 in 100 times (20,000 teams)', () => {
    const next = uniform(2026);
    let agreeing = 0;
    let agreeingUniformOnly = 0;
    const teams = 20_000;
    for (let team = 0; team < teams; team++) {
      const items = 4 + Math.floor(next() * 5);
      const members = 8 + Math.floor(next() * 33);
      const scores = Array.from({ length: members }, () => skewedMean(next, items, Math.floor(next() * 2)));
      const nulls = nullVariances(5, [items]);
      if (AGREEING.includes(agreementOf(scores, nulls).level)) agreeing++;
      if (AGREEING.includes(agreementOf(scores, { ...nulls, slightSkew: nulls.uniform }).level)) agreeingUniformOnly++;
    }
    expect(agreeing / teams).toBeLessThan(CHANCE_LEVEL);
    // Against the uniform null alone such teams read as agreeing far more often: the reason for the second null.
    expect(agreeingUniformOnly / teams).toBeGreaterThan(5 * CHANCE_LEVEL);
  });

  it('never claims agreement on a scale without a documented skewed null', () => {
    expect(agreementOf([3, 3, 3, 3, 3, 3, 3, 3], nullVariances(7, [4]))).toEqual({ index: 1, level: 'none' });
  });

  it('reads a close team of twelve as agreement beyond chance, with its index', () => {
    // Variance 0.04 against 0.5: index 0.92, far below random answering.
    const scores = [3.3, 3.5, 3.5, 3.8, 3.5, 3.3, 3.5, 3.8, 3.5, 3.3, 3.8, 3.5];
    const reading = agreementOf(scores, nullVariances(5, [4]));
    expect(reading.index).toBeGreaterThan(0.9);
    expect(reading.level).toBe('beyond-chance');
  });

  it('keeps the index between 0 and 1 and never reads agreement from one member', () => {
    expect(agreementOf([3], { uniform: 0.5, slightSkew: undefined })).toEqual({ index: 0, level: 'none' });
    fc.assert(
      fc.property(fc.array(fc.double({ min: -4, max: 5, noNaN: true }), { minLength: 2, maxLength: 40 }), (scores) => {
        const { index, skewIndex } = agreementOf(scores, nullVariances(5, [4, 4]));
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThanOrEqual(1);
        expect(skewIndex).toBeGreaterThanOrEqual(0);
        expect(skewIndex).toBeLessThanOrEqual(1);
      }),
    );
  });
});
