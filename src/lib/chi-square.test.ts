import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareCdf, chiSquareQuantile } from './chi-square';

describe('the chi-square distribution', () => {
  it('gives the quantiles of the printed tables', () => {
    // Abramowitz & Stegun table 26.8 / any statistics handbook.
    const table: [p: number, df: number, x: number][] = [
      [0.95, 1, 3.841],
      [0.05, 7, 2.167],
      [0.001, 7, 0.598],
      [0.001, 4, 0.0908],
      [0.999, 4, 18.467],
      [0.975, 10, 20.483],
      [0.5, 30, 29.336],
    ];
    for (const [p, df, x] of table) expect(chiSquareQuantile(p, df)).toBeCloseTo(x, 3);
  });

  it('has a quantile function that inverts the distribution function (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.0005, max: 0.9995, noNaN: true }), fc.integer({ min: 1, max: 60 }), (p, df) => {
        expect(chiSquareCdf(chiSquareQuantile(p, df), df)).toBeCloseTo(p, 8);
      }),
    );
  });

  it('refuses a probability outside 0 … 1', () => {
    expect(() => chiSquareQuantile(1, 3)).toThrow();
    expect(() => chiSquareQuantile(0.5, 0)).toThrow();
  });
});
