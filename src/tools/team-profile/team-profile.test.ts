import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeResult } from '../assessment/result-code';
import { teamProfile } from './strings/nl';
import { agreementOf, buildTeamProfile, collectCodes, MIN_GROUP_SIZE, type ProfileAssessment, weakestDimensions } from './team-profile';

const bands = [
  { from: 1, to: 2.5, label: 'Nog in ontwikkeling', meaning: 'm', next: [{ link: '/a/', label: 'a' }] },
  { from: 2.5, to: 3.75, label: 'Op weg', meaning: 'm', next: [{ link: '/b/', label: 'b' }] },
  { from: 3.75, to: 5, label: 'Sterk punt', meaning: 'm', next: [{ link: '/c/', label: 'c' }] },
];
const team: ProfileAssessment = {
  id: 'klantgerichtheid-team',
  code: 'KT',
  version: 1,
  title: 'Klantgerichtheid in ons team',
  scaleMin: 1,
  scaleMax: 5,
  scalePoints: 5,
  dimensionCount: 2,
  dimensions: [
    { id: 'bedoeling', name: 'De bedoeling voorop', bands },
    { id: 'leiding', name: 'Voorbeeld van de leiding', bands },
  ],
};
const other: ProfileAssessment = { ...team, id: 'wat-drijft-mij', code: 'WD', title: 'Wat drijft mij?', dimensionCount: 2 };
const known = [team, other];
const { rejectReason } = teamProfile;
const code = (scores: (number | null)[], day = '2026-11-20', assessment = team) =>
  encodeResult({ code: assessment.code, version: assessment.version, completedOn: day, scores }, 1, 5);

describe('collecting codes', () => {
  it('accepts codes of the assessment and names every code it leaves out', () => {
    const a = code([2, 4]);
    const text = [a, code([3, 3], '2026-11-21'), `${a}`, code([1, 1], '2026-11-21', other), 'KT1-XXXX-YYYY-ZZ', '', encodeResult({ code: 'KT', version: 2, completedOn: '2026-11-20', scores: [1, 1] }, 1, 5)].join('\n');
    const collected = collectCodes(text, team, known);
    expect(collected.accepted).toHaveLength(2);
    expect(collected.rejected.map((rejected) => [rejected.line, rejectReason(rejected.reason).split(':')[0]!.split(' ').slice(0, 3).join(' ')])).toEqual([
      [3, 'Dubbel'],
      [4, 'Deze code hoort'],
      [5, 'Deze code klopt'],
      [7, 'Deze code komt'],
    ]);
    expect(rejectReason(collected.rejected[1]!.reason)).toContain('Wat drijft mij?');
  });

  it('treats a code typed in another case as the same code', () => {
    const a = code([2, 4]);
    expect(rejectReason(collectCodes(`${a}\n${a.toLowerCase()}`, team, known).rejected[0]!.reason)).toMatch(/^Dubbel/);
  });
});

describe('the team profile', () => {
  const members = [code([1.5, 4.5]), code([2, 4], '2026-11-19'), code([4.5, 4.2], '2026-11-18'), code([3, 4.8], '2026-11-17'), code([1, null], '2026-11-16')];
  const results = collectCodes(members.join('\n'), team, known).accepted;

  it('shows nothing below the minimum group size', () => {
    expect(buildTeamProfile(results.slice(0, MIN_GROUP_SIZE - 1), team)).toEqual({ status: 'too-small', members: 2, needed: 3 });
  });

  it('gives the median, spread, distribution and a light per dimension, most disagreement first', () => {
    const profile = buildTeamProfile(results, team);
    if (profile.status !== 'ok') throw new Error('expected a profile');
    expect(profile.members).toBe(5);
    const [first, second] = profile.dimensions;
    expect(first!.id).toBe('bedoeling');
    expect(first).toMatchObject({ count: 5, median: 2, min: 1, max: 4.5, light: 'rood' });
    expect(first!.distribution.map((entry) => entry.count)).toEqual([3, 1, 1]);
    expect(second).toMatchObject({ id: 'leiding', count: 4, light: 'groen' });
    expect(second!.agreement).toBeGreaterThan(first!.agreement);
    expect(weakestDimensions(profile, 1).map((dimension) => dimension.id)).toEqual(['bedoeling']);
  });

  it('does not depend on the order of the codes', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(members, { minLength: members.length, maxLength: members.length }), (shuffled) => {
        const again = buildTeamProfile(collectCodes(shuffled.join('\n'), team, known).accepted, team);
        expect(again).toEqual(buildTeamProfile(results, team));
      }),
    );
  });

  it('keeps agreement between 0 and 1, with 1 when everyone scores the same', () => {
    expect(agreementOf([3, 3, 3], 5)).toBe(1);
    expect(agreementOf([1, 5, 1, 5], 5)).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { minLength: 2, maxLength: 30 }), (scores) => {
        const agreement = agreementOf(scores, 5);
        expect(agreement).toBeGreaterThanOrEqual(0);
        expect(agreement).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('never throws on pasted rubbish', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const collected = collectCodes(text, team, known);
        for (const rejected of collected.rejected) expect(rejectReason(rejected.reason).length).toBeGreaterThan(10);
      }),
    );
  });
});

describe('saved team profiles', async () => {
  const { compareSessions, emptyProfiles, exportProfile, loadProfiles, saveProfiles, snapshotOf, TEAM_PROFILES_KEY } = await import('./store');
  const store = new Map<string, string>();
  const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value), removeItem: (key: string) => void store.delete(key) };
  const codes = [code([1.5, 4.5]), code([2, 4], '2026-11-19'), code([4.5, 4.2], '2026-11-18')];
  const profile = buildTeamProfile(collectCodes(codes.join('\n'), team, known).accepted, team);
  if (profile.status !== 'ok') throw new Error('expected a profile');
  const saved = { id: 'p1', name: 'Team HR', date: '2026-11-23', assessment: { id: team.id, version: 1, title: team.title }, members: 3, codes, dimensions: snapshotOf(profile) };

  it('round-trips through storage and sets damaged data aside', () => {
    expect(saveProfiles(storage, { ...emptyProfiles(), profiles: [saved] })).toEqual({ ok: true });
    expect(loadProfiles(storage)).toEqual({ status: 'ok', value: { schema: 1, profiles: [saved] } });
    store.set(TEAM_PROFILES_KEY, '{"schema":1,"profiles":[{"id":3}]}');
    expect(loadProfiles(storage).status).toBe('recovered');
  });

  it('compares two sessions per dimension', () => {
    const later = { ...saved, id: 'p2', dimensions: saved.dimensions.map((d) => ({ ...d, median: d.median + 1 })) };
    expect(compareSessions(saved, later).every((row) => row.delta === 1)).toBe(true);
  });

  it('exports the aggregate without the codes', () => {
    const file = JSON.stringify(exportProfile('Team HR', '2026-11-23', saved.assessment, profile));
    for (const single of codes) expect(file).not.toContain(single);
    expect(JSON.parse(file).dimensions).toHaveLength(2);
  });
});
