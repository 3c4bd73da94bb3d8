import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateNps, emptyCounts, parseScores } from './nps';

const counts = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 11, maxLength: 11 });

describe('NPS', () => {
  it('is the share of promoters minus the share of detractors', () => {
    // 20 answers: 9 promoters, 8 passives, 3 detractors → 45 % − 15 % = +30
    const result = calculateNps([0, 0, 0, 1, 0, 1, 1, 4, 4, 5, 4]);
    expect(result).toMatchObject({ total: 20, promoters: 9, passives: 8, detractors: 3, nps: 30, swingPerAnswer: 10 });
  });

  it('has no score without answers', () => {
    expect(calculateNps(emptyCounts())).toBeNull();
  });

  it('refuses counts that are not 11 whole numbers', () => {
    expect(() => calculateNps([1, 2, 3])).toThrow();
    expect(() => calculateNps([...emptyCounts().slice(1), -1])).toThrow();
  });

  it('always lies between −100 and +100 and equals promoter share − detractor share', () => {
    fc.assert(
      fc.property(counts, (values) => {
        const result = calculateNps(values);
        if (!result) return;
        expect(result.nps).toBeGreaterThanOrEqual(-100);
        expect(result.nps).toBeLessThanOrEqual(100);
        expect(result.nps).toBeCloseTo((result.promoterShare - result.detractorShare) * 100, 9);
        expect(result.promoters + result.passives + result.detractors).toBe(result.total);
      }),
    );
  });
});

describe('pasted scores', () => {
  it('reads one score per line and CSV rows, and reports bad values by line', () => {
    const parsed = parseScores('9\n10\n\n7,8;3\ttien\n11\n"6"\n 4.5 \n');
    expect(parsed.accepted).toBe(6);
    expect(parsed.counts).toEqual([0, 0, 0, 1, 0, 0, 1, 1, 1, 1, 1]);
    expect(parsed.problems).toEqual([
      { line: 4, value: 'tien' },
      { line: 5, value: '11' },
      { line: 7, value: '4.5' },
    ]);
  });

  it('never throws and accounts for every value', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseScores(text);
        expect(parsed.counts.reduce((a, b) => a + b, 0)).toBe(parsed.accepted);
        const values = text.split(/\r\n|\r|\n/).flatMap((line) => line.replace(/^\uFEFF/, '').trim().split(/[,;\t ]+/).filter(Boolean));
        expect(parsed.accepted + parsed.problems.length).toBe(values.length);
      }),
    );
  });
});
