/**
 * Vragen én bieden on the real content: each side is a how-often score of its own, with the
 * scan's ordinary bands, everywhere a result is read; the difference gets no band anywhere.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../schemas/assessment';
import { toClientAssessment } from './client-data';
import { compareAttempts, completeAttempt, validateHistory } from './history';
import { attemptCode, decodeResult, codeTargetOf, encodeResult, sharedResult } from './result-code';
import { changeRuleOf, changeRules } from './reliable-change';
import { answeredWeights, answerStep, bandOf, scoreAssessment, scoreDimension } from './scoring';
import { objectivesOf } from '../scorm/objectives';
import { buildTeamProfile, collectCodes, toProfileAssessment } from '../team-profile/team-profile';

const load = (path: string) => toClientAssessment(assessmentSchema.parse(yaml.load(readFileSync(path, 'utf8'))));
const nl = load('content/assessments/effectief-adviseren.yaml');
const en = load('content/en/assessments/effective-advising.yaml');

const VRAGEN = ['ea2-vragen-doorvragen', 'ea2-vragen-geprobeerd', 'ea2-vragen-achtergrond', 'ea2-vragen-betrokkenen'];
const BIEDEN = ['ea2-bieden-vak', 'ea2-bieden-idee', 'ea2-bieden-voorbeeld', 'ea3-bieden-ervaring'];
/** Every other item answered 3, so the whole scan is scored. */
const answersWith = (vragen: number[], bieden: number[]) => ({
  ...Object.fromEntries(nl.items.map((item) => [item.id, 3])),
  ...Object.fromEntries(VRAGEN.map((id, index) => [id, vragen[index]!])),
  ...Object.fromEntries(BIEDEN.map((id, index) => [id, bieden[index]!])),
});

