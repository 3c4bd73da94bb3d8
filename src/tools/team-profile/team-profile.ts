/**
 * The team profile: members' result codes of one assessment combined into a picture of
 * the team per dimension, without a server and without singling anyone out.
 *
 * - Codes of another assessment, duplicates and damaged codes are left out, each with its
 *   reason (a kind, not a sentence: the strings file words it).
 * - Codes of different versions are never mixed: the profile refuses and names the lines.
 * - Leaders (teamscan role) never count in the members' median: they get their own profile
 *   only when there are at least MIN_GROUP_SIZE of them, otherwise they are left out.
 * - What is shown follows privacy.ts: nothing but the count below MIN_MEDIAN_GROUP (5); the
 *   band of the median from 5; the median as a number, the distribution over the bands
 *   (merged so no shown count is 1 or 2) and the spread only from MIN_DISTRIBUTION_GROUP (8)
 *   — `median` is absent below it and `distributionShown` says which. Never the lowest or
 *   highest score, which are one person each.
 * - Scores and medians are shown values (score-display.ts: one decimal, a balance from its
 *   shown sides), placed on the bands with `bandOf`, as on every other screen.
 * - Agreement: agreement.ts, r_wg(J) from the members' answers to the dimension's items,
 *   against uniform and slightly skewed answering; "agreement" said from .70 against the
 *   skewed null. Only for a dimension whose items describe the team (`refersTo: 'team'`; a
 *   mean, not a balance, whose two sides are not one construct): a median of self-reports
 *   is an additive aggregate, and agreement between people describing themselves means
 *   nothing. Only from MIN_DISTRIBUTION_GROUP (8) members with a score, like the spread: an
 *   index of 1,00 beside a median gives away every member's score. The answers come from
 *   the codes (result-code.ts format 3) and are never shown; when a code carries none (an
 *   earlier version, or a code without answers) the profile says why there is no index.
 * - Order (`profileOrder`): by response format (how often, then agree, then balances);
 *   within a format in questionnaire order. Never a ranking: the scales are not equated, so
 *   no dimension is "lowest", and a median is coloured by its band's position on the neutral
 *   band scale (`tone`), never red or green; a balance is not coloured at all.
 *
 * API: collectCodes(text, target, known) → accepted and rejected codes;
 * buildTeamProfile(accepted, assessment) → TeamProfile.
 */
import type { Assessment, Band, Dimension, Role } from '../assessment/model';
import { bandFor, bandOf, type BandShade, bandShade, fullAnswerStep } from '../assessment/scoring';
import { roundScore, shownScore } from '../assessment/score-display';
import { type CodeTarget, type CodedResult, type DecodeError, canonicalCode, codedItemsOf, codeTargetOf, decodeResult } from '../assessment/result-code';
import { type ChangeRule, changeRuleOf } from '../assessment/reliable-change';
import { type Agreement, agreementOf } from './agreement';
import { bandGroups, MIN_MEDIAN_GROUP, showsAgreement, shownAgreement, showsDistribution, showsMedianValue, spreadOf } from './privacy';

/** Fewest members (and fewest leaders) for a profile: privacy.ts MIN_MEDIAN_GROUP. */
export const MIN_GROUP_SIZE = MIN_MEDIAN_GROUP;

/**
 * Items per dimension (per side of a balance) when a version does not say: the schema's
 * minimum, and what every version so far has had.
 */
const DEFAULT_ITEMS_PER_SET = 4;

/** A band as the profile shows it; an earlier version's bands have no next steps. */
export type ProfileBand = Pick<Band, 'from' | 'to' | 'label'> & Partial<Pick<Band, 'next'>>;

/** The kind of response scale a dimension is answered on ('frequency', 'agreement'): scores on different kinds are not ranked together. */
export type ResponseFormat = Assessment['scale']['kind'];

