import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { teamProfile as strings } from './strings/nl';
import type { Role } from '../assessment/model';
import { completeAttempt } from '../assessment/history';
import { attemptCode, encodeFormat1, encodeResult } from '../assessment/result-code';
import { sample } from '../../../tests/support/sample-assessment';
import { buildTeamProfile, collectCodes, type DimensionProfile, MIN_GROUP_SIZE, profileOrder, type ProfileAssessment, toProfileAssessment } from './team-profile';

const bands = [
  { from: 1, to: 2.5, label: 'Aandachtspunt', next: [{ link: '/a/', label: 'a' }] },
  { from: 2.5, to: 3.5, label: 'Deels', next: [{ link: '/b/', label: 'b' }] },
  { from: 3.5, to: 5, label: 'Sterk punt', next: [{ link: '/c/', label: 'c' }] },
];
const team: ProfileAssessment = {
  id: 'klantgerichtheid-team',
  code: 'KT',
  version: 2,
  title: 'Teamscan klantgerichtheid',
  scaleMin: 1,
  scaleMax: 5,
  scalePoints: 5,
  responseFormat: 'frequency',
  changeRules: {},
  slotCount: 2,
  answerCount: 4,
  legacy: [{ version: 1, slotCount: 2 }],
  dimensions: [
    { id: 'bedoeling', name: 'De bedoeling voorop', kind: 'mean', bands },
    // Four items about the team, the second reverse-keyed: the answers a code carries.
    { id: 'leiding', name: 'Voorbeeld van de leiding', kind: 'mean', bands, refersTo: 'team', codedItems: [0, 1, 2, 3].map((position) => ({ position, reverse: position === 1 })) },
  ],
  versions: [{ version: 1, dimensions: [{ id: 'oud', name: 'Oud', kind: 'mean', bands }, { id: 'ouder', name: 'Ouder', kind: 'mean', bands }] }],
};
const other: ProfileAssessment = { ...team, id: 'wat-geeft-mijn-werk-mij', code: 'WD', title: 'Wat geeft mijn werk mij?', legacy: [], versions: [], answerCount: 0 };
const known = [team, other];
/** A code of `team` with the answers to the four items about the team: by default, answers that give the second score (the reverse-keyed item mirrored). */
const code = (scores: (number | null)[], role: Role | null = 'member', month = '2026-11', assessment = team, answers?: (number | null)[]) => {
  const agreeing = scores[1] == null ? undefined : [0, 1, 2, 3].map((item) => (item === 1 ? 6 - Math.round(scores[1]!) : Math.round(scores[1]!)));
  const carried = assessment === team ? (answers ?? agreeing) : undefined;
  return encodeResult({ code: assessment.code, version: assessment.version, month, role, scores, ...(carried ? { answers: carried } : {}) }, 1, 5);
};

describe('collecting codes', () => {
  it('accepts codes of the assessment and names every code it leaves out, by kind', () => {
    const a = code([2, 4]);
    const text = [a, code([3, 3], 'member', '2026-10'), a, code([1, 1], null, '2026-11', other), 'KT2-XXXX-YYYY-ZZ', '', encodeResult({ code: 'KT', version: 9, month: '2026-11', role: null, scores: [1, 1] }, 1, 5)].join('\n');
    const collected = collectCodes(text, team, known);
    expect(collected.accepted.map((accepted) => accepted.line)).toEqual([1, 2]);
    expect(collected.rejected.map((rejected) => [rejected.line, rejected.reason.kind === 'invalid' ? rejected.reason.error.kind : rejected.reason.kind])).toEqual([
      [3, 'duplicate'],
      [4, 'other-assessment'],
      [5, 'checksum'],
      [7, 'version'],
    ]);
    expect(strings.rejectReason(collected.rejected[1]!.reason)).toContain('Wat geeft mijn werk mij?');
  });

  it('treats a code typed in another case as the same code', () => {
    const a = code([2, 4]);
    expect(collectCodes(`${a}\n${a.toLowerCase()}`, team, known).rejected[0]?.reason).toEqual({ kind: 'duplicate', firstLine: 1 });
  });
});

