import { translationFields } from './translation';
import { z } from 'astro/zod';
import { slugSchema } from './slug';
import { sideDimensionId } from '../tools/assessment/sides';

/**
 * A self-assessment ("zelfscan"), one YAML file in content/assessments/. Everything the
 * widget shows comes from here: the scale, the dimensions with their score bands and
 * next steps, and the items. A complete example: content/assessments/effectief-adviseren.yaml.
 */

/** Fewest items a dimension (or each side of a balance dimension) may have. */
export const MIN_ITEMS_PER_DIMENSION = 4;
/** Fewest answered items a dimension (or side) needs for a score: with two, one answer decides half of it. */
export const MIN_ANSWERED_FOR_SCORE = 3;

/**
 * Words that ask "how often". An item with one of them on an agreement scale mixes two
 * questions (do I agree? how often?), so the build warns about it.
 */
export const FREQUENCY_WORDS = [
  'af en toe', 'altijd', 'doorgaans', 'dikwijls', 'geregeld', 'meestal', 'nooit', 'regelmatig', 'soms', 'steeds', 'telkens', 'vaak', 'vaker', 'zelden',
  // The English edition's items (content/en/assessments/): the same check in English.
  'always', 'never', 'often', 'more often', 'usually', 'regularly', 'sometimes', 'rarely', 'seldom', 'now and then', 'every time', 'frequently',
];

const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, `expected ${what}`);

const scalePointSchema = z.strictObject({
  value: z.number({ error: 'expected a whole number' }).int('expected a whole number'),
  label: text('a Dutch label such as "Mee eens"'),
});

const scaleSchema = z
  .strictObject({
    /**
     * What the answers express: "frequency" (nooit … (bijna) altijd) for items about how
     * often you do something, "agreement" (helemaal niet mee eens … helemaal mee eens) for opinions.
     */
    kind: z.enum(['frequency', 'agreement'], { error: 'expected "frequency" (hoe vaak) or "agreement" (eens/oneens)' }),
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
  /**
   * What this band means for the reader, in plain language (one or two sentences). The words
   * must hold at the band's lower bound: a band from 4 on a how-often scale may say "vaak", one
   * from 3 may not.
   */
  meaning: text('the meaning of this band in plain language'),
  /**
   * Teamscan: the meaning for a leader, when it differs (a leader describes their own
   * behaviour where members describe the leader's). Leave out when the meaning fits both.
   */
  leaderMeaning: text('the meaning of this band for a leader').optional(),
  /** One to three next steps. */
  next: z.array(nextStepSchema).min(1, 'expected at least one next step').max(3, 'expected at most three next steps'),
});

const sideSchema = z.strictObject({ id: slugSchema, name: text('a name for this item set') });

/**
 * A side of a balance dimension in the current version: scored and shown as an ordinary
 * dimension of its own (its mean on the scale, its bands, meanings and next steps), because
 * the two item sets are not equated and their difference carries no outcome.
 */
const currentSideSchema = z.strictObject({
  id: slugSchema,
  /** Shown as the dimension's name, so it names the balance too: "Vragen én bieden: vragen stellen". */
  name: text('a name for this item set'),
  description: text('a one-sentence description of this item set'),
  bands: z.array(bandSchema, { error: 'expected the bands of this item set: at least two, from the scale minimum to its maximum' }).min(2, 'expected at least two bands'),
});

