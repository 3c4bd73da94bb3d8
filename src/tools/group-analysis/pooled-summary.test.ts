import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnsweredCode } from '../assessment/answer-code';
import type { Answers } from '../assessment/model';
import { sample } from '../../../tests/support/sample-assessment';
import { analyseGroup, cronbachAlpha, itemRestCorrelation, setRows } from './group-analysis';
import {
  alphaFromCovariance,
  collectSummaries,
  covarianceMatrix,
  type GroupSummary,
  itemRestFromCovariance,
  MAX_SUMMARY_BYTES,
  poolSummaries,
  readSummary,
  summariseGroup,
} from './pooled-summary';

/*
 * The hand-worked example of group-analysis.test.ts: four people, three items.
 *   person  i1 i2 i3
 *   A        1  2  2
 *   B        2  3  3
 *   C        3  3  4
 *   D        4  5  5
 * Deviations: i1 −1.5 −.5 .5 1.5; i2 −1.25 −.25 −.25 1.75; i3 −1.5 −.5 .5 1.5.
 * Cross products, divided by n − 1 = 3: i1·i1 5, i2·i2 4.75, i3·i3 5, i1·i2 4.5, i1·i3 5, i2·i3 4.5.
 * Sum of all entries (× 3): 14.75 + 2 × 14 = 42.75, trace 14.75, so α = 3/2 × (1 − 14.75/42.75) = 42/42.75.
 * i1 against the rest: cross 4.5 + 5 = 9.5, rest 4.75 + 5 + 2 × 4.5 = 18.75: r = 9.5/√(5 × 18.75).
 */
const hand = [
  [1, 2, 2],
  [2, 3, 3],
  [3, 3, 4],
  [4, 5, 5],
];