type ProfileDimension = Pick<Dimension, 'id' | 'name' | 'kind' | 'sides'> & {
  bands: ProfileBand[];
  /** The dimension's response format; for an earlier version, that of the current dimension with the same id (else the assessment's). */
  responseFormat?: ResponseFormat;
  /** The dimension's items among the answers a code carries (result-code.ts `codedItemsOf`): their place there and whether reverse-keyed. Absent: codes carry none. */
  codedItems?: { position: number; reverse: boolean }[];
  /** Whom the items describe (schema `refersTo`): agreement is shown only for 'team'; 'self' when absent. */
  refersTo?: 'self' | 'team';
  /** How far one answer one step further moves a member's score (scoring.ts answerStep, every item answered), for the median's border; 1/DEFAULT_ITEMS_PER_SET when absent. */
  answerStep?: number;
};

/** One version of an assessment as the profile needs it. */
export interface ProfileVersion {
  version: number;
  dimensions: ProfileDimension[];
}

export interface ProfileAssessment extends CodeTarget {
  id: string;
  /** The current version's dimensions. */
  dimensions: ProfileDimension[];
  /** Earlier versions that codes may still come from. */
  versions: ProfileVersion[];
  /** Number of answer options on the scale (5 for 1 … 5). */
  scalePoints: number;
  /** The assessment's own response format: dimensions on another format are shown apart. */
  responseFormat: ResponseFormat;
  /** Reliable-change rule of one person's score per current dimension id (reliable-change.ts), for comparing a team with itself. */
  changeRules: Record<string, ChangeRule>;
}

/** An assessment as the profile reads it: its code target, the dimensions of every version it still reads, its scale. */
export function toProfileAssessment(
  assessment: Pick<Assessment, 'id' | 'code' | 'version' | 'title' | 'scale' | 'dimensions' | 'items' | 'legacy' | 'minAnswered'>,
): ProfileAssessment {
  const current = (id: string) => assessment.dimensions.find((dimension) => dimension.id === id);
  const formatOf = (id: string): ResponseFormat => (current(id)?.scale ?? assessment.scale).kind;
  // An earlier version's dimension describes whom the current one with the same id describes.
  const refersTo = (id: string): 'self' | 'team' => current(id)?.refersTo ?? 'self';
  // A code does not carry how many items were answered: the step of a full answer set. An earlier version's dimension takes the current one's.
  const answerStep = (id: string) => (current(id) ? fullAnswerStep(assessment, id) : 1 / DEFAULT_ITEMS_PER_SET);
  const coded = codedItemsOf(assessment);
  const codedItems = (id: string) =>
    coded.flatMap((item, position) => (item.dimension === id ? [{ position, reverse: item.reverse }] : []));
  return {
    id: assessment.id,
    ...codeTargetOf(assessment),
    scalePoints: assessment.scale.points.length,
    responseFormat: assessment.scale.kind,
    changeRules: Object.fromEntries(assessment.dimensions.map((dimension) => [dimension.id, changeRuleOf(assessment, dimension.id)])),
    dimensions: assessment.dimensions.map(({ id, name, kind, sides, bands }) => ({
      id,
      name,
      kind,
      ...(sides ? { sides } : {}),
      bands,
      responseFormat: formatOf(id),
      refersTo: refersTo(id),
      answerStep: answerStep(id),
      ...(codedItems(id).length ? { codedItems: codedItems(id) } : {}),
    })),
    versions: assessment.legacy.map((legacy) => ({
      version: legacy.version,
      dimensions: legacy.dimensions.map(({ id, name, kind, sides, bands }) => ({ id, name, kind, ...(sides ? { sides } : {}), bands, responseFormat: formatOf(id), refersTo: refersTo(id), answerStep: answerStep(id) })),
    })),
  };
}

export type RejectReason = { kind: 'invalid'; error: DecodeError } | { kind: 'other-assessment'; title: string; expected: string } | { kind: 'duplicate'; firstLine: number };

export interface RejectedCode {
  /** 1-based line in the pasted text. */
  line: number;
  /** The start of the code, enough to find it back. */
  excerpt: string;
  reason: RejectReason;
}

export interface AcceptedCode {
  line: number;
  result: CodedResult;
  /** The code as one spelling (result-code.ts canonicalCode): what tells two pasted sets apart. */
  key: string;
}

