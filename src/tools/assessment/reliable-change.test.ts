import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from './model';
import { ASSUMED_INTER_ITEM_CORRELATION, changeBetween, changeRuleOf, changeRules, medianStandardError, singleStepEffect, spearmanBrown, teamChangeBetween, teamChangeRuleOf } from './reliable-change';
import { changeThresholds } from './scoring';
import { sample } from '../../../tests/support/sample-assessment';

describe('the reliable-change rule (Jacobson & Truax)', () => {
  it('derives r from four items and an assumed ρ = .20: r = 0.8 / 1.6 = .5, SEM = 0.7 × √.5 ≈ 0.495, threshold ≈ 1.372, so a shown change of 1.4 or more', () => {
    const rule = changeRuleOf(sample, 'bieden');
    expect(ASSUMED_INTER_ITEM_CORRELATION).toBe(0.2);
    expect(rule).toMatchObject({ interItemCorrelation: ASSUMED_INTER_ITEM_CORRELATION, items: 4, reliabilitySource: 'assumed', sd: 0.7, sdSource: 'assumed', minimumChange: 1.4 });
    expect(rule.reliability).toBeCloseTo(0.8 / 1.6, 12);
    expect(rule.standardError).toBeCloseTo(0.7 * Math.sqrt(1 - 0.8 / 1.6), 12);
    expect(rule.threshold).toBeCloseTo(1.372, 4);
    expect(changeThresholds(sample).bieden).toBe(rule.threshold);
  });

  it('asks more of a score of three answered items: r = 0.6 / 1.4 ≈ .429, threshold ≈ 1.467, so 1.5 shown', () => {
    const rule = changeRuleOf(sample, 'bieden', { earlier: [3], later: [3] });
    expect(rule.reliability).toBeCloseTo(0.6 / 1.4, 12);
    expect(rule.threshold).toBeCloseTo(1.4667, 4);
    expect(rule.minimumChange).toBe(1.5);
    // One moment with three, one with four: 1.96 × √(0.529² + 0.495²) ≈ 1.420.
    const mixed = changeRules(sample, { b1: 3, b2: 3, b3: 3, b4: 'unknown' }, { b1: 3, b2: 3, b3: 3, b4: 3 }).bieden!;
    expect(mixed.threshold).toBeCloseTo(1.96 * Math.hypot(0.7 * Math.sqrt(1 - 0.6 / 1.4), 0.7 * Math.sqrt(1 - 0.8 / 1.6)), 12);
    expect(mixed.threshold).toBeCloseTo(1.4202, 4);
    expect(mixed.items).toBe(3);
  });

  it('gives a smaller threshold to a score of more items (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 10 }), (k, extra) => {
        expect(spearmanBrown(ASSUMED_INTER_ITEM_CORRELATION, k + extra)).toBeGreaterThan(spearmanBrown(ASSUMED_INTER_ITEM_CORRELATION, k));
        const fewer = changeRuleOf(sample, 'bieden', { earlier: [k], later: [k] });
        const more = changeRuleOf(sample, 'bieden', { earlier: [k + extra], later: [k + extra] });
        expect(more.standardError).toBeLessThan(fewer.standardError);
        expect(more.threshold).toBeLessThanOrEqual(fewer.threshold);
      }),
    );
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
    // 4 + 4 items: SEM = √2 × 0.495 = 0.7, threshold 1.96 × √2 × 0.7 ≈ 1.940, so 2.0 shown.
    expect(rule.standardError).toBeCloseTo(Math.SQRT2 * 0.7 * Math.sqrt(1 - 0.8 / 1.6), 12);
    expect(rule.threshold).toBeCloseTo(1.9403, 4);
    expect(rule.minimumChange).toBe(2);
  });

  it('is never below what one answer moved by one step can do, whatever the content claims', () => {
    const overclaimed: Assessment = { ...sample, dimensions: sample.dimensions.map((dimension) => ({ ...dimension, reliability: 0.99, sd: 0.1 })) };
    for (const dimension of sample.dimensions) expect(changeRuleOf(overclaimed, dimension.id).threshold).toBeGreaterThanOrEqual(singleStepEffect(sample, dimension.id));
  });

  it('reads a shown difference of 1.3 as about the same and 1.4 as higher', () => {
    const rule = changeRuleOf(sample, 'bieden');
    expect(changeBetween(2.3, 3.6, rule)).toEqual({ change: 'about-the-same', difference: 1.3, minimumChange: 1.4 });
    expect(changeBetween(2.3, 3.7, rule)).toEqual({ change: 'higher', difference: 1.4, minimumChange: 1.4 });
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

  it('puts the standard error of a median of five at 1.2533 × 0.7 / √5 ≈ 0.39 with the assumed SD', () => {
    expect(medianStandardError(rule.sd, 5)).toBeCloseTo(0.3923, 4);
  });

  it('asks a larger change of smaller teams (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (n, extra) => {
        expect(teamChangeRuleOf(rule, n, n).threshold).toBeGreaterThan(teamChangeRuleOf(rule, n + extra, n + extra).threshold);
      }),
    );
  });
});