describe('the team profile', () => {
  const members = [code([1.5, 4.5]), code([2, 4], 'member', '2026-10'), code([4.5, 4.2]), code([3, 4.8]), code([1, null]), code([2, 4.6])];
  const results = collectCodes(members.join('\n'), team, known).accepted;

  it('shows only the count and the minimum below five members', () => {
    expect(MIN_GROUP_SIZE).toBe(5);
    expect(buildTeamProfile(results.slice(0, 4), team)).toEqual({ status: 'too-small', members: 4, needed: 5, leaders: { status: 'none' } });
  });

  it('shows a profile from any five or more members, and nothing but a count below that (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 10, max: 50 }), fc.integer({ min: 10, max: 50 })), { minLength: 0, maxLength: 12 }), (pairs) => {
        const text = pairs.map(([a, b], index) => code([a / 10, b / 10], 'member', `2026-${String((index % 12) + 1).padStart(2, '0')}`)).join('\n');
        const collected = collectCodes(text, team, known);
        const profile = buildTeamProfile(collected.accepted, team);
        const count = collected.accepted.length;
        if (count === 0) expect(profile.status).toBe('empty');
        else if (count < MIN_GROUP_SIZE) expect(profile).toEqual({ status: 'too-small', members: count, needed: MIN_GROUP_SIZE, leaders: { status: 'none' } });
        else expect(profile.status === 'ok' && profile.members).toBe(count);
      }),
    );
  });

  it('shows the median as a number only from eight members on a dimension, whatever they score (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 10, max: 50 }), fc.integer({ min: 10, max: 50 })), { minLength: 5, maxLength: 12 }), (pairs) => {
        const text = pairs.map(([a, b], index) => code([a / 10, b / 10], 'member', `2026-${String((index % 12) + 1).padStart(2, '0')}`)).join('\n');
        const profile = buildTeamProfile(collectCodes(text, team, known).accepted, team);
        if (profile.status !== 'ok') return;
        for (const dimension of profile.dimensions) {
          expect(dimension.median !== undefined).toBe(dimension.count >= 8);
          expect(dimension.medianBand.label.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('gives the band of the median from five members, but its number, the distribution and the spread only from eight, never a score per person', () => {
    const profile = buildTeamProfile(results, team);
    if (profile.status !== 'ok') throw new Error('expected a profile');
    expect(profile.members).toBe(6);
    const bedoeling = profile.dimensions.find((dimension) => dimension.id === 'bedoeling')!;
    // The median of these six is 2: it places the band, but the number is not shown below eight.
    expect(bedoeling).toMatchObject({ count: 6, tone: 'band-0', medianBandIndex: 0, distributionShown: false, distribution: [] });
    expect(bedoeling.median).toBeUndefined();
    const leiding = profile.dimensions.find((dimension) => dimension.id === 'leiding')!;
    expect(leiding).toMatchObject({ count: 5, tone: 'band-2', distributionShown: false, distribution: [] });
    expect(leiding.medianBand.label).toBe('Sterk punt');
    for (const key of ['scores', 'min', 'max', 'lowest', 'highest']) expect(Object.keys(bedoeling)).not.toContain(key);
    expect(JSON.stringify(profile)).not.toMatch(/"(scores|lowest|highest)"/);

  });

  it('never ranks: a low median keeps its questionnaire place, shaded by its band on the neutral scale, never red', () => {
    // Leiding, second in the questionnaire, lowest band; bedoeling, first, the middle band.
    const codes = [1.5, 1.8, 2, 1.5, 2.2].map((trust, index) => code([3, trust], 'member', `2026-0${index + 1}`)).join('\n');
    const profile = buildTeamProfile(collectCodes(codes, team, known).accepted, team);
    if (profile.status !== 'ok') throw new Error('expected a profile');
    expect(profile.dimensions.map((dimension) => dimension.id)).toEqual(team.dimensions.map((dimension) => dimension.id));
    expect(profile.dimensions.map((dimension) => dimension.tone)).toEqual(['band-1', 'band-0']);
    expect(JSON.stringify(profile)).not.toMatch(/rood|groen|oranje/);
    expect(strings.recommendationsIntro).not.toMatch(/laagst|zwakst/);
  });

  it('never counts leaders in the members’ median, whatever they answer (property)', () => {
    const alone = buildTeamProfile(results, team);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 10, max: 50 }), fc.integer({ min: 10, max: 50 })), { minLength: 1, maxLength: 4 }), (pairs) => {
        const leaders = pairs.map(([a, b], index) => code([a / 10, b / 10], 'leader', `2025-${String(index + 1).padStart(2, '0')}`));
        const mixed = collectCodes([...members, ...leaders].join('\n'), team, known).accepted;
        const profile = buildTeamProfile(mixed, team);
        if (profile.status !== 'ok' || alone.status !== 'ok') throw new Error('expected profiles');
        expect(profile.dimensions).toEqual(alone.dimensions);
        expect(profile.leaders).toEqual({ status: 'left-out', count: leaders.length, lines: leaders.map((_, index) => members.length + index + 1) });
      }),
    );
  });

  it('shows five or more leaders as their own profile, apart from the members', () => {
    const leaders = [1, 2, 3, 4, 5].map((n) => code([n, n], 'leader', `2025-0${n}`));
    const profile = buildTeamProfile(collectCodes([...members, ...leaders].join('\n'), team, known).accepted, team);
    expect(profile.status === 'ok' && profile.leaders.status).toBe('shown');
    if (profile.status === 'ok' && profile.leaders.status === 'shown') expect(profile.leaders.profile.members).toBe(5);
  });

  it('refuses to mix versions, naming the lines of each', () => {
    const old = encodeFormat1({ code: 'KT', version: 1, completedOn: '2026-11-02', scores: [2, 3] }, 1, 5);
    const profile = buildTeamProfile(collectCodes([...members.slice(0, 3), old, ...members.slice(3)].join('\n'), team, known).accepted, team);
    expect(profile).toEqual({
      status: 'mixed-versions',
      versions: [
        { version: 1, lines: [4] },
        { version: 2, lines: [1, 2, 3, 5, 6, 7] },
      ],
    });
    expect(strings.mixedVersions(profile.status === 'mixed-versions' ? profile.versions : [])).toContain('versie 1 op regel 4');
  });

  it('makes a profile of version-1 codes only with that version’s dimensions', () => {
    const old = [1, 2, 3, 4, 5].map((n) => encodeFormat1({ code: 'KT', version: 1, completedOn: `2026-11-0${n}`, scores: [n, 3] }, 1, 5));
    const profile = buildTeamProfile(collectCodes(old.join('\n'), team, known).accepted, team);
    expect(profile.status === 'ok' && [profile.version, profile.current, profile.dimensions.map((d) => d.id).sort()]).toEqual([1, false, ['oud', 'ouder']]);
  });

  it('does not depend on the order of the codes', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(members, { minLength: members.length, maxLength: members.length }), (shuffled) => {
        const again = buildTeamProfile(collectCodes(shuffled.join('\n'), team, known).accepted, team);
        const first = buildTeamProfile(results, team);
        expect(again.status === 'ok' && again.dimensions).toEqual(first.status === 'ok' && first.dimensions);
      }),
    );
  });

  it('reads agreement from the answers the codes carry, between 0 and 0.90 as shown, and as agreement capped at 0.90 when everyone answers the same (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 4, maxLength: 4 }), { minLength: 8, maxLength: 20 }), (answers) => {
        const text = answers.map((given, index) => code([3, 3], 'member', `20${26 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, team, given)).join('\n');
        const profile = buildTeamProfile(collectCodes(text, team, known).accepted, team);
        if (profile.status !== 'ok') throw new Error('expected a profile');
        const agreement = profile.dimensions.find((dimension) => dimension.id === 'leiding')!.agreement;
        if (!agreement) return;
        for (const value of [agreement.index, agreement.skewIndex!]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(0.9);
        }
      }),
    );
    const same = Array.from({ length: 8 }, (_, index) => code([3, 3], 'member', `2026-0${index + 1}`, team, [4, 2, 5, null]));
    const profile = buildTeamProfile(collectCodes(same.join('\n'), team, known).accepted, team);
    expect(profile.status === 'ok' && profile.dimensions.find((dimension) => dimension.id === 'leiding')!.agreement).toEqual({ index: 0.9, skewIndex: 0.9, items: 3, level: 'agreement' });
  });

  it('says why there is no agreement when a code carries no answers (an earlier version’s), never computing it from the scores', () => {
    const eight = Array.from({ length: 8 }, (_, index) => encodeResult({ code: 'KT', version: 2, month: `2026-0${index + 1}`, role: 'member', scores: [3, 4] }, 1, 5));
    const profile = buildTeamProfile(collectCodes(eight.join('\n'), team, known).accepted, team);
    if (profile.status !== 'ok') throw new Error('expected a profile');
    const leiding = profile.dimensions.find((dimension) => dimension.id === 'leiding')!;
    expect(leiding.agreement).toBeUndefined();
    expect(leiding.agreementMissing).toBe('no-answers');
    expect(profile.dimensions.find((dimension) => dimension.id === 'bedoeling')!.agreementMissing).toBeUndefined();
    // One code with answers among them is not enough: every member's answers or none.
    const mixed = [...eight.slice(1), code([3, 4], 'member', '2026-12')];
    const mixedProfile = buildTeamProfile(collectCodes(mixed.join('\n'), team, known).accepted, team);
    expect(mixedProfile.status === 'ok' && mixedProfile.dimensions.find((dimension) => dimension.id === 'leiding')!.agreementMissing).toBe('no-answers');
    // Below eight members: neither the index nor the reason.
    const seven = buildTeamProfile(collectCodes(eight.slice(1).join('\n'), team, known).accepted, team);
    expect(seven.status === 'ok' && seven.dimensions.find((dimension) => dimension.id === 'leiding')).toMatchObject({ count: 7 });
    expect(seven.status === 'ok' && Object.keys(seven.dimensions.find((dimension) => dimension.id === 'leiding')!)).not.toEqual(expect.arrayContaining(['agreementMissing']));
  });

  it('shows the distribution from eight members, merging bands so no count below three appears, and reads the spread from those rows', () => {
    const nine = [1, 1.5, 2, 2, 3, 4.5, 2.2, 2.4, 3].map((score, index) => code([score, 4], 'member', `2026-0${index + 1}`));
    const profile = buildTeamProfile(collectCodes(nine.join('\n'), team, known).accepted, team);
    if (profile.status !== 'ok') throw new Error('expected a profile');
    const bedoeling = profile.dimensions.find((dimension) => dimension.id === 'bedoeling')!;
    expect(bedoeling.distributionShown).toBe(true);
    // Per band 6, 2 and 1: the lone "Sterk punt" joins "Deels", which then holds three.
    expect(bedoeling.distribution.map((row) => [row.bands.map((band) => band.label), row.count])).toEqual([
      [['Aandachtspunt'], 6],
      [['Deels', 'Sterk punt'], 3],
    ]);
    expect(bedoeling.distribution[1]!.band).toMatchObject({ from: 2.5, to: 5, label: 'Deels – Sterk punt' });
    expect([bedoeling.spread.from.label, bedoeling.spread.to.label]).toEqual(['Aandachtspunt', 'Sterk punt']);
    const leiding = profile.dimensions.find((dimension) => dimension.id === 'leiding')!;
    expect(leiding.distribution.map((row) => row.count)).toEqual([0, 0, 9]);
    expect([leiding.spread.from.label, leiding.spread.to.label]).toEqual(['Sterk punt', 'Sterk punt']);
    expect(leiding.agreement?.level).toBe('agreement');
    // Bedoeling is a self-report ("ik …"): a median of self-reports has no agreement to show.
    expect(bedoeling.agreement).toBeUndefined();
  });

  it('shows agreement only for a dimension about the team or its leader, and only from eight members (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 10, max: 50 }), fc.integer({ min: 10, max: 50 })), { minLength: 5, maxLength: 14 }), (pairs) => {
        const text = pairs.map(([a, b], index) => code([a / 10, b / 10], 'member', `20${26 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`)).join('\n');
        const profile = buildTeamProfile(collectCodes(text, team, known).accepted, team);
        if (profile.status !== 'ok') throw new Error('expected a profile');
        expect(profile.dimensions.find((dimension) => dimension.id === 'bedoeling')!.agreement).toBeUndefined();
        expect(profile.dimensions.find((dimension) => dimension.id === 'leiding')!.agreement !== undefined).toBe(pairs.length >= 8);
        expect(profile.dimensions.find((dimension) => dimension.id === 'leiding')!.agreementMissing).toBeUndefined();
      }),
    );
  });

  it('orders the cards by response format, then in questionnaire order, never by medians or spread', () => {
    const balanceBands = [
      { from: -4, to: -0.5, label: 'vragen' },
      { from: -0.5, to: 0.5, label: 'balans' },
      { from: 0.5, to: 4, label: 'bieden' },
    ];
    const card = (id: string, kind: 'mean' | 'balance', responseFormat: 'frequency' | 'agreement', spread: [number, number]): DimensionProfile => {
      const own = kind === 'balance' ? balanceBands : bands;
      return {
        id,
        name: id,
        kind,
        responseFormat,
        count: 8,
        median: kind === 'balance' ? 0 : 3,
        medianBand: own[1]!,
        medianBandIndex: 1,
        bands: own,
        distributionShown: true,
        spread: { from: own[spread[0]]!, to: own[spread[1]]! },
        distribution: [],
        tone: kind === 'balance' ? 'neutral' : 'band-1',
        range: { min: 1, max: 5 },
      };
    };
    const cards = [
      card('balans', 'balance', 'frequency', [0, 2]),
      card('vertrouwen', 'mean', 'agreement', [0, 2]),
      card('smal', 'mean', 'frequency', [1, 1]),
      card('breed', 'mean', 'frequency', [0, 2]),
      card('ook-breed', 'mean', 'frequency', [0, 2]),
      card('half', 'mean', 'frequency', [1, 2]),
    ];
    const questionnaire = ['smal', 'balans', 'half', 'ook-breed', 'breed', 'vertrouwen'];
    // With or without the distribution shown: questionnaire order within each format, never by spread.
    expect(profileOrder(cards, questionnaire).map((dimension) => dimension.id)).toEqual(['smal', 'half', 'ook-breed', 'breed', 'vertrouwen', 'balans']);
    const hidden = cards.map((dimension) => ({ ...dimension, distributionShown: false }));
    expect(profileOrder(hidden, questionnaire).map((dimension) => dimension.id)).toEqual(['smal', 'half', 'ook-breed', 'breed', 'vertrouwen', 'balans']);
    expect(strings.orderNote(['de vragen over hoe vaak', 'de balansen'])).toBe(
      'De onderdelen staan per soort vraag: eerst de vragen over hoe vaak, dan de balansen. Binnen elke soort staan ze in de volgorde van de vragenlijst.',
    );
  });

  it('never shows a band count of one or two, whatever eight or more members score (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 10, max: 50 }), { minLength: 8, maxLength: 30 }), (steps) => {
        const text = steps.map((step, index) => code([step / 10, 3], 'member', `20${26 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`)).join('\n');
        const profile = buildTeamProfile(collectCodes(text, team, known).accepted, team);
        if (profile.status !== 'ok') throw new Error('expected a profile');
        for (const dimension of profile.dimensions) {
          expect(dimension.distributionShown).toBe(true);
          for (const row of dimension.distribution) expect(row.count === 0 || row.count >= 3).toBe(true);
          expect(dimension.distribution.reduce((total, row) => total + row.count, 0)).toBe(steps.length);
          expect(dimension.distribution.flatMap((row) => row.bands)).toEqual(bands);
        }
      }),
    );
  });

  it('reads two members at the bottom and three at the top as no agreement, beside a chart that says the same', () => {
    // Five members: no agreement is shown at all (privacy.ts, from eight).
    const camps = [1.5, 2, 4.5, 4, 5].map((score, index) => code([score, score], 'member', `2026-0${index + 1}`));
    const profile = buildTeamProfile(collectCodes(camps.join('\n'), team, known).accepted, team);
    if (profile.status !== 'ok') throw new Error('expected a profile');
    for (const dimension of profile.dimensions) expect(dimension.agreement).toBeUndefined();
    // Eight members in the same two camps: the team dimension shows its agreement, and it never reads as agreeing.
    const eight = [1.5, 2, 1.5, 4.5, 4, 5, 4.5, 5].map((score, index) => code([score, score], 'member', `2026-0${index + 1}`));
    const larger = buildTeamProfile(collectCodes(eight.join('\n'), team, known).accepted, team);
    if (larger.status !== 'ok') throw new Error('expected a profile');
    expect(larger.dimensions.find((dimension) => dimension.id === 'leiding')!.agreement?.level).toBe('none');
  });

  it('never throws on pasted rubbish', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const collected = collectCodes(text, team, known);
        for (const rejected of collected.rejected) expect(strings.rejectReason(rejected.reason).length).toBeGreaterThan(10);
      }),
    );
  });
});

describe('saved team profiles', async () => {
  const { compareSessions, emptyProfiles, exportProfile, loadProfiles, saveProfiles, snapshotOf, profilesStorage } = await import('./store');
  const store = new Map<string, string>();
  const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value), removeItem: (key: string) => void store.delete(key) };
  const build = (list: string[]) => {
    const built = buildTeamProfile(collectCodes(list.join('\n'), team, known).accepted, team);
    if (built.status !== 'ok') throw new Error('expected a profile');
    return built;
  };
  const assessment = { id: team.id, version: 2, title: team.title };
  const codes = [code([1.5, 4.5]), code([2, 4]), code([4.5, 4.2]), code([3, 3]), code([2, 2])];
  const eightCodes = [...codes, code([3.5, 3.2]), code([2.5, 3.8]), code([4, 2.5])];
  // Eight members: the medians are shown, so they are saved and compared.
  const profile = build(eightCodes);
  const saved = { id: 'p1', name: 'Team HR', date: '2026-11-23', assessment, members: 8, dimensions: snapshotOf(profile) };
  // Five members: only the bands of the medians are shown, so only they are saved.
  const smallProfile = build(codes);
  const savedSmall = { id: 'p0', name: 'Team HR klein', date: '2026-10-01', assessment, members: 5, dimensions: snapshotOf(smallProfile) };
  const median = (snapshot: { median?: number }) => {
    if (snapshot.median === undefined) throw new Error('expected a median');
    return snapshot.median;
  };

  it('round-trips through storage and sets damaged data aside', () => {
    expect(saveProfiles(storage, { ...emptyProfiles(), profiles: [saved, savedSmall] })).toEqual({ ok: true });
    expect(loadProfiles(storage)).toEqual({ status: 'ok', value: { schema: 1, profiles: [saved, savedSmall] } });
    store.set(profilesStorage.key, '{"schema":1,"profiles":[{"id":3}]}');
    expect(loadProfiles(storage).status).toBe('recovered');
  });

  it('stores what the screen shows and never the codes: medians from eight members, below that only the bands', () => {
    store.clear();
    saveProfiles(storage, { ...emptyProfiles(), profiles: [saved, savedSmall] });
    const text = [...store.values()].join('');
    for (const single of eightCodes) expect(text).not.toContain(single);
    expect(text).not.toContain('"codes"');
    expect(saved.dimensions.every((dimension) => typeof dimension.median === 'number')).toBe(true);
    expect(savedSmall.dimensions.map((dimension) => dimension.median)).toEqual([undefined, undefined]);
    expect(savedSmall.dimensions.map((dimension) => dimension.band)).toEqual(smallProfile.dimensions.map((dimension) => dimension.medianBand.label));
  });

  it('shows profiles saved with their codes again, without the codes and without medians the screen no longer shows (migration on read)', () => {
    store.clear();
    // As an earlier release saved them: the codes, and a median at every size.
    const old = {
      schema: 1,
      profiles: [
        { ...saved, codes: eightCodes },
        { ...savedSmall, codes, dimensions: savedSmall.dimensions.map((dimension, index) => ({ ...dimension, median: 2.5 + index })) },
        // Saved before the count per dimension was kept: the profile's members decide.
        { ...savedSmall, id: 'p9', codes, dimensions: savedSmall.dimensions.map(({ count: _count, ...dimension }) => ({ ...dimension, median: 3 })) },
      ],
    };
    const raw = JSON.stringify(old);
    store.set(profilesStorage.key, raw);
    const loaded = loadProfiles(storage);
    if (loaded.status !== 'ok') throw new Error('expected the old profiles to load');
    expect(loaded.value.profiles.map((entry) => entry.id)).toEqual(['p1', 'p0', 'p9']);
    expect(JSON.stringify(loaded.value)).not.toContain(codes[0]!);
    expect(loaded.value.profiles[0]).toEqual(saved);
    expect(loaded.value.profiles[1]!.dimensions.map((dimension) => [dimension.band, dimension.median])).toEqual(savedSmall.dimensions.map((dimension) => [dimension.band, undefined]));
    expect(loaded.value.profiles[2]!.dimensions.every((dimension) => dimension.median === undefined && dimension.band.length > 0)).toBe(true);
    // Reading changes nothing on the device; the next save writes the profiles without codes.
    expect(store.get(profilesStorage.key)).toBe(raw);
    saveProfiles(storage, loaded.value);
    expect(store.get(profilesStorage.key)).not.toContain(codes[0]!);
  });

  it('keeps the number of members behind each median, for the change rule', () => {
    expect(saved.dimensions.map((dimension) => dimension.count)).toEqual([8, 8]);
  });

  it('compares two sessions per dimension', () => {
    const later = { ...saved, id: 'p2', dimensions: saved.dimensions.map((d) => ({ ...d, median: median(d) + 1 })) };
    expect(compareSessions(saved, later).every((row) => row.delta === 1)).toBe(true);
  });

  it('compares sessions below eight members by their bands only: no difference and no change in numbers', async () => {
    const { changeRuleOf } = await import('../assessment/reliable-change');
    const { contentAssessment } = await import('../../../tests/support/assessments');
    const kt = contentAssessment('klantgerichtheid-team');
    const rules = { bedoeling: changeRuleOf(kt, 'bedoeling'), leiding: changeRuleOf(kt, 'leiding') };
    for (const rows of [compareSessions(savedSmall, saved, rules), compareSessions(saved, savedSmall, rules)]) {
      expect(rows.every((row) => row.delta === undefined && row.change === undefined)).toBe(true);
      expect(rows.every((row) => row.before?.band && row.after?.band)).toBe(true);
    }
  });

  it('reads a team compared with itself under the team change rule: about the same below the threshold', async () => {
    const { changeRuleOf } = await import('../assessment/reliable-change');
    const { contentAssessment } = await import('../../../tests/support/assessments');
    const kt = contentAssessment('klantgerichtheid-team');
    const rules = { bedoeling: changeRuleOf(kt, 'bedoeling'), leiding: changeRuleOf(kt, 'leiding') };
    const shifted = (by: number) => ({ ...saved, id: 'p2', dimensions: saved.dimensions.map((d) => ({ ...d, median: median(d) + by })) });
    // Eight members at each moment: the threshold on a 1–5 scale lies between 0.5 and 1.5 (about 1.09 with five, reliable-change.ts).
    expect(compareSessions(saved, shifted(0.5), rules).map((row) => row.change?.change)).toEqual(['about-the-same', 'about-the-same']);
    expect(compareSessions(saved, shifted(1.5), rules).map((row) => row.change?.change)).toEqual(['higher', 'higher']);
    expect(compareSessions(saved, shifted(-1.5), rules).map((row) => row.change?.change)).toEqual(['lower', 'lower']);
    // No rule for a dimension: no reading, never a bare difference passed off as a change.
    expect(compareSessions(saved, shifted(1.5), {}).every((row) => row.change === undefined)).toBe(true);
  });

  it('shows no change between sessions on different versions of the assessment', async () => {
    const { changeRuleOf } = await import('../assessment/reliable-change');
    const { contentAssessment } = await import('../../../tests/support/assessments');
    const kt = contentAssessment('klantgerichtheid-team');
    const rules = { bedoeling: changeRuleOf(kt, 'bedoeling'), leiding: changeRuleOf(kt, 'leiding') };
    const newer = { ...saved, id: 'p3', assessment: { ...saved.assessment, version: 3 }, dimensions: saved.dimensions.map((d) => ({ ...d, median: median(d) + 1.5 })) };
    const rows = compareSessions(saved, newer, rules);
    expect(rows.every((row) => row.change === undefined && row.delta === undefined)).toBe(true);
    // The bands of both sessions stay visible.
    expect(rows.every((row) => row.before && row.after)).toBe(true);
  });

  it('exports the aggregate without the codes or anyone’s score', () => {
    const file = JSON.stringify(exportProfile('Team HR', '2026-11-23', saved.assessment, smallProfile));
    // Five members: the band of the median, not its number (privacy.ts).
    expect(file).not.toContain('"median"');
    expect(JSON.stringify(exportProfile('Team HR', '2026-11-23', saved.assessment, profile))).toContain('"median"');
    for (const single of codes) expect(file).not.toContain(single);
    expect(file).not.toMatch(/"(lowest|highest)"/);
    expect(JSON.parse(file).dimensions).toHaveLength(2);
    // Five members: a median, but no spread and no distribution (privacy.ts).
    for (const dimension of JSON.parse(file).dimensions) expect(Object.keys(dimension)).not.toEqual(expect.arrayContaining(['distribution']));
    expect(file).not.toContain('"spread"');
  });
});

describe('an assessment as the profile reads it', () => {
  const legacyBands = [
    { from: 1, to: 3, label: 'Laag' },
    { from: 3, to: 5, label: 'Hoog' },
  ];
  const assessment = { ...sample, legacy: [{ version: 1, dimensions: [{ id: 'oud', name: 'Oud', kind: 'mean' as const, bands: legacyBands }] }] };
  const profiled = toProfileAssessment(assessment);

  it('knows which of the answers a code carries belong to a dimension about the team', () => {
    const teamSample = { ...assessment, dimensions: assessment.dimensions.map((dimension) => (dimension.id === 'bieden' ? { ...dimension, refersTo: 'team' as const } : dimension)) };
    const read = toProfileAssessment(teamSample);
    expect(read.answerCount).toBe(4);
    expect(read.dimensions.find((dimension) => dimension.id === 'bieden')!.codedItems).toEqual([
      { position: 0, reverse: false },
      { position: 1, reverse: false },
      { position: 2, reverse: true },
      { position: 3, reverse: false },
    ]);
    expect(read.dimensions.find((dimension) => dimension.id === 'luisteren')!.codedItems).toBeUndefined();
    // A member's code carries the answers, and eight alike read as agreement.
    const attempts = Array.from({ length: 8 }, (_, index) =>
      attemptCode(teamSample, completeAttempt(teamSample, { l1: 4, l2: 2, l3: 5, b1: 4, b2: 4, b3: 2, b4: index % 2 ? 4 : 5, v1: 3 }, new Date(`2026-0${index + 1}-23T10:00:00Z`), `p${index}`, 'member')),
    );
    const profile = buildTeamProfile(collectCodes(attempts.join('\n'), read, [read]).accepted, read);
    expect(profile.status === 'ok' && profile.dimensions.find((dimension) => dimension.id === 'bieden')!.agreement?.level).toBe('agreement');
  });

  it('takes the code target, the scale and the dimensions of every version it reads', () => {
    expect(profiled).toMatchObject({ id: 'proef', code: 'PR', version: 2, title: 'Proefscan', scaleMin: 1, scaleMax: 5, scalePoints: 5, slotCount: 4, legacy: [{ version: 1, slotCount: 1 }] });
    expect(profiled.dimensions.map(({ id, kind, sides }) => [id, kind, sides?.map((side) => side.id)])).toEqual([
      ['luisteren', 'mean', undefined],
      ['bieden', 'mean', undefined],
      ['gesprek', 'balance', ['vragen', 'aanbod']],
    ]);
    expect(profiled.dimensions[0]!.bands).toEqual(sample.dimensions[0]!.bands);
    expect(profiled.versions).toEqual([{ version: 1, dimensions: [{ id: 'oud', name: 'Oud', kind: 'mean', bands: legacyBands, responseFormat: 'frequency', refersTo: 'self', answerStep: 0.25 }] }]);
    // The median's border: one answer step of a full answer set (the luisteren items weigh 1, 1, 2, 1).
    expect(profiled.dimensions.map((dimension) => dimension.answerStep)).toEqual([2 / 5, 1 / 4, 1 / 4]);
  });

  it('accepts the codes the assessment widget hands out', () => {
    const attempt = completeAttempt(assessment, { l1: 4, l2: 2, l3: 5, v1: 5, v2: 4, v3: 5, o1: 2, o2: 2, o3: 1 }, new Date('2026-11-23T10:00:00Z'), 'poging', 'member');
    const collected = collectCodes(attemptCode(assessment, attempt)!, profiled, [profiled]);
    expect(collected.rejected).toEqual([]);
    expect(collected.accepted[0]!.result).toMatchObject({ code: 'PR', version: 2, role: 'member', scores: [4.5, null, 4.7, 1.7] });
  });
});