describe('α from a covariance matrix', () => {
  it('gives the hand-worked matrix, α and item–rest correlation', () => {
    const matrix = covarianceMatrix(hand);
    const expected = [
      [5, 4.5, 5],
      [4.5, 4.75, 4.5],
      [5, 4.5, 5],
    ].map((row) => row.map((value) => value / 3));
    matrix.forEach((row, a) => row.forEach((value, b) => expect(value).toBeCloseTo(expected[a]![b]!, 12)));
    expect(alphaFromCovariance(matrix)).toBeCloseTo(42 / 42.75, 12);
    expect(itemRestFromCovariance(matrix, 0)).toBeCloseTo(9.5 / Math.sqrt(5 * 18.75), 12);
  });

  it('equals α and the item–rest correlations from the rows it came from (property)', () => {
    const rowsArb = fc.integer({ min: 2, max: 7 }).chain((k) => fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), { minLength: 3, maxLength: 40 }));
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const matrix = covarianceMatrix(rows);
        const fromRows = cronbachAlpha(rows);
        const fromMatrix = alphaFromCovariance(matrix);
        if (fromRows === null) expect(fromMatrix).toBeNull();
        else expect(fromMatrix).toBeCloseTo(fromRows, 9);
        for (let item = 0; item < rows[0]!.length; item++) {
          const r = itemRestCorrelation(rows, item);
          const fromCovariance = itemRestFromCovariance(matrix, item);
          if (r === null) expect(fromCovariance).toBeNull();
          else expect(fromCovariance).toBeCloseTo(r, 9);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A reproducible group: each person has a level, items scatter around it, reverse items answered mirrored; some "weet ik niet". */
function group(size: number, seed: number, language: (index: number) => 'nl' | 'en' = () => 'nl'): AnsweredCode[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: size }, (_, index) => {
    const level = 1 + Math.floor(next() * 5);
    const answers: Answers = {};
    for (const item of sample.items) {
      const value = Math.min(5, Math.max(1, level + Math.floor(next() * 3) - 1));
      answers[item.id] = next() < 0.05 ? 'unknown' : item.reverse ? 6 - value : value;
    }
    return { role: null, language: language(index), answers };
  });
}

const day = new Date(2027, 2, 14, 23, 30);

describe('a group summary', () => {
  it('is made only from ten codes, like the analysis, and holds counts, means and covariances but no code or person', () => {
    expect(summariseGroup(group(9, 1), sample, day)).toBeNull();
    const codes = group(12, 2, (index) => (index < 9 ? 'nl' : 'en'));
    const summary = summariseGroup(codes, sample, day)!;
    expect(summary).toMatchObject({ format: 'adviesplaybook-groepssamenvatting', formatVersion: 1, assessment: 'proef', version: 2, date: '2027-03-14', people: 12, languages: { nl: 9, en: 3 } });
    expect(summary.sets.map((set) => [set.dimensionId, set.side])).toEqual([
      ['luisteren', undefined],
      ['bieden', undefined],
      ['gesprek', 'vragen'],
      ['gesprek', 'aanbod'],
    ]);
    const luisteren = summary.sets[0]!;
    expect(luisteren.items).toEqual(['l1', 'l2', 'l3', 'l4']);
    const { rows } = setRows(codes, sample, 'luisteren', undefined);
    expect(luisteren.people).toBe(rows.length);
    expect(luisteren.means).toHaveLength(4);
    expect(luisteren.covariance).toEqual(covarianceMatrix(rows));
    // Three English people: no statistics per language, or they could be told from the whole.
    expect(luisteren.byLanguage).toBeUndefined();
    const allowed = ['format', 'formatVersion', 'assessment', 'version', 'date', 'people', 'languages', 'nl', 'en', 'sets', 'dimensionId', 'side', 'items', 'unknownShare', 'withheld', 'means', 'covariance', 'byLanguage'];
    for (const key of JSON.stringify(summary).match(/"[a-zA-Z]+":/g) ?? []) expect(allowed).toContain(key.slice(1, -2));
  });

  it('gives the α the screen shows, once read back from its file', () => {
    const codes = group(15, 3);
    const summary = readSummary(JSON.stringify(summariseGroup(codes, sample, day)), sample);
    if (!summary.ok) throw new Error('expected a summary');
    const pooled = poolSummaries([summary.summary], sample);
    const analysis = analyseGroup(codes, sample);
    if (analysis.status !== 'ok') throw new Error('expected an analysis');
    analysis.sets.forEach((set, index) => {
      if (set.status !== 'ok' || set.alpha === null) throw new Error('expected an α');
      expect(pooled.sets[index]!.alpha).toBeCloseTo(set.alpha, 9);
      expect(pooled.sets[index]!.alphaInterval!.lower).toBeCloseTo(set.alphaInterval!.lower, 9);
      set.items.forEach((item, itemIndex) => {
        if (item.itemRest !== null) expect(pooled.sets[index]!.items[itemIndex]!.itemRest).toBeCloseTo(item.itemRest, 9);
      });
    });
  });

  it('keeps per-language statistics only when both languages have ten people in the set', () => {
    const both = summariseGroup(group(24, 4, (index) => (index % 2 ? 'en' : 'nl')), sample, day)!;
    for (const set of both.sets.filter((candidate) => candidate.languages.nl >= 10 && candidate.languages.en >= 10)) {
      expect(set.byLanguage?.nl?.people).toBe(set.languages.nl);
      expect(set.byLanguage?.en?.people).toBe(set.languages.en);
    }
    expect(both.sets.some((set) => set.byLanguage)).toBe(true);
  });
});

describe('pooling summaries', () => {
  it('gives the within-group α and item–rest correlations of the groups’ rows, each centred on its own mean', () => {
    const codes = group(31, 5);
    const [first, second] = [codes.slice(0, 14), codes.slice(14)];
    // The second group answers one step higher on every item it can: another mean, which pooling must not read as agreement.
    const shifted = second.map((code) => ({ ...code, answers: Object.fromEntries(Object.entries(code.answers).map(([id, value]) => [id, typeof value === 'number' ? Math.min(5, value + 1) : value])) as Answers }));
    const summaries = [first, shifted].map((part) => summariseGroup(part, sample, day)!);
    const pooled = poolSummaries(summaries, sample);
    expect(pooled).toMatchObject({ groups: 2, people: 31, languages: { nl: 31, en: 0 } });
    for (const set of pooled.sets) {
      const centred = [first, shifted].flatMap((part) => {
        const { rows } = setRows(part, sample, set.dimensionId, set.side);
        const means = rows[0]!.map((_, item) => rows.reduce((total, row) => total + row[item]!, 0) / rows.length);
        return rows.map((row) => row.map((value, item) => value - means[item]!));
      });
      expect(set.people).toBe(centred.length);
      expect(set.alpha).toBeCloseTo(cronbachAlpha(centred)!, 9);
      set.items.forEach((item, index) => expect(item.itemRest).toBeCloseTo(itemRestCorrelation(centred, index)!, 9));
      // Feldt's interval with the total number of people.
      expect(set.alphaInterval!.upper - set.alphaInterval!.lower).toBeLessThan(0.5);
    }
  });

  it('gives α per language only when both languages have ten people, from one-language groups and split groups alike', () => {
    const dutch = summariseGroup(group(12, 6), sample, day)!;
    const english = summariseGroup(group(11, 7, () => 'en'), sample, day)!;
    const mixed = summariseGroup(group(12, 8, (index) => (index < 10 ? 'nl' : 'en')), sample, day)!;
    const withoutEnglish = poolSummaries([dutch, mixed], sample);
    expect(withoutEnglish.languages).toEqual({ nl: 22, en: 2 });
    expect(withoutEnglish.sets[0]!.byLanguage).toBeNull();
    const pooled = poolSummaries([dutch, english, mixed], sample);
    const set = pooled.sets[0]!;
    // The mixed group has two English people: it counts in the whole, not per language.
    expect(set.languagePeople).toEqual({ nl: dutch.sets[0]!.people, en: english.sets[0]!.people });
    expect(set.byLanguage!.en.alpha).toBeCloseTo(poolSummaries([english], sample).sets[0]!.alpha!, 12);
    expect(set.byLanguage!.nl.people).toBe(dutch.sets[0]!.people);
  });

  it('leaves out a set with too few people, and counts them', () => {
    // Four people answer "weet ik niet" to three of the four Vragen questions; the other eight answer all four.
    const known = (value: Answers[string]) => (typeof value === 'number' ? value : 3);
    const codes = group(12, 9).map(({ answers, ...code }, index) => ({
      ...code,
      answers: index < 4 ? { ...answers, v1: 'unknown' as const, v2: 'unknown' as const, v3: 'unknown' as const } : { ...answers, v1: known(answers.v1), v2: known(answers.v2), v3: known(answers.v3), v4: known(answers.v4) },
    }));
    const summary = summariseGroup(codes, sample, day)!;
    const vragen = summary.sets[2]!;
    expect(vragen).toMatchObject({ side: 'vragen', people: 8 });
    expect(vragen.means).toBeUndefined();
    expect(vragen.covariance).toBeUndefined();
    const read = readSummary(JSON.stringify(summary), sample);
    if (!read.ok) throw new Error('expected a summary');
    const pooled = poolSummaries([read.summary], sample);
    expect(pooled.sets[2]).toMatchObject({ people: 0, groups: 0, leftOut: 8, alpha: null, alphaInterval: null });
  });

  it('withholds the statistics of a set with an item nearly everyone answered alike, whether all did or all but one', () => {
    // Twelve people; on l1 everyone answers 4, or eleven of them do: the file must not tell the two apart.
    const base = group(12, 5);
    const answer = (allAlike: boolean) => base.map(({ answers, ...code }, index) => ({ ...code, answers: { ...answers, l1: !allAlike && index === 0 ? 2 : 4 } }));
    const [all, allButOne] = [summariseGroup(answer(true), sample, day)!, summariseGroup(answer(false), sample, day)!];
    for (const summary of [all, allButOne]) {
      const luisteren = summary.sets[0]!;
      expect(luisteren).toMatchObject({ dimensionId: 'luisteren', people: 12, withheld: 'little-spread' });
      expect(luisteren.means).toBeUndefined();
      expect(luisteren.covariance).toBeUndefined();
    }
    expect(all.sets[0]).toEqual(allButOne.sets[0]);
    // The other sets keep their statistics, and the file reads back and pools with the set left out.
    expect(all.sets[1]!.covariance).toBeDefined();
    const read = readSummary(JSON.stringify(all), sample);
    if (!read.ok) throw new Error('expected a summary');
    expect(poolSummaries([read.summary], sample).sets[0]).toMatchObject({ people: 0, leftOut: 12, alpha: null });
    // A withheld set that still carries numbers is a damaged file.
    const tampered = JSON.parse(JSON.stringify(all));
    tampered.sets[0].means = [4, 3, 3, 3];
    expect(readSummary(JSON.stringify(tampered), sample)).toMatchObject({ ok: false, problem: { kind: 'damaged' } });
  });
});

describe('reading summary files', () => {
  const summary = summariseGroup(group(12, 10), sample, day)!;
  const text = JSON.stringify(summary);
  const edited = (change: (copy: GroupSummary) => void) => {
    const copy = JSON.parse(text) as GroupSummary;
    change(copy);
    return JSON.stringify(copy);
  };
  const problem = (candidate: string) => {
    const reading = readSummary(candidate, sample);
    return reading.ok ? 'accepted' : reading.problem;
  };

  it('accepts the file as it was written', () => {
    expect(readSummary(text, sample)).toEqual({ ok: true, summary });
  });

  it('refuses a corrupt file, another kind of file, another assessment and another version, each with its reason', () => {
    expect(problem(text.slice(0, -20))).toEqual({ kind: 'not-json' });
    expect(problem('{"format":"adviesplaybook-zelfscan","attempts":[]}')).toEqual({ kind: 'not-a-summary' });
    expect(problem('[1,2,3]')).toEqual({ kind: 'not-a-summary' });
    expect(problem(edited((copy) => Object.assign(copy, { assessment: 'wat-geeft-mijn-werk-mij' })))).toEqual({ kind: 'other-assessment', assessment: 'wat-geeft-mijn-werk-mij' });
    expect(problem(edited((copy) => Object.assign(copy, { version: 1 })))).toEqual({ kind: 'other-version', version: '1', expected: 2 });
    expect(problem(edited((copy) => Object.assign(copy, { formatVersion: 2 })))).toEqual({ kind: 'other-format-version', formatVersion: '2' });
    expect(problem(' '.repeat(MAX_SUMMARY_BYTES + 1))).toEqual({ kind: 'too-large' });
  });

  it('refuses a file whose sets, items or numbers are not what a summary holds', () => {
    const damaged = { kind: 'damaged' };
    expect(problem(edited((copy) => copy.sets.pop()))).toEqual(damaged);
    expect(problem(edited((copy) => copy.sets[0]!.items.reverse()))).toEqual(damaged);
    expect(problem(edited((copy) => (copy.sets[0]!.covariance![0]![1] = 99)))).toEqual(damaged);
    expect(problem(edited((copy) => (copy.sets[0]!.means![0] = 7)))).toEqual(damaged);
    expect(problem(edited((copy) => (copy.sets[0]!.people = 13)))).toEqual(damaged);
    expect(problem(edited((copy) => Object.assign(copy, { people: 9 })))).toEqual(damaged);
    expect(problem(edited((copy) => Object.assign(copy.sets[1]!, { covariance: 'x' })))).toEqual(damaged);
    expect(problem(text.replace(/"means":\[[^\]]+\]/, '"means":[1e999,1,1,1]'))).toEqual(damaged);
    // Statistics of a set of fewer than ten people are never accepted.
    expect(problem(edited((copy) => Object.assign(copy.sets[0]!, { people: 9, languages: { nl: 9, en: 0 } })))).toEqual(damaged);
  });

  it('refuses a file opened twice, and never lets a refused file stop the others', () => {
    const other = JSON.stringify(summariseGroup(group(10, 11), sample, day));
    const collected = collectSummaries(
      [
        { name: 'a.json', size: text.length, text },
        { name: 'kapot.json', size: 2, text: '\u0000\u0001' },
        { name: 'groot.json', size: MAX_SUMMARY_BYTES + 1, text: null },
        { name: 'weg.json', size: 10, text: null },
        { name: 'b.json', size: other.length, text: other },
        { name: 'a (1).json', size: text.length, text },
      ],
      sample,
    );
    expect(collected.accepted.map((entry) => entry.name)).toEqual(['a.json', 'b.json']);
    expect(collected.rejected).toEqual([
      { name: 'kapot.json', problem: { kind: 'not-json' } },
      { name: 'groot.json', problem: { kind: 'too-large' } },
      { name: 'weg.json', problem: { kind: 'unreadable' } },
      { name: 'a (1).json', problem: { kind: 'duplicate', firstFile: 'a.json' } },
    ]);
  });

  it('never throws on any text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ ...JSON.parse(text), sets: value }))), (candidate) => {
        expect(() => readSummary(candidate, sample)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