const dimensionSchema = z.strictObject({
  id: slugSchema,
  name: text('a name'),
  description: text('a one-sentence description'),
  /**
   * "mean" (default): the score is the mean of the items. "balance": the items form two
   * sets (`sides`), each scored and shown as a dimension of its own with its own bands (the
   * schema's output lists the two sides in the balance's place, ids "<dimension>-<side>",
   * `partOf` naming the balance). The difference between the sides gets no bands: the sets
   * are not equated, so a difference says little.
   */
  kind: z.enum(['mean', 'balance']).default('mean'),
  /** For a balance dimension: the two item sets, each with a description and bands on the scale. */
  sides: z.array(currentSideSchema).optional(),
  /** A scale for this dimension's items only, when it differs from the assessment's. */
  scale: scaleSchema.optional(),
  /**
   * Whom the items describe. "self" (default): the respondent's own behaviour ("ik …"); a
   * team's median is then an additive aggregate of self-reports and agreement between
   * members means nothing. "team": something members observe in common (the leader, the
   * team; a referent-shift consensus model, Chan 1998): only then does the team profile
   * show the agreement index.
   */
  refersTo: z.enum(['self', 'team'], { error: 'expected "self" (the respondent’s own behaviour) or "team" (the team or its leader)' }).default('self'),
  /**
   * The reliability (e.g. Cronbach's α) of this dimension's score, for the reliable-change
   * rule (src/tools/assessment/reliable-change.ts). Give it only when it was measured (say
   * where in the verantwoording); without it the rule assumes 0.70. For a balance
   * dimension: the reliability of each side's mean.
   */
  reliability: z.number({ error: 'expected a number between 0 and 1, such as 0.78' }).gt(0, 'expected a reliability above 0').lt(1, 'expected a reliability below 1').optional(),
  /**
   * The standard deviation of this dimension's score between people (for a balance: of each
   * side's mean), on the scale's own units. Without it the rule assumes 0.175 × (max − min),
   * 0.7 on a 1–5 scale.
   */
  sd: z.number({ error: 'expected a standard deviation above 0, such as 0.6' }).positive('expected a standard deviation above 0').optional(),
  /** The bands of the score; a balance dimension has none (its sides have them). */
  bands: z.array(bandSchema).min(2, 'expected at least two bands').optional(),
});

/** An item of an earlier version: its wording and how it was scored, kept so answers saved under its id keep their question. */
const legacyItemSchema = z.strictObject({
  id: slugSchema,
  text: text('the statement as it was worded'),
  dimension: slugSchema,
  side: slugSchema.optional(),
  reverse: z.boolean().default(false),
});

/** One version of an assessment as result codes and saved results of that version need it. */
const legacyVersionSchema = z.strictObject({
  version: z.number().int().positive(),
  dimensions: z.array(
    z.strictObject({
      id: slugSchema,
      name: text('a name'),
      /** "balance" when that version scored the dimension as a balance: its code then holds one score per side. */
      kind: z.enum(['mean', 'balance']).default('mean'),
      sides: z.array(sideSchema).optional(),
      bands: z.array(z.strictObject({ from: z.number(), to: z.number(), label: text('a band label') })).min(2),
    }),
  ),
  /** The items of that version with their wording (left out for version 1, whose wording is in the manual's history). */
  items: z.array(legacyItemSchema).optional(),
});

/** What changed in one version, item by item: the table on the verantwoording page. */
const changeSchema = z.strictObject({
  /** The wording in the previous version; leave out for a new item. */
  old: z.string().trim().min(1).optional(),
  /** The wording in this version; leave out for an item that was dropped. */
  new: z.string().trim().min(1).optional(),
  /** Why: which review point this fixes. */
  why: text('the reason for the change'),
});

/**
 * A readable reference: authors, year and title, as a reader can look it up. Practice
 * articles without a named author give the organisation; a missing year stays missing.
 */
const referenceSchema = z.strictObject({
  authors: text('the authors or the organisation, e.g. "Hiemstra & De Vries"'),
  /** Leave out when the source gives none; the page then says so. */
  year: z.number().int().min(1900).max(2100).optional(),
  title: text('the title'),
  /** The title's language when it differs from the file's, so the page marks it: "nl" for a Dutch title in an English file. */
  lang: z.enum(['nl', 'en']).optional(),
  /** What this source contributes to the assessment. */
  use: text('what this source contributes'),
});

/**
 * The verantwoording (manual) page, with the headings a Dutch test review (COTAN) asks
 * of a test manual, in plain words. The rules that hold for every assessment (scoring,
 * change between attempts, team statistics, the group analysis) are worded once in the
 * page's strings; these fields hold what is particular to this assessment.
 */
const manualSchema = z.strictObject({
  /** Theoretical basis: the construct and the ideas it comes from. */
  measures: text('what the assessment measures and the ideas behind it'),
  /** Intended use: what a result is for. */
  use: text('what the assessment is meant to be used for'),
  notMeasured: text('what it does not measure and must not be used for'),
  targetGroup: text('who it is for'),
  /** How the items were written and chosen. */
  construction: text('how the items were made'),
  /** How it is filled in and scored, beyond the fixed rules (which the page words itself). */
  administration: text('how it is administered and scored'),
  sources: z.array(referenceSchema).min(1, 'expected at least one source'),
  /** Standard setting: how the cut-offs were chosen (scale anchors, not norms). */
  bands: text('how the bands were set'),
  reading: text('how to read a result'),
  /** What is known about reliability, and what would be needed to know more. */
  reliability: text('what is known about reliability'),
  validity: z.strictObject({
    construct: text('what is known about construct validity'),
    criterion: text('what is known about criterion validity'),
  }),
  limits: text('the limits'),
  /** How the other language's edition was made and how far it is equivalent. */
  translation: text('how the other edition was made'),
  history: z
    .array(
      z.strictObject({
        version: z.number().int().positive(),
        date: z.coerce.date({ error: 'expected a date written as YYYY-MM-DD' }),
        summary: text('what changed in this version'),
        changes: z.array(changeSchema).default([]),
      }),
    )
    .min(1, 'expected at least the current version'),
});

