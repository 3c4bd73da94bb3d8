import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from './model';
import { ASSUMED_RELIABILITY, changeBetween, changeRuleOf, singleStepEffect, teamChangeBetween, teamChangeRuleOf } from './reliable-change';
import { changeThresholds } from './scoring';
import { sample } from '../../../tests/support/sample-assessment';

describe('the reliable-change rule (Jacobson & Truax)', () => {
  it('assumes r = .70 and SD = 0.7 on a 1–5 scale: 1.96 × √2 × 0.7 × √0.3 ≈ 1.0627, so a shown change of 1.1 or more', () => {
    const rule = changeRuleOf(sample, 'bieden');
    expect(rule).toMatchObject({ reliability: ASSUMED_RELIABILITY, reliabilitySource: 'assumed', sd: 0.7, sdSource: 'assumed', minimumChange: 1.1 });
    expect(rule.standardError).toBeCloseTo(0.7 * Math.sqrt(0.3), 12);
    expect(rule.threshold).toBeCloseTo(1.0627, 4);
    expect(changeThresholds(sample).bieden).toBe(rule.threshold);
  });

  it('uses the reliability and SD the content gives', () => {
    // r = .84, SD = 0.5: SEM = 0.2, threshold 1.96 × √2 × 0.2 ≈ 0.554, so 0.6 shown.
    const measured: Assessment = { ...sample, dimensions: sample.dimensions.map((dimension) => (dimension.id === 'bieden' ? { ...dimension, reliability: 0.84, sd: 0.5 } : dimension)) };
    const rule = changeRuleOf(measured, 'bieden');
    expect(rule).toMatchObject({ reliability: 0.84, reliabilitySource: 'content', sd: 0.5, sdSource: 'content', minimumChange: 0.6 });
    expect(rule.threshold).toBeCloseTo(0.5544, 4);
  });

  it('gives a balance the error of two sides: √2 × the side error', () => {
    const rule = changeRuleOf(sample, 'gesprek');
    expect(rule.standardError).toBeCloseTo(Math.SQRT2 * 0.7 * Math.sqrt(0.3), 12);
    expect(rule.minimumChange).toBe(1.6);
  });

  it('is never below what one answer moved by one step can do, whatever the content claims', () => {
    const overclaimed: Assessment = { ...sample, dimensions: sample.dimensions.map((dimension) => ({ ...dimension, reliability: 0.99, sd: 0.1 })) };
    for (const dimension of sample.dimensions) expect(changeRuleOf(overclaimed, dimension.id).threshold).toBeGreaterThanOrEqual(singleStepEffect(sample, dimension.id));
  });

  it('reads a shown difference of 1.0 as about the same and 1.1 as higher', () => {
    const rule = changeRuleOf(sample, 'bieden');
    expect(changeBetween(2.3, 3.3, rule)).toEqual({ change: 'about-the-same', difference: 1, minimumChange: 1.1 });
    expect(changeBetween(2.3, 3.4, rule)).toEqual({ change: 'higher', difference: 1.1, minimumChange: 1.1 });
    expect(changeBetween(4, 2.5, rule).change).toBe('lower');
  });

  it('is symmetric and judges the difference as shown (property)', () => {
    const rule = changeRuleOf(sample, 'bieden');
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true }), (a, b) => {
        const forward = changeBetween(a, b, rule);
        const back = changeBetween(b, a, rule);
        expect(back.difference).toBe(forward.difference === 0 ? 0 : -forward.difference);
        expect({ higher: 'lower', lower: 'higher', 'about-the-same': 'about-the-same' }[forward.change]).toBe(back.change);
        expect(forward.change === 'about-the-same').toBe(Math.abs(forward.difference) < rule.minimumChange);
      }),
    );
  });
});

describe('a team compared with itself', () => {
  const rule = changeRuleOf(sample, 'bieden');

  it('takes the error of two medians of n members: 1.96 × √(2 × (1.2533 × SD)² / n)', () => {
    // Five at each moment: 1.96 × 1.2533 × 0.7 × √(2/5) ≈ 1.088 → 1.1 shown; ten each ≈ 0.769 → 0.8.
    expect(teamChangeRuleOf(rule, 5, 5).threshold).toBeCloseTo(1.0877, 3);
    expect(teamChangeRuleOf(rule, 5, 5).minimumChange).toBe(1.1);
    expect(teamChangeRuleOf(rule, 10, 10).minimumChange).toBe(0.8);
    expect(teamChangeBetween({ median: 3, count: 10 }, { median: 3.7, count: 10 }, rule).change).toBe('about-the-same');
    expect(teamChangeBetween({ median: 3, count: 10 }, { median: 3.8, count: 10 }, rule).change).toBe('higher');
  });

  it('asks a larger change of smaller teams (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (n, extra) => {
        expect(teamChangeRuleOf(rule, n, n).threshold).toBeGreaterThan(teamChangeRuleOf(rule, n + extra, n + extra).threshold);
      }),
    );
  });
});
