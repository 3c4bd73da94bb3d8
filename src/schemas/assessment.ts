import { z } from 'astro/zod';
import { slugSchema } from './slug';

/**
 * A self-assessment ("zelfscan"), one YAML file in content/assessments/. Everything the
 * widget shows comes from here: the scale, the dimensions with their score bands and
 * next steps, and the items. A complete example: content/assessments/effectief-adviseren.yaml.
 */

/** Fewest items a dimension may have: fewer gives a score that swings on one answer. */
export const MIN_ITEMS_PER_DIMENSION = 3;

const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, `expected ${what}`);

const scalePointSchema = z.strictObject({
  value: z.number({ error: 'expected a whole number' }).int('expected a whole number'),
  label: text('a Dutch label such as "Mee eens"'),
});

export const scaleSchema = z
  .strictObject({
    /** The answer options from lowest to highest, e.g. 1 "Helemaal niet mee eens" … 5 "Helemaal mee eens". */
    points: z.array(scalePointSchema).min(3, 'expected at least 3 answer options'),
    /** Optional extra answer that is left out of scores: "Weet ik niet / niet van toepassing". */
    unknown: z.strictObject({ label: text('a label such as "Weet ik niet"') }).optional(),
  })
  .superRefine((scale, ctx) => {
    scale.points.forEach((point, index) => {
      const previous = scale.points[index - 1];
      if (previous && point.value !== previous.value + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['points', index, 'value'],
          message: `expected ${previous.value + 1}: answer values go up by one, lowest first`,
        });
      }
    });
  });

