import { describe, expect, it } from 'vitest';
import { groupByScale } from './scale-groups';
import type { Scale } from './model';

const frequency: Scale = { kind: 'frequency', points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `f${value}` })), unknown: { label: 'weet ik niet' } };
const agreement: Scale = { kind: 'agreement', points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `a${value}` })), unknown: { label: 'weet ik niet' } };
const dimensions: Record<string, { scale?: Scale }> = { a: {}, b: { scale: agreement }, c: {}, d: { scale: { ...frequency } } };
const assessment = { scale: frequency };

describe('groupByScale', () => {
  it('puts the assessment’s own scale first and a dimension with another scale in a group of its own', () => {
    const groups = groupByScale(assessment, ['b', 'a', 'c'], (id) => dimensions[id]);
    expect(groups.map((group) => [group.scale.kind, group.rows])).toEqual([
      ['frequency', ['a', 'c']],
      ['agreement', ['b']],
    ]);
  });

  it('treats a dimension that repeats the assessment’s scale as the same response format', () => {
    expect(groupByScale(assessment, ['a', 'd'], (id) => dimensions[id]).map((group) => group.rows)).toEqual([['a', 'd']]);
  });

  it('gives one group when every dimension shares the scale, and counts an unknown dimension on the assessment’s scale', () => {
    expect(groupByScale(assessment, ['a', 'gone'], (id) => dimensions[id])).toEqual([{ scale: frequency, rows: ['a', 'gone'] }]);
  });

  it('leaves out the assessment’s scale when no row uses it', () => {
    expect(groupByScale(assessment, ['b'], (id) => dimensions[id]).map((group) => group.scale.kind)).toEqual(['agreement']);
  });

  it('keeps every row exactly once', () => {
    const rows = ['a', 'b', 'c', 'd', 'b2'];
    const groups = groupByScale(assessment, rows, (id) => dimensions[id.slice(0, 1)]);
    expect(groups.flatMap((group) => group.rows).sort()).toEqual([...rows].sort());
  });
});