export interface CollectedCodes {
  accepted: AcceptedCode[];
  rejected: RejectedCode[];
}

/** Reads pasted codes, one per line (or separated by commas, semicolons or tabs). */
export function collectCodes(text: string, target: ProfileAssessment, known: readonly ProfileAssessment[]): CollectedCodes {
  const accepted: AcceptedCode[] = [];
  const rejected: RejectedCode[] = [];
  const seen = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    for (const candidate of raw.split(/[,;]|\s{2,}|\t/).map((part) => part.trim()).filter(Boolean)) {
      const excerpt = candidate.length > 14 ? `${candidate.slice(0, 14)}…` : candidate;
      const decoded = decodeResult(candidate, known);
      if (!decoded.ok) {
        rejected.push({ line, excerpt, reason: { kind: 'invalid', error: decoded.error } });
        continue;
      }
      if (decoded.result.code !== target.code) {
        const other = known.find((assessment) => assessment.code === decoded.result.code);
        rejected.push({ line, excerpt, reason: { kind: 'other-assessment', title: other?.title ?? decoded.result.code, expected: target.title } });
        continue;
      }
      const key = canonicalCode(candidate);
      const first = seen.get(key);
      if (first !== undefined) {
        rejected.push({ line, excerpt, reason: { kind: 'duplicate', firstLine: first } });
        continue;
      }
      seen.set(key, line);
      accepted.push({ line, result: decoded.result, key });
    }
  });
  return { accepted, rejected };
}

/** Adjacent bands shown as one row (privacy.ts): `band` spans them, `bands` lists them. */
export interface DistributionRow {
  /** The band, or for merged neighbours one spanning them (from the first's `from` to the last's `to`, labels joined by " – "). */
  band: ProfileBand;
  bands: ProfileBand[];
  count: number;
}

export interface DimensionProfile {
  id: string;
  name: string;
  kind: 'mean' | 'balance';
  /** The response format the dimension was answered on. */
  responseFormat: ResponseFormat;
  /** Members with a score on this dimension. */
  count: number;
  /** The median as shown (one decimal); only from MIN_DISTRIBUTION_GROUP members (privacy.ts showsMedianValue), below it only `medianBand` is shown. */
  median?: number;
  /**
   * Only for a dimension about the team, from MIN_DISTRIBUTION_GROUP members (see the module
   * comment): r_wg(J) against uniform and against slightly skewed answering, 0 … 1, and
   * whether that reads as agreement (agreement.ts).
   */
  agreement?: Agreement;
  /** Where agreement would be shown but cannot be computed: 'no-answers', some code carries no item answers (an earlier version's code). */
  agreementMissing?: 'no-answers';
  medianBand: ProfileBand;
  /** Position of the median band, 0 = lowest. */
  medianBandIndex: number;
  /** Set when the median lies within the border margin of a cut-off (scoring.ts bandOf). */
  medianBorder?: { lower: ProfileBand; upper: ProfileBand };
  /** The dimension's bands, for drawing the scale. */
  bands: ProfileBand[];
  /** False below MIN_DISTRIBUTION_GROUP members: then `distribution` is empty and `spread` is the whole scale; show neither. */
  distributionShown: boolean;
  /** The spread as bands: the lowest and highest band of the occupied rows of `distribution`. */
  spread: { from: ProfileBand; to: ProfileBand };
  /** Members per row of adjacent bands, every count 0 or at least MIN_CELL, in band order; empty when not shown. */
  distribution: DistributionRow[];
  /** The median band's shade on the neutral band scale (scoring.ts bandShade), as the result chart draws it; a balance: 'neutral'. */
  tone: BandShade | 'neutral';
  /** The dimension's scale for the median marker. */
  range: { min: number; max: number };
}

export interface GroupProfile {
  members: number;
  dimensions: DimensionProfile[];
  withoutScore: { id: string; name: string; count: number }[];
}

export type LeaderPart =
  | { status: 'none' }
  /** Fewer than MIN_GROUP_SIZE leaders: left out, with the lines they came from. */
  | { status: 'left-out'; count: number; lines: number[] }
  | { status: 'shown'; count: number; profile: GroupProfile };

