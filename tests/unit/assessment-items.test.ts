/**
 * The instruments as a psychometrician reads them: the content files themselves, through
 * the schema. Each rule here is one a reviewer grades (src/schemas/assessment.ts says why).
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { assessmentSchema, type AssessmentData } from '../../src/schemas/assessment';
import { changeRuleOf } from '../../src/tools/assessment/reliable-change';

const files = [
  ['effectief-adviseren.yaml', 'effective-advising.yaml'],
  ['klantgerichtheid-team.yaml', 'team-client-focus.yaml'],
  ['wat-geeft-mijn-werk-mij.yaml', 'what-my-work-gives-me.yaml'],
] as const;

const raw = (path: string) => load(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const parse = (path: string): AssessmentData => assessmentSchema.parse(raw(path));

/** The scale's anchor values: a cut-off between two of them would give a band words that do not hold at its lower bound. */
const anchors = (assessment: AssessmentData) => assessment.scale.points.map((point) => point.value);

describe.each(files)('%s and its English edition', (dutchFile, englishFile) => {
  const nl = parse(`assessments/${dutchFile}`);
  const en = parse(`en/assessments/${englishFile}`);

  it('puts every ordinary band cut-off on a scale anchor, and a balance cut-off on a whole step', () => {
    for (const dimension of nl.dimensions) {
      for (const band of dimension.bands) expect(Number.isInteger(band.from), `${dimension.id} from ${band.from}`).toBe(true);
      if (dimension.kind === 'mean') for (const band of dimension.bands) expect(anchors(nl)).toContain(band.from);
    }
  });

  it('words a band as "vaak"/"mee eens" only from the anchor that means it', () => {
    // The word of anchor 4 on each scale, in each language.
    const top = { nl: { frequency: /\bvaak\b/, agreement: /\bmee eens\b/ }, en: { frequency: /\boften\b/, agreement: /\bagree\b/ } };
    // Below 4 that word may only appear as an upper end or a denial ("tussen soms en vaak", "between neutral and agree").
    const allowed = /(bijna vaak|tussen soms en vaak|tussen neutraal en mee eens|meer oneens dan eens|nearly often|between “sometimes” and “often”|less often than “sometimes”|between neutral and agree|more than you agree)/g;
    for (const [assessment, words] of [
      [nl, top.nl],
      [en, top.en],
    ] as const) {
      for (const dimension of assessment.dimensions.filter((candidate) => candidate.kind === 'mean')) {
        const word = words[(dimension.scale ?? assessment.scale).kind];
        for (const band of dimension.bands.filter((candidate) => candidate.from < 4)) {
          for (const meaning of [band.meaning, band.leaderMeaning ?? '']) {
            expect(meaning.replace(allowed, ''), `${dimension.id} ${band.label}`).not.toMatch(word);
          }
        }
      }
    }
  });

  it('has the same items, order, keying, sides, scales and cut-offs in both languages', () => {
    const shape = (assessment: AssessmentData) => ({
      version: assessment.version,
      items: assessment.items.map(({ id, dimension, side, reverse, leaderText }) => ({ id, dimension, side, reverse, leader: Boolean(leaderText) })),
      dimensions: assessment.dimensions.map(({ id, kind, scale, bands }) => ({
        id,
        kind,
        scale: (scale ?? assessment.scale).kind,
        bands: bands.map(({ from, to, leaderMeaning }) => ({ from, to, leader: Boolean(leaderMeaning) })),
      })),
      legacy: assessment.legacy.map(({ version, dimensions, items }) => ({ version, slots: dimensions.map(({ id, kind }) => `${id}:${kind}`), items: items?.map((item) => item.id) })),
    });
    expect(shape(en)).toEqual(shape(nl));
    expect(en.instructions).toBeTruthy();
    expect(nl.instructions).toBeTruthy();
  });

  it('keeps the previous version with its item wording, so its results, share codes and team codes still open', () => {
    const previous = nl.legacy.find((legacy) => legacy.version === nl.version - 1);
    expect(previous?.items?.length).toBeGreaterThan(0);
    // A balance's two sides are two dimensions now (schema `partOf`), one dimension with two slots then.
    expect(previous!.dimensions.map((dimension) => dimension.id)).toEqual([...new Set(nl.dimensions.map((dimension) => dimension.partOf?.id ?? dimension.id))]);
    // A changed question gets a new id; an id kept from the previous version keeps its wording.
    for (const item of nl.items) {
      const before = previous!.items!.find((candidate) => candidate.id === item.id);
      if (before) expect(item.text, item.id).toBe(before.text);
    }
  });

  it('mixes the dimensions: no two neighbouring items on the same scale measure the same dimension', () => {
    const scaleOf = (dimension: string) => (nl.dimensions.find((candidate) => candidate.id === dimension)!.scale ?? nl.scale).kind;
    nl.items.slice(1).forEach((item, index) => {
      const previous = nl.items[index]!;
      if (scaleOf(item.dimension) === scaleOf(previous.dimension) && nl.dimensions.filter((dimension) => (dimension.scale ?? nl.scale).kind === scaleOf(item.dimension)).length > 1) {
        expect(item.dimension, `items ${index + 1} and ${index + 2}`).not.toBe(previous.dimension);
      }
    });
  });

  it('gives readable references, never content-map codes', () => {
    for (const source of [...nl.manual!.sources, ...en.manual!.sources]) {
      expect(source.authors).not.toMatch(/^[A-E]\d/);
      expect(source.title.length).toBeGreaterThan(10);
    }
  });

  it('states in the manual the change threshold that reliable-change.ts computes, how it moves with the assumed SD, and that it is wider than the middle band', () => {
    for (const [assessment, decimal] of [
      [nl, ','],
      [en, '.'],
    ] as const) {
      const manual = `${assessment.manual!.use} ${assessment.manual!.reading}`;
      const shown = (value: number) => value.toFixed(1).replace('.', decimal);
      const dimension = assessment.dimensions.find((candidate) => candidate.kind === 'mean')!;
      const withSd = (sd: number) => ({ ...assessment, dimensions: assessment.dimensions.map((candidate) => (candidate.id === dimension.id ? { ...candidate, sd } : candidate)) });
      const assumed = changeRuleOf(assessment, dimension.id);
      expect(assumed.sdSource).toBe('assumed');
      const from = (value: number) => new RegExp(`(vanaf|from) ${shown(value).replace('.', '\\.')}\\b`);
      expect(manual).toMatch(from(assumed.minimumChange));
      expect(manual).toMatch(from(changeRuleOf(assessment, dimension.id, { earlier: [3], later: [3] }).minimumChange));
      for (const sd of [0.5, 0.9]) expect(manual, `SD ${sd}`).toContain(shown(changeRuleOf(withSd(sd), dimension.id).minimumChange));
      const middle = dimension.bands[1]!;
      expect(assumed.minimumChange).toBeGreaterThan(middle.to - middle.from);
      expect(manual).toContain(`“${middle.label}”`);
    }
  });
});

describe('leader wording', () => {
  const kt = parse('assessments/klantgerichtheid-team.yaml');
  const ktEn = parse('en/assessments/team-client-focus.yaml');

  it('gives every teamscan item about the leader a wording about the leader’s own behaviour', () => {
    for (const [assessment, leader] of [
      [kt, /leidinggevende/i],
      [ktEn, /\bour manager\b/i],
    ] as const) {
      for (const item of assessment.items.filter((candidate) => leader.test(candidate.text))) {
        expect(item.leaderText, item.id).toBeTruthy();
        expect(item.leaderText, item.id).not.toMatch(leader);
      }
    }
  });

  it('is refused in a zelfscan, which asks no role', () => {
    const zelfscan = raw('assessments/wat-geeft-mijn-werk-mij.yaml') as { items: Record<string, unknown>[] };
    zelfscan.items[0] = { ...zelfscan.items[0], leaderText: 'Ik …' };
    const result = assessmentSchema.safeParse(zelfscan);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toContain('items.0.leaderText: only a teamscan has a leader wording: a zelfscan asks no role');
  });
});