describe('Vragen én bieden as two side scores', () => {
  it('lists the two sides in the balance’s place, as ordinary dimensions with the scan’s cut-offs, in both languages', () => {
    for (const assessment of [nl, en]) {
      const ids = assessment.dimensions.map((dimension) => dimension.id);
      expect(ids).toEqual(['opgaven', 'verbinden', 'onzekerheid', 'samenhang', 'positie', 'eerste-gesprek-vragen', 'eerste-gesprek-bieden']);
      const ordinary = assessment.dimensions[0]!.bands.map(({ from, to }) => ({ from, to }));
      for (const side of assessment.dimensions.slice(5)) {
        expect(side.kind).toBe('mean');
        expect(side.bands.map(({ from, to }) => ({ from, to }))).toEqual(ordinary);
        expect(side.bands.map((band) => band.label)).toEqual(assessment.dimensions[0]!.bands.map((band) => band.label));
      }
      expect(assessment.items.filter((item) => item.dimension.startsWith('eerste-gesprek-')).length).toBe(8);
    }
  });

  it('scores vragen 4, 4, 5, 3 as 4,0 and bieden 2, 3, 2, 3 as 2,5, each on its own bands (hand-worked)', () => {
    const answers = answersWith([4, 4, 5, 3], [2, 3, 2, 3]);
    const vragen = scoreDimension(nl, 'eerste-gesprek-vragen', answers);
    const bieden = scoreDimension(nl, 'eerste-gesprek-bieden', answers);
    expect(vragen).toMatchObject({ status: 'scored', score: 4, answered: 4, band: { label: 'Sterk punt' } });
    expect(bieden).toMatchObject({ status: 'scored', score: 2.5, answered: 4, band: { label: 'Nog weinig' } });
    // On screen: 4,0 is within one answer step (0,25) of the cut-off at 4, so it reads "on the border"; 2,5 is half a point below 3.
    const place = (id: string, score: number) => bandOf(score, nl.dimensions.find((dimension) => dimension.id === id)!, undefined, answerStep(answeredWeights(nl, id, answers)));
    expect(place('eerste-gesprek-vragen', 4)).toMatchObject({ shown: 4, border: { lower: { label: 'Op weg' }, upper: { label: 'Sterk punt' } } });
    expect(place('eerste-gesprek-bieden', 2.5)).toMatchObject({ shown: 2.5, band: { label: 'Nog weinig' } });
    expect(place('eerste-gesprek-bieden', 2.5).border).toBeUndefined();
    // No score anywhere for the difference: nothing in the result is named after the balance alone.
    expect(scoreAssessment(nl, answers).map((score) => score.dimensionId)).not.toContain('eerste-gesprek');
  });

  it('gives each side the reliable-change rule of a 4-item scale, the same as an ordinary dimension of four items', () => {
    for (const side of ['eerste-gesprek-vragen', 'eerste-gesprek-bieden']) {
      const rule = changeRuleOf(nl, side);
      expect(rule.items).toBe(4);
      expect(rule.minimumChange).toBe(changeRuleOf(nl, 'opgaven').minimumChange);
    }
  });

  it('reads an attempt saved with the balance as one entry (its difference and its band) as the two sides, and compares it per side', () => {
    const old = {
      id: 'oud',
      version: 3,
      completedAt: '2026-12-01T10:00:00.000Z',
      answers: answersWith([4, 4, 5, 3], [2, 3, 2, 3]),
      dimensions: [
        ...nl.dimensions.slice(0, 5).map((dimension) => ({ id: dimension.id, name: dimension.name, score: 3, band: 'Op weg' })),
        {
          id: 'eerste-gesprek',
          name: 'Vragen én bieden',
          score: -1.5,
          band: 'Meer vragen dan bieden',
          sides: [
            { id: 'vragen', name: 'Vragen stellen', score: 4 },
            { id: 'bieden', name: 'Laten zien wat je biedt', score: 2.5 },
          ],
        },
      ],
    };
    const history = validateHistory({ schema: 1, progress: null, attempts: [old] });
    expect(history).toBeDefined();
    const read = history!.attempts[0]!;
    expect(read.dimensions.slice(5)).toEqual([
      { id: 'eerste-gesprek-vragen', name: 'Vragen stellen', score: 4, band: null },
      { id: 'eerste-gesprek-bieden', name: 'Laten zien wat je biedt', score: 2.5, band: null },
    ]);
    expect(JSON.stringify(read)).not.toContain('Meer vragen dan bieden');
    // The answers are kept as they were.
    expect(read.answers).toEqual(old.answers);

    // Later: vragen the same (4,0), bieden 4, 4, 4, 4 (4,0): +1,5 on a 4-item scale is a real change, 0 is not.
    const later = completeAttempt(nl, answersWith([4, 4, 5, 3], [4, 4, 4, 4]), new Date('2027-03-01T10:00:00Z'), 'nieuw');
    const rows = compareAttempts(read, later, changeRules(nl, read.answers, later.answers));
    expect(rows.find((row) => row.id === 'eerste-gesprek-vragen')?.change).toBe('same');
    expect(rows.find((row) => row.id === 'eerste-gesprek-bieden')?.change).toBe('higher');
    expect(rows.map((row) => row.id)).not.toContain('eerste-gesprek');
  });

  it('opens a version-3 share code as the two sides with today’s bands, and a version-2 code as the two side numbers without the band of its difference', () => {
    const attempt = completeAttempt(nl, answersWith([4, 4, 5, 3], [2, 3, 2, 3]), new Date('2026-12-10T10:00:00Z'), 'a');
    const decoded = decodeResult(attemptCode(nl, attempt)!, [codeTargetOf(nl)]);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const shared = sharedResult(nl, decoded.result);
    expect(shared.current).toBe(true);
    expect(shared.dimensions.slice(5)).toEqual([
      { id: 'eerste-gesprek-vragen', name: 'Vragen én bieden: vragen stellen', score: 4 },
      { id: 'eerste-gesprek-bieden', name: 'Vragen én bieden: laten zien wat je biedt', score: 2.5 },
    ]);

    // Version 2 scored the balance as a difference with bands "Vooral vragen … Vooral bieden"; its code carries the two side means.
    const v2 = encodeResult({ code: 'EA', version: 2, month: '2026-11', role: null, scores: [3, 3, 3, 3, 3, 4, 2.5] }, 1, 5);
    const old = decodeResult(v2, [codeTargetOf(nl)]);
    expect(old.ok).toBe(true);
    if (!old.ok) return;
    const legacy = sharedResult(nl, old.result);
    expect(legacy.current).toBe(false);
    expect(legacy.dimensions.slice(5)).toEqual([
      { id: 'eerste-gesprek-vragen', name: 'Vragen stellen', score: 4 },
      { id: 'eerste-gesprek-bieden', name: 'Laten zien wat je biedt', score: 2.5 },
    ]);
    expect(Object.values(legacy.storedBands)).not.toContain('Vooral vragen');
    expect(legacy.storedBands['opgaven']).toBe('Op weg');
  });

  it('sends nothing for either side to a learning platform', () => {
    const attempt = completeAttempt(nl, answersWith([4, 4, 5, 3], [2, 3, 2, 3]), new Date('2026-12-10T10:00:00Z'), 'a');
    const ids = objectivesOf(nl, attempt).map((objective) => objective.id);
    expect(ids).toHaveLength(5);
    expect(ids.filter((id) => id.startsWith('eerste-gesprek'))).toEqual([]);
  });
});