/** A next step: a link to a chapter (optionally one of its headings), a tool or an assessment. */
const nextStepSchema = z.strictObject({
  /** Site path, optionally with a heading id: "/rol/vier-eigenschappen/#je-zoekt-zelf-naar-opgaven". */
  link: z
    .string({ error: 'expected a site path such as "/rol/vier-eigenschappen/"' })
    .regex(/^\/([a-z0-9-]+\/)*(#[^\s#]+)?$/, 'expected a site path such as "/rol/vier-eigenschappen/" or "/rol/vier-eigenschappen/#kop"'),
  /** What the reader will do there, as a short imperative: "Lees hoe je positie neemt". */
  label: text('a short label for the link'),
});

const bandSchema = z.strictObject({
  /** Lowest score in this band (inclusive). */
  from: z.number({ error: 'expected a number' }),
  /** Highest score in this band: exclusive, except for the top band, which includes the scale maximum. */
  to: z.number({ error: 'expected a number' }),
  /** Short name of the band: "Sterk", "In ontwikkeling". */
  label: text('a short band label'),
  /** What this band means for the reader, in plain language (one or two sentences). */
  meaning: text('the meaning of this band in plain language'),
  /** One to three next steps. */
  next: z.array(nextStepSchema).min(1, 'expected at least one next step').max(3, 'expected at most three next steps'),
});

const dimensionSchema = z.strictObject({
  id: slugSchema,
  name: text('a name'),
  description: text('a one-sentence description'),
  bands: z.array(bandSchema).min(2, 'expected at least two bands'),
});

const itemSchema = z.strictObject({
  /** Stable id of the item; answers are stored under it, so never reuse one for a new question. */
  id: slugSchema,
  /** The statement, in the first person: "Ik vraag door tot ik het echte probleem ken." */
  text: text('the statement'),
  dimension: slugSchema,
  /** True when agreeing means LESS of the dimension; its answer is mirrored before scoring. */
  reverse: z.boolean().default(false),
  /** How much the item counts within its dimension (default 1). */
  weight: z.number().positive('expected a weight above 0').default(1),
});

export const assessmentSchema = z
  .strictObject({
    id: slugSchema,
    /** 2 to 4 capital letters that start every result code of this assessment: "EA". */
    code: z.string().regex(/^[A-Z]{2,4}$/, 'expected 2 to 4 capital letters, such as "EA"'),
    title: text('a title'),
    /** One sentence for lists and search results. */
    description: text('a one-sentence description'),
    /** What the reader gets and how it works; shown above the questions. */
    intro: text('an introduction'),
    /** Raise when items, dimensions or bands change in a way that makes old results incomparable. */
    version: z.number().int().positive('expected a whole number from 1'),
    /** Who it is for, shown on the overview: "voor jezelf", "over je team". */
    audience: text('who the assessment is for'),
    /** Rough time to complete, in minutes. */
    minutes: z.number().int().positive(),
    updated: z.coerce.date({ error: 'expected a date written as YYYY-MM-DD, such as 2026-11-23' }),
    scale: scaleSchema,
    /** Share of a dimension's items that must be answered for it to be scored (default 0.5). */
    minAnsweredShare: z.number().gt(0).max(1).default(0.5),
    dimensions: z.array(dimensionSchema).min(1, 'expected at least one dimension'),
    items: z.array(itemSchema).min(MIN_ITEMS_PER_DIMENSION),
  })
  .superRefine((assessment, ctx) => {
    const scaleMin = assessment.scale.points[0]?.value ?? 0;
    const scaleMax = assessment.scale.points.at(-1)?.value ?? 0;

    const dimensionIds = new Set<string>();
    assessment.dimensions.forEach((dimension, index) => {
      if (dimensionIds.has(dimension.id)) {
        ctx.addIssue({ code: 'custom', path: ['dimensions', index, 'id'], message: `dimension id "${dimension.id}" is used twice` });
      }
      dimensionIds.add(dimension.id);
    });

    const itemIds = new Map<string, number>();
    const itemsPerDimension = new Map<string, number>();
    assessment.items.forEach((item, index) => {
      const first = itemIds.get(item.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `item id "${item.id}" repeats item ${first + 1}; every item needs its own id`,
        });
      } else itemIds.set(item.id, index);
      if (!dimensionIds.has(item.dimension)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'dimension'],
          message: `unknown dimension "${item.dimension}"; expected one of ${[...dimensionIds].map((id) => `"${id}"`).join(', ')}`,
        });
      }
      itemsPerDimension.set(item.dimension, (itemsPerDimension.get(item.dimension) ?? 0) + 1);
    });

    assessment.dimensions.forEach((dimension, dimensionIndex) => {
      const count = itemsPerDimension.get(dimension.id) ?? 0;
      if (count < MIN_ITEMS_PER_DIMENSION) {
        ctx.addIssue({
          code: 'custom',
          path: ['dimensions', dimensionIndex, 'id'],
          message: `dimension "${dimension.id}" has ${count} item${count === 1 ? '' : 's'}; it needs at least ${MIN_ITEMS_PER_DIMENSION}`,
        });
      }
      for (const problem of bandProblems(dimension.bands, scaleMin, scaleMax)) {
        ctx.addIssue({ code: 'custom', path: ['dimensions', dimensionIndex, 'bands', ...problem.path], message: problem.message });
      }
    });
  });

/**
 * Bands must cover the scale from its minimum to its maximum without gap or overlap:
 * the first starts at the minimum, each starts where the previous ends, the last ends at the maximum.
 */
export function bandProblems(
  bands: readonly { from: number; to: number }[],
  scaleMin: number,
  scaleMax: number,
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  bands.forEach((band, index) => {
    if (band.to <= band.from) problems.push({ path: [index, 'to'], message: `expected "to" (${band.to}) to be above "from" (${band.from})` });
    if (index === 0 && band.from !== scaleMin) {
      problems.push({ path: [index, 'from'], message: `expected the first band to start at the scale minimum ${scaleMin}, not ${band.from}` });
    }
    const previous = bands[index - 1];
    if (previous && band.from > previous.to) {
      problems.push({ path: [index, 'from'], message: `gap: scores from ${previous.to} to ${band.from} fall in no band; start this band at ${previous.to}` });
    }
    if (previous && band.from < previous.to) {
      problems.push({ path: [index, 'from'], message: `overlap: this band starts at ${band.from}, inside the previous band (which runs to ${previous.to}); start it at ${previous.to}` });
    }
    if (index === bands.length - 1 && band.to !== scaleMax) {
      problems.push({ path: [index, 'to'], message: `expected the last band to end at the scale maximum ${scaleMax}, not ${band.to}` });
    }
  });
  return problems;
}

export type AssessmentData = z.infer<typeof assessmentSchema>;
