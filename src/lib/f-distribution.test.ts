import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fCdf, fQuantile } from './f-distribution';

describe('the F distribution', () => {
  it('gives the quantiles of the printed tables', () => {
    // Any statistics handbook's F table (upper 5 %, 2.5 %, 1 %); the lower 2.5 % point is 1 / F(0.975; df2, df1).
    const table: [p: number, df1: number, df2: number, x: number][] = [
      [0.95, 1, 10, 4.965],
      [0.95, 5, 10, 3.326],
      [0.975, 9, 27, 2.631],
      [0.025, 9, 27, 0.279],
      [0.99, 3, 20, 4.938],
    ];
    for (const [p, df1, df2, x] of table) expect(fQuantile(p, df1, df2)).toBeCloseTo(x, 3);
  });

  it('has a quantile function that inverts the distribution function (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 600 }), (p, df1, df2) => {
        expect(fCdf(fQuantile(p, df1, df2), df1, df2)).toBeCloseTo(p, 7);
      }),
    );
  });

  it('refuses a probability outside 0 … 1', () => {
    expect(() => fQuantile(1, 3, 4)).toThrow();
    expect(() => fQuantile(0.5, 0, 4)).toThrow();
  });
});