describe('Vragen én bieden in a team profile', () => {
  const profile = toProfileAssessment(nl);
  const code = (vragen: number, bieden: number, index: number) =>
    encodeResult({ code: 'EA', version: 3, month: '2026-12', role: null, scores: [3, 3, 3, 3, 3 + index / 10, vragen, bieden] }, 1, 5);
  const teamOf = (pairs: [number, number][]) => {
    const collected = collectCodes(pairs.map(([vragen, bieden], index) => code(vragen, bieden, index)).join('\n'), profile, [profile]);
    return buildTeamProfile(collected.accepted, profile);
  };

  it('shows a median per side, with the ordinary bands and shades, and no card for the difference', () => {
    const team = teamOf([
      [4, 2],
      [4.5, 2.5],
      [3.5, 2],
      [4, 3],
      [5, 2.5],
      [4.25, 3.5],
      [3.75, 2],
      [4, 2.75],
    ]);
    expect(team.status).toBe('ok');
    if (team.status !== 'ok') return;
    const vragen = team.dimensions.find((dimension) => dimension.id === 'eerste-gesprek-vragen')!;
    const bieden = team.dimensions.find((dimension) => dimension.id === 'eerste-gesprek-bieden')!;
    expect(vragen).toMatchObject({ kind: 'mean', count: 8, median: 4, medianBand: { label: 'Sterk punt' }, range: { min: 1, max: 5 }, distributionShown: true });
    expect(bieden).toMatchObject({ kind: 'mean', count: 8, median: 2.5, medianBand: { label: 'Nog weinig' }, range: { min: 1, max: 5 } });
    expect(bieden.tone).not.toBe('neutral');
    expect(team.dimensions.map((dimension) => dimension.id)).not.toContain('eerste-gesprek');
  });

  it('keeps the privacy rules per side: from 5 members only the median’s band, its number and distribution from 8, nothing below 5', () => {
    const five = teamOf([
      [4, 2],
      [4.5, 2.5],
      [3.5, 2],
      [4, 3],
      [5, 2.5],
    ]);
    expect(five.status).toBe('ok');
    if (five.status !== 'ok') return;
    for (const id of ['eerste-gesprek-vragen', 'eerste-gesprek-bieden']) {
      const side = five.dimensions.find((dimension) => dimension.id === id)!;
      expect(side.median).toBeUndefined();
      expect(side.distributionShown).toBe(false);
      expect(side.distribution).toEqual([]);
    }
    expect(five.dimensions.find((dimension) => dimension.id === 'eerste-gesprek-vragen')!.medianBand.label).toBe('Sterk punt');
    const four = teamOf([
      [4, 2],
      [4.5, 2.5],
      [3.5, 2],
      [4, 3],
    ]);
    expect(four.status).toBe('too-small');
  });
});