const itemSchema = z.strictObject({
  /** Stable id of the item; answers are stored under it, so never reuse one for a new question. */
  id: slugSchema,
  /** The statement, in the first person: "Ik vraag door tot ik het echte probleem ken." */
  text: text('the statement'),
  /**
   * Teamscan: the statement as a leader answers it, about their own behaviour, when the
   * member's wording is about the leader ("Onze leidinggevende gaat …" → "Ik ga …").
   */
  leaderText: text('the statement in a leader\'s words').optional(),
  dimension: slugSchema,
  /** For an item of a balance dimension: the id of the item set (side) it belongs to. */
  side: slugSchema.optional(),
  /** True when agreeing means LESS of the dimension; its answer is mirrored before scoring. */
  reverse: z.boolean().default(false),
  /** How much the item counts within its dimension (default 1). */
  weight: z.number().positive('expected a weight above 0').default(1),
});

export const assessmentSchema = z
  .strictObject({
    id: slugSchema,
    /** The URL segment when it differs from the id: English files give their English one (/en/self-assessments/effective-advising/). */
    slug: slugSchema.optional(),
    /** `pending`: no English file yet (see src/schemas/translation.ts). */
    translation: translationFields.translation,
    /** 2 to 4 capital letters that start every result code of this assessment: "EA". */
    code: z.string().regex(/^[A-Z]{2,4}$/, 'expected 2 to 4 capital letters, such as "EA"'),
    /** "zelfscan" (about yourself, the default) or "teamscan" (every team member fills it in about the team). */
    kind: z.enum(['zelfscan', 'teamscan']).default('zelfscan'),
    title: text('a title'),
    /** One sentence for lists and search results. */
    description: text('a one-sentence description'),
    /** What the reader gets and how it works; shown above the questions. */
    intro: text('an introduction'),
    /**
     * How to answer, the same on screen, on paper and in both languages: what the statements
     * are about, what the answers mean, that "weet ik niet" is there, and who a leader describes.
     */
    instructions: text('the instructions for answering').optional(),
    /** Raise when items, dimensions or bands change in a way that makes old results incomparable. */
    version: z.number().int().positive('expected a whole number from 1'),
    /** Who it is for, shown on the overview: "voor jezelf", "over je team". */
    audience: text('who the assessment is for'),
    /** Rough time to complete, in minutes. */
    minutes: z.number().int().positive(),
    updated: z.coerce.date({ error: 'expected a date written as YYYY-MM-DD, such as 2026-11-23' }),
    scale: scaleSchema,
    /** Answered items a dimension (each side of a balance dimension) needs for a score; at least 3. */
    minAnswered: z
      .number()
      .int('expected a whole number')
      .min(MIN_ANSWERED_FOR_SCORE, `expected at least ${MIN_ANSWERED_FOR_SCORE}: with fewer, one answer decides too much of a score`)
      .default(MIN_ANSWERED_FOR_SCORE),
    /**
     * For a teamscan: asked before the first item, so a result code says whether a team
     * member or a leader filled it in, and the team profile keeps leaders apart.
     */
    role: z.strictObject({ question: text('the question'), member: text('the answer for a team member'), leader: text('the answer for a leader') }).optional(),
    dimensions: z.array(dimensionSchema).min(1, 'expected at least one dimension'),
    items: z.array(itemSchema).min(MIN_ITEMS_PER_DIMENSION),
    /** Ids this assessment had before (its old URL redirects here); results saved under them still show. */
    formerIds: z.array(slugSchema).default([]),
    /** Earlier versions whose result codes and saved results must still open (read-only). */
    legacy: z.array(legacyVersionSchema).default([]),
    /** The verantwoording page. */
    manual: manualSchema.optional(),
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
    });

    const scaleValues = (scale: { points: { value: number }[] }) => scale.points.map((point) => point.value).join(',');
    assessment.dimensions.forEach((dimension, dimensionIndex) => {
      const path = ['dimensions', dimensionIndex];
      if (dimension.scale && scaleValues(dimension.scale) !== scaleValues(assessment.scale)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'scale', 'points'],
          message: `expected the same answer values as the assessment's scale (${scaleValues(assessment.scale)}), so results stay comparable; only the labels and kind may differ`,
        });
      }
      const items = assessment.items.filter((item) => item.dimension === dimension.id);
      if (dimension.kind === 'balance') {
        if (dimension.bands) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'bands'],
            message: `balance dimension "${dimension.id}" has no bands on the difference of its sides (the two item sets are not equated, so a difference carries no outcome): give each side its own "bands" on the scale`,
          });
        }
        const sides = dimension.sides ?? [];
        sides.forEach((side, sideIndex) => {
          for (const problem of bandProblems(side.bands, scaleMin, scaleMax)) {
            ctx.addIssue({ code: 'custom', path: [...path, 'sides', sideIndex, 'bands', ...problem.path], message: problem.message });
          }
          if (dimensionIds.has(sideDimensionId(dimension.id, side.id))) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'sides', sideIndex, 'id'],
              message: `side "${side.id}" is shown as dimension "${sideDimensionId(dimension.id, side.id)}", which is already a dimension's id; give the side another id`,
            });
          }
        });
        if (sides.length !== 2 || sides[0]!.id === sides[1]!.id) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'sides'],
            message: `balance dimension "${dimension.id}" needs two item sets: add "sides" with two different ids, such as vragen and bieden`,
          });
        } else {
          for (const side of sides) {
            const count = items.filter((item) => item.side === side.id).length;
            if (count < MIN_ITEMS_PER_DIMENSION) {
              ctx.addIssue({
                code: 'custom',
                path: [...path, 'sides'],
                message: `item set "${side.id}" of balance dimension "${dimension.id}" has ${count} item${count === 1 ? '' : 's'}; it needs at least ${MIN_ITEMS_PER_DIMENSION}`,
              });
            }
          }
        }
        assessment.items.forEach((item, index) => {
          if (item.dimension !== dimension.id) return;
          if (!sides.some((side) => side.id === item.side)) {
            ctx.addIssue({
              code: 'custom',
              path: ['items', index, 'side'],
              message: `item of balance dimension "${dimension.id}" needs "side": one of ${sides.map((side) => `"${side.id}"`).join(', ') || 'the ids in the dimension\'s "sides"'}`,
            });
          }
        });
      } else {
        if (dimension.sides) {
          ctx.addIssue({ code: 'custom', path: [...path, 'sides'], message: 'only a balance dimension (kind: balance) has item sets' });
        }
        assessment.items.forEach((item, index) => {
          if (item.dimension === dimension.id && item.side !== undefined) {
            ctx.addIssue({ code: 'custom', path: ['items', index, 'side'], message: `"side" is only for items of a balance dimension; "${dimension.id}" is not one` });
          }
        });
        const count = items.length;
        if (count < MIN_ITEMS_PER_DIMENSION) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'id'],
            message: `dimension "${dimension.id}" has ${count} item${count === 1 ? '' : 's'}; it needs at least ${MIN_ITEMS_PER_DIMENSION}`,
          });
        }
        if (!dimension.bands) {
          ctx.addIssue({ code: 'custom', path: [...path, 'bands'], message: `expected bands for dimension "${dimension.id}": at least two, from the scale minimum ${scaleMin} to its maximum ${scaleMax}` });
        }
        for (const problem of bandProblems(dimension.bands ?? [], scaleMin, scaleMax)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'bands', ...problem.path], message: problem.message });
        }
      }
    });
    const perSet = new Map<string, number>();
    for (const item of assessment.items) perSet.set(`${item.dimension}/${item.side ?? ''}`, (perSet.get(`${item.dimension}/${item.side ?? ''}`) ?? 0) + 1);
    const smallest = Math.min(...perSet.values());
    if (assessment.minAnswered > smallest) {
      ctx.addIssue({
        code: 'custom',
        path: ['minAnswered'],
        message: `expected at most ${smallest}: a dimension (or item set) has only ${smallest} items, so it could never be scored`,
      });
    }
    if (assessment.manual && !assessment.manual.history.some((entry) => entry.version === assessment.version)) {
      ctx.addIssue({ code: 'custom', path: ['manual', 'history'], message: `expected an entry for the current version ${assessment.version}` });
    }
    if (assessment.kind !== 'teamscan') {
      assessment.items.forEach((item, index) => {
        if (item.leaderText) ctx.addIssue({ code: 'custom', path: ['items', index, 'leaderText'], message: 'only a teamscan has a leader wording: a zelfscan asks no role' });
      });
      assessment.dimensions.forEach((dimension, dimensionIndex) => {
        const bandSets: { path: (string | number)[]; bands: readonly { leaderMeaning?: string | undefined }[] }[] = [
          { path: ['dimensions', dimensionIndex, 'bands'], bands: dimension.bands ?? [] },
          ...(dimension.sides ?? []).map((side, sideIndex) => ({ path: ['dimensions', dimensionIndex, 'sides', sideIndex, 'bands'], bands: side.bands })),
        ];
        for (const set of bandSets) {
          set.bands.forEach((band, bandIndex) => {
            if (band.leaderMeaning) ctx.addIssue({ code: 'custom', path: [...set.path, bandIndex, 'leaderMeaning'], message: 'only a teamscan has a leader meaning: a zelfscan asks no role' });
          });
        }
      });
    }
    if (assessment.kind === 'teamscan' && !assessment.role) {
      ctx.addIssue({ code: 'custom', path: ['role'], message: 'a teamscan asks whether the respondent is a team member or a leader: add "role"' });
    }
  })
  .transform(({ dimensions, items, ...assessment }) => ({
    ...assessment,
    dimensions: dimensions.flatMap(sidesAsDimensions),
    // An item of a balance belongs to its side's dimension; `side` stays only in earlier versions' items.
    items: items.map(({ side, ...item }): ScoredItem => (side === undefined ? item : { ...item, dimension: sideDimensionId(item.dimension, side) })),
  }));