export type TeamProfile =
  | { status: 'empty' }
  | { status: 'mixed-versions'; versions: { version: number; lines: number[] }[] }
  | { status: 'too-small'; members: number; needed: number; leaders: LeaderPart }
  | ({ status: 'ok'; version: number; current: boolean; leaders: LeaderPart } & GroupProfile);

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}


/** Shown scores per dimension from a code's slots: a balance takes two (second minus first, shown sides). */
function dimensionScores(result: CodedResult, dimensions: readonly ProfileDimension[]): (number | null)[] {
  let index = 0;
  return dimensions.map((dimension) => {
    if (dimension.kind === 'balance') {
      const first = result.scores[index++];
      const second = result.scores[index++];
      return first != null && second != null ? shownScore(second - first, [{ score: first }, { score: second }]) : null;
    }
    const score = result.scores[index++];
    return score == null ? null : shownScore(score);
  });
}

function distributionOf(scores: readonly number[], bands: readonly ProfileBand[]): DistributionRow[] {
  const counts = bands.map((band) => ({ band, count: scores.filter((score) => bandFor(bands, score) === band).length }));
  return bandGroups(counts).map((group) => {
    const first = group.bands[0]!;
    const last = group.bands.at(-1)!;
    const band = group.bands.length === 1 ? first : { from: first.from, to: last.to, label: group.bands.map((entry) => entry.label).join(' – ') };
    return { band, bands: group.bands, count: group.count };
  });
}

/** r_wg(J) from the codes' answers to the dimension's items; undefined when a code carries none. */
function agreementFrom(results: readonly CodedResult[], dimension: ProfileDimension, assessment: ProfileAssessment): Agreement | undefined {
  const items = dimension.codedItems;
  if (!items || results.some((result) => !result.answers)) return undefined;
  const answers = results.map((result) => items.map((item) => result.answers![item.position] ?? null));
  const agreement = agreementOf(
    answers,
    items.map((item) => item.reverse),
    { min: assessment.scaleMin, max: assessment.scaleMax },
  );
  if (!agreement) return undefined;
  // The level is read from the exact index; what is shown and saved is capped (privacy.ts).
  return {
    ...agreement,
    index: shownAgreement(agreement.index),
    ...(agreement.skewIndex === undefined ? {} : { skewIndex: shownAgreement(agreement.skewIndex) }),
  };
}

function groupProfile(results: readonly CodedResult[], dimensions: readonly ProfileDimension[], assessment: ProfileAssessment): GroupProfile {
  const profiles: DimensionProfile[] = [];
  const withoutScore: GroupProfile['withoutScore'] = [];
  const perMember = results.map((result) => dimensionScores(result, dimensions));
  dimensions.forEach((dimension, index) => {
    const scored = results.flatMap((result, member) => {
      const score = perMember[member]![index];
      return typeof score === 'number' ? [{ result, score }] : [];
    });
    const scores = scored.map((entry) => entry.score).sort((a, b) => a - b);
    if (scores.length < MIN_GROUP_SIZE) {
      withoutScore.push({ id: dimension.id, name: dimension.name, count: scores.length });
      return;
    }
    const middle = roundScore(median(scores));
    const placement = bandOf(middle, dimension, undefined, dimension.answerStep ?? 1 / DEFAULT_ITEMS_PER_SET);
    const distributionShown = showsDistribution(scores.length);
    const distribution = distributionShown ? distributionOf(scores, dimension.bands) : [];
    const spread = spreadOf(distribution.map((row) => ({ bands: row.bands, count: row.count }))) ?? { from: dimension.bands[0]!, to: dimension.bands.at(-1)! };
    const agreementShown = dimension.refersTo === 'team' && dimension.kind === 'mean' && showsAgreement(scores.length);
    const agreement = agreementShown ? agreementFrom(scored.map((entry) => entry.result), dimension, assessment) : undefined;
    const span = assessment.scaleMax - assessment.scaleMin;
    profiles.push({
      id: dimension.id,
      name: dimension.name,
      kind: dimension.kind,
      responseFormat: dimension.responseFormat ?? assessment.responseFormat,
      count: scores.length,
      ...(showsMedianValue(scores.length) ? { median: middle } : {}),
      ...(agreement ? { agreement } : agreementShown ? { agreementMissing: 'no-answers' as const } : {}),
      medianBand: placement.band,
      medianBandIndex: placement.bandIndex,
      ...(placement.border ? { medianBorder: placement.border } : {}),
      bands: dimension.bands,
      distributionShown,
      spread,
      distribution,
      // A balance's bands say which side is larger, not how good it is: no shade.
      tone: dimension.kind === 'balance' ? 'neutral' : bandShade(placement.bandIndex, dimension.bands.length),
      range: dimension.kind === 'balance' ? { min: -span, max: span } : { min: assessment.scaleMin, max: assessment.scaleMax },
    });
  });
  return { members: results.length, dimensions: profileOrder(profiles, dimensions.map((dimension) => dimension.id)), withoutScore };
}

