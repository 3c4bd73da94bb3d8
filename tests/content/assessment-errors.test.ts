/**
 * A broken assessment stops the build with the file, the field and the reason. The schema
 * cases run directly against the schema; one runs through `astro sync` and the link check
 * through a real build, on small fixture sites in tests/fixtures/content.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { assessmentSchema, frequencyWordWarnings } from '../../src/schemas/assessment';
import { astroOnFixture, schemaIssues } from '../support/fixture-site';

// The cases break the fixture in ways its schema type forbids, so it is deliberately untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
const valid = yaml.load(readFileSync('tests/fixtures/content/valid/assessments/proef.yaml', 'utf8')) as Record<string, any>;
const clone = () => structuredClone(valid);
const fixture = (name: string) => yaml.load(readFileSync(`tests/fixtures/assessments/${name}.yaml`, 'utf8'));

const issues = (input: unknown) => schemaIssues(assessmentSchema, input);


describe('assessment schema', () => {
  it('accepts the valid fixture', () => {
    expect(issues(valid)).toEqual([]);
  });

  it('names a repeated item id', () => {
    const data = clone();
    data.items[2].id = 'l1';
    expect(issues(data)).toContain('items.2.id: item id "l1" repeats item 1; every item needs its own id');
  });

  it('names a dimension whose refersTo is neither self nor team, and reads a missing one as self', () => {
    const data = clone();
    data.dimensions[0].refersTo = 'leiding';
    expect(issues(data)).toEqual(['dimensions.0.refersTo: expected "self" (the respondent’s own behaviour) or "team" (the team or its leader)']);
    expect(assessmentSchema.parse(valid).dimensions.every((dimension) => dimension.refersTo === 'self')).toBe(true);
  });

  it('names an item with an unknown dimension', () => {
    const data = clone();
    data.items[1].dimension = 'spreken';
    expect(issues(data)).toContain('items.1.dimension: unknown dimension "spreken"; expected one of "luisteren"');
  });

  it('names a dimension with fewer than four items (fixture too-few-items)', () => {
    expect(issues(fixture('too-few-items'))).toContain('dimensions.0.id: dimension "luisteren" has 3 items; it needs at least 4');
  });

  it('refuses a score from fewer than three answers (fixture too-few-answered)', () => {
    expect(issues(fixture('too-few-answered'))).toEqual([
      'minAnswered: expected at least 3: with fewer, one answer decides too much of a score',
    ]);
  });

  it('names a balance dimension without two item sets (fixture balance-without-two-item-sets)', () => {
    expect(issues(fixture('balance-without-two-item-sets'))).toContain(
      'dimensions.1.sides: balance dimension "gesprek" needs two item sets: add "sides" with two different ids, such as vragen and bieden',
    );
  });

  it('checks a balance dimension like any other: two sets of four, every item on a side, each side with bands over the scale', () => {
    // A broken copy is built field by field, so the fixture is loosely typed here.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const data = fixture('balance-without-two-item-sets') as Record<string, any>;
    data.dimensions[1].sides.push({ ...structuredClone(data.dimensions[1].sides[0]), id: 'bieden', name: 'Bieden' });
    data.items.push({ id: 'b1', text: 'Ik noem een idee.', dimension: 'gesprek', side: 'bieden' });
    data.items.push({ id: 'x1', text: 'Ik noem iets.', dimension: 'gesprek' });
    data.dimensions[1].sides[1].bands[1].to = 2.5;
    expect(issues(data)).toEqual(
      expect.arrayContaining([
        'dimensions.1.sides: item set "bieden" of balance dimension "gesprek" has 1 item; it needs at least 4',
        'items.9.side: item of balance dimension "gesprek" needs "side": one of "vragen", "bieden"',
        'dimensions.1.sides.1.bands.1.to: expected the last band to end at the scale maximum 3, not 2.5',
      ]),
    );
  });

  it('refuses bands on the difference of a balance, and a side without bands', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const data = fixture('balance-without-two-item-sets') as Record<string, any>;
    data.dimensions[1].bands = [
      { from: -2, to: 0, label: 'Vooral vragen', meaning: 'Meer vragen.', next: [{ link: '/eerste/hoofdstuk-a/', label: 'Lees verder' }] },
      { from: 0, to: 2, label: 'Vooral bieden', meaning: 'Meer bieden.', next: [{ link: '/eerste/hoofdstuk-a/', label: 'Lees verder' }] },
    ];
    expect(issues(data)).toContain(
      'dimensions.1.bands: balance dimension "gesprek" has no bands on the difference of its sides (the two item sets are not equated, so a difference carries no outcome): give each side its own "bands" on the scale',
    );
    delete data.dimensions[1].bands;
    delete data.dimensions[1].sides[0].bands;
    expect(issues(data)).toContain('dimensions.1.sides.0.bands: expected the bands of this item set: at least two, from the scale minimum to its maximum');
  });

  it('names an ordinary dimension without bands', () => {
    const data = clone();
    delete data.dimensions[0].bands;
    expect(issues(data)).toEqual(['dimensions.0.bands: expected bands for dimension "luisteren": at least two, from the scale minimum 1 to its maximum 3']);
  });

  it('gives each side of a balance as an ordinary dimension in the balance’s place, with its items', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const data = fixture('balance-without-two-item-sets') as Record<string, any>;
    data.dimensions[1].sides.push({ ...structuredClone(data.dimensions[1].sides[0]), id: 'bieden', name: 'Bieden', description: 'Of je biedt.' });
    for (const id of ['b1', 'b2', 'b3', 'b4']) data.items.push({ id, text: `Ik bied ${id}.`, dimension: 'gesprek', side: 'bieden' });
    const parsed = assessmentSchema.parse(data);
    expect(parsed.dimensions.map(({ id, name, kind, partOf }) => ({ id, name, kind, partOf }))).toEqual([
      { id: 'luisteren', name: 'Luisteren', kind: 'mean', partOf: undefined },
      { id: 'gesprek-vragen', name: 'Vragen', kind: 'mean', partOf: { id: 'gesprek', name: 'Vragen én bieden' } },
      { id: 'gesprek-bieden', name: 'Bieden', kind: 'mean', partOf: { id: 'gesprek', name: 'Vragen én bieden' } },
    ]);
    expect(parsed.dimensions[2]!.description).toBe('Of je vraagt en biedt. Of je biedt.');
    expect(parsed.dimensions[2]!.bands.map((band) => band.label)).toEqual(['Weinig', 'Veel']);
    expect(parsed.items.filter((item) => item.dimension === 'gesprek-bieden').map((item) => item.id)).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(parsed.items.some((item) => item.side !== undefined)).toBe(false);
  });

  it('accepts a dimension with its own scale only when its values match the assessment’s', () => {
    const data = clone();
    const points = ['Oneens', 'Neutraal', 'Eens', 'Helemaal eens'].map((label, index) => ({ value: index + 1, label }));
    data.dimensions[0].scale = { kind: 'agreement', points };
    expect(issues(data)[0]).toMatch(/^dimensions\.0\.scale\.points: expected the same answer values/);
    points.pop();
    expect(issues(data)).toEqual([]);
  });

  it('warns about an item with a frequency word on an agreement scale (fixture assessment-frequency-words)', () => {
    const data = assessmentSchema.parse(yaml.load(readFileSync('tests/fixtures/content/assessment-frequency-words/assessments/proef.yaml', 'utf8')));
    expect(frequencyWordWarnings(data)).toEqual([
      {
        path: ['items', 1, 'text'],
        message: 'item "l2" is on an agreement scale but asks how often ("regelmatig"); use a frequency scale for its dimension or reword it',
      },
    ]);
    expect(frequencyWordWarnings(assessmentSchema.parse(valid))).toEqual([]);
  });

  it('warns about an English "how often" word on an agreement scale too, and finds none in the English edition', () => {
    const data = assessmentSchema.parse(yaml.load(readFileSync('tests/fixtures/content/assessment-frequency-words/assessments/proef.yaml', 'utf8')));
    data.items[1]!.text = 'I usually listen before I advise.';
    expect(frequencyWordWarnings(data).map((warning) => warning.message)).toEqual([
      'item "l2" is on an agreement scale but asks how often ("usually"); use a frequency scale for its dimension or reword it',
    ]);
    for (const file of ['effective-advising', 'team-client-focus', 'what-my-work-gives-me']) {
      const english = assessmentSchema.parse(yaml.load(readFileSync(`content/en/assessments/${file}.yaml`, 'utf8')));
      expect(frequencyWordWarnings(english), file).toEqual([]);
    }
  });

  it('names a gap between bands', () => {
    const data = clone();
    data.dimensions[0].bands[1].from = 2.5;
    expect(issues(data)).toEqual(['dimensions.0.bands.1.from: gap: scores from 2 to 2.5 fall in no band; start this band at 2']);
  });

  it('names overlapping bands', () => {
    const data = clone();
    data.dimensions[0].bands[1].from = 1.5;
    expect(issues(data)[0]).toMatch(/^dimensions\.0\.bands\.1\.from: overlap/);
  });

  it('names bands that do not cover the whole scale', () => {
    const low = clone();
    low.dimensions[0].bands[0].from = 1.5;
    expect(issues(low)).toContain('dimensions.0.bands.0.from: expected the first band to start at the scale minimum 1, not 1.5');
    const high = clone();
    high.dimensions[0].bands[1].to = 2.8;
    expect(issues(high)).toContain('dimensions.0.bands.1.to: expected the last band to end at the scale maximum 3, not 2.8');
  });

  it('rejects a next step that is not a site path', () => {
    const data = clone();
    data.dimensions[0].bands[0].next[0].link = 'https://example.org/';
    expect(issues(data)[0]).toMatch(/^dimensions\.0\.bands\.0\.next\.0\.link: expected a site path/);
  });
});

describe('broken assessments stop the build', () => {
  it('astro sync names the file and field of a band gap', () => {
    const { status, output } = astroOnFixture('sync', 'assessment-band-gap');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/assessment-band-gap/assessments/proef.yaml');
    expect(output).toContain('gap: scores from 2 to 2.5 fall in no band');
  });

  it('the build names a next step that links to a heading that does not exist', () => {
    const { status, output } = astroOnFixture('build', 'assessment-bad-link');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'assessments/proef.yaml: field "dimensions.0.bands.0.next.0.link": page /eerste/hoofdstuk-a/ has no heading with id "bestaat-niet"; its headings are "kop-een"',
    );
  });

  it('the build prints a warning naming the file and the item with a frequency word, and still builds', () => {
    const { status, output } = astroOnFixture('build', 'assessment-frequency-words');
    expect(output).toContain(
      'warning: tests/fixtures/content/assessment-frequency-words/assessments/proef.yaml: field "items.1.text": item "l2" is on an agreement scale but asks how often ("regelmatig")',
    );
    expect(status).toBe(0);
  });

  it('the valid fixture builds', () => {
    const { status, output } = astroOnFixture('build', 'valid');
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });
});