type ScoredItem = Omit<z.output<typeof itemSchema>, 'side'> & { side?: string };

type DimensionInput = z.output<typeof dimensionSchema>;

/**
 * A dimension as every page, island and package sees it: with its bands. A balance's
 * sides arrive as two of these, in the balance's place, `partOf` naming the balance.
 */
export type ScoredDimension = Omit<DimensionInput, 'bands' | 'sides'> & {
  bands: NonNullable<DimensionInput['bands']>;
  /** Never set on a scored dimension; kept so code shared with earlier versions' dimensions (result codes) reads one shape. */
  sides?: { id: string; name: string }[];
  /** A side of a balance dimension: the balance's id and name. */
  partOf?: { id: string; name: string };
};

/** A balance as two ordinary dimensions (its sides), anything else as it is. */
function sidesAsDimensions({ sides, bands, ...dimension }: DimensionInput): ScoredDimension[] {
  if (dimension.kind !== 'balance' || !sides) return [{ ...dimension, bands: bands ?? [] }];
  return sides.map((side) => ({
    ...dimension,
    id: sideDimensionId(dimension.id, side.id),
    name: side.name,
    description: `${dimension.description} ${side.description}`,
    kind: 'mean' as const,
    bands: side.bands,
    partOf: { id: dimension.id, name: dimension.name },
  }));
}