/** The order of the response-format groups: how often, then agree, then balances (whatever scale their sides are on). */
const FORMAT_ORDER = ['frequency', 'agreement', 'balance'] as const;
const formatGroupOf = (dimension: DimensionProfile) => (dimension.kind === 'balance' ? 'balance' : dimension.responseFormat);

/** The format groups of a profile in their order (for the note that says the order). */
export const formatGroups = (profiles: readonly DimensionProfile[]) => FORMAT_ORDER.filter((format) => profiles.some((dimension) => formatGroupOf(dimension) === format));

/**
 * The cards' order: grouped by response format (FORMAT_ORDER), so a 0,0 on a balance never
 * lands among 1–5 scores; within a group in questionnaire order (`questionnaire`: the
 * dimension ids in order); ties by name. Never by medians or spread: a ranking would compare
 * scales that are not equated.
 */
export function profileOrder(profiles: readonly DimensionProfile[], questionnaire: readonly string[]): DimensionProfile[] {
  const byName = (a: DimensionProfile, b: DimensionProfile) => a.name.localeCompare(b.name, 'nl');
  return FORMAT_ORDER.flatMap((format) => {
    const group = profiles.filter((dimension) => formatGroupOf(dimension) === format);
    return [...group].sort((a, b) => questionnaire.indexOf(a.id) - questionnaire.indexOf(b.id) || byName(a, b));
  });
}

export function buildTeamProfile(accepted: readonly AcceptedCode[], assessment: ProfileAssessment): TeamProfile {
  if (accepted.length === 0) return { status: 'empty' };
  const byVersion = new Map<number, number[]>();
  for (const code of accepted) byVersion.set(code.result.version, [...(byVersion.get(code.result.version) ?? []), code.line]);
  if (byVersion.size > 1) {
    return { status: 'mixed-versions', versions: [...byVersion].sort(([a], [b]) => a - b).map(([version, lines]) => ({ version, lines })) };
  }
  const version = accepted[0]!.result.version;
  const dimensions = version === assessment.version ? assessment.dimensions : (assessment.versions.find((candidate) => candidate.version === version)?.dimensions ?? []);

  const isLeader = (role: Role | null) => role === 'leader';
  const members = accepted.filter((code) => !isLeader(code.result.role));
  const leaderCodes = accepted.filter((code) => isLeader(code.result.role));
  const leaders: LeaderPart =
    leaderCodes.length === 0
      ? { status: 'none' }
      : leaderCodes.length < MIN_GROUP_SIZE
        ? { status: 'left-out', count: leaderCodes.length, lines: leaderCodes.map((code) => code.line) }
        : { status: 'shown', count: leaderCodes.length, profile: groupProfile(leaderCodes.map((code) => code.result), dimensions, assessment) };

  if (members.length < MIN_GROUP_SIZE) return { status: 'too-small', members: members.length, needed: MIN_GROUP_SIZE, leaders };
  return { status: 'ok', version, current: version === assessment.version, leaders, ...groupProfile(members.map((code) => code.result), dimensions, assessment) };
}