/** The scale an item is answered on: its dimension's own scale, or the assessment's. */
export function scaleOfItem(assessment: Pick<AssessmentData, 'scale' | 'dimensions'>, item: { dimension: string }) {
  return assessment.dimensions.find((dimension) => dimension.id === item.dimension)?.scale ?? assessment.scale;
}

export interface ContentWarning {
  path: (string | number)[];
  message: string;
}

/**
 * Items on an agreement scale that ask how often ("Ik doe regelmatig …"). Not an error —
 * "Ik zeg nooit nee" can be meant — but worth a second look, so the build prints it.
 */
export function frequencyWordWarnings(assessment: Pick<AssessmentData, 'scale' | 'dimensions' | 'items'>): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  assessment.items.forEach((item, index) => {
    if (scaleOfItem(assessment, item).kind !== 'agreement') return;
    const words = item.text.toLowerCase().split(/[^a-zà-ÿ]+/).join(' ');
    const found = FREQUENCY_WORDS.filter((word) => ` ${words} `.includes(` ${word} `));
    if (found.length > 0) {
      warnings.push({
        path: ['items', index, 'text'],
        message: `item "${item.id}" is on an agreement scale but asks how often (${found.map((word) => `"${word}"`).join(', ')}); use a frequency scale for its dimension or reword it`,
      });
    }
  });
  return warnings;
}

/**
 * Bands must cover the scale from its minimum to its maximum without gap or overlap:
 * the first starts at the minimum, each starts where the previous ends, the last ends at the maximum.
 */
function bandProblems(
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
