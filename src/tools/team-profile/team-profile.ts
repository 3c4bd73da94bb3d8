/**
 * The team profile: members' result codes of one assessment combined into a picture of
 * the team per dimension, without a server and without singling anyone out.
 *
 * - Codes of another assessment, duplicates and damaged codes are left out, each with its
 *   reason (a kind, not a sentence: the strings file words it).
 * - Codes of different versions are never mixed: the profile refuses and names the lines.
 * - Leaders (teamscan role) never count in the members' median: they get their own profile
 *   only when there are at least MIN_GROUP_SIZE of them, otherwise they are left out.
 * - Below MIN_GROUP_SIZE members nothing is shown but the count: 5 is the usual minimum
 *   reporting group of employee surveys, and with fewer a median and a distribution let
 *   people work out each other's results.
 * - Per dimension only aggregates: the distribution over the bands, the median, the spread
 *   as a range of bands (never the lowest and highest score, which are one person each) and
 *   the agreement r_wg in words — 1 minus the observed variance divided by the variance
 *   expected if everyone answered at random ((A² − 1) / 12 for A answer options, twice that
 *   for a balance, which is a difference of two such means; James, Demaree & Wolf).
 *   Dimensions are sorted with the most disagreement first.
 */
import type { Assessment, Band, Dimension, Role } from '../assessment/model';
import { bandFor } from '../assessment/scoring';
import { type CodeTarget, type CodedResult, type DecodeError, canonicalCode, codeTargetOf, decodeResult } from '../assessment/result-code';

export const MIN_GROUP_SIZE = 5;

/** A band as the profile shows it; an earlier version's bands have no next steps. */
export type ProfileBand = Pick<Band, 'from' | 'to' | 'label'> & Partial<Pick<Band, 'next'>>;

type ProfileDimension = Pick<Dimension, 'id' | 'name' | 'kind' | 'sides'> & { bands: ProfileBand[] };

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
}

/** An assessment as the profile reads it: its code target, the dimensions of every version it still reads, its scale. */
export function toProfileAssessment(assessment: Pick<Assessment, 'id' | 'code' | 'version' | 'title' | 'scale' | 'dimensions' | 'legacy'>): ProfileAssessment {
  return {
    id: assessment.id,
    ...codeTargetOf(assessment),
    scalePoints: assessment.scale.points.length,
    dimensions: assessment.dimensions.map(({ id, name, kind, sides, bands }) => ({ id, name, kind, ...(sides ? { sides } : {}), bands })),
    versions: assessment.legacy.map((legacy) => ({
      version: legacy.version,
      dimensions: legacy.dimensions.map(({ id, name, bands }) => ({ id, name, kind: 'mean' as const, bands })),
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
      accepted.push({ line, result: decoded.result });
    }
  });
  return { accepted, rejected };
}

export interface DimensionProfile {
  id: string;
  name: string;
  kind: 'mean' | 'balance';
  /** Members with a score on this dimension. */
  count: number;
  median: number;
  /** 0 (no agreement) … 1 (full agreement). */
  agreement: number;
  medianBand: ProfileBand;
  /** Position of the median band, 0 = lowest. */
  medianBandIndex: number;
  /** The spread as bands: the lowest and the highest band anyone is in. */
  spread: { from: ProfileBand; to: ProfileBand };
  /** Members per band, in band order. */
  distribution: { band: ProfileBand; count: number }[];
  light: 'rood' | 'oranje' | 'groen';
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

/** r_wg for scores whose random-answer variance is `expected`, clamped to 0 … 1. */
export function agreementOf(scores: readonly number[], points: number, balance = false): number {
  if (scores.length < 2) return 1;
  const mean = scores.reduce((total, score) => total + score, 0) / scores.length;
  const variance = scores.reduce((total, score) => total + (score - mean) ** 2, 0) / (scores.length - 1);
  const expected = ((points ** 2 - 1) / 12) * (balance ? 2 : 1);
  return Math.min(1, Math.max(0, 1 - variance / expected));
}

function lightFor(kind: 'mean' | 'balance', bandIndex: number, bandCount: number): DimensionProfile['light'] {
  // A balance is best in its middle band ("in balans"); its ends ask for attention, not alarm.
  if (kind === 'balance') return bandIndex === 0 || bandIndex === bandCount - 1 ? 'oranje' : 'groen';
  if (bandIndex === 0) return 'rood';
  if (bandIndex === bandCount - 1) return 'groen';
  return 'oranje';
}

/** Scores per dimension from a code's slots: a balance takes two (second minus first). */
function dimensionScores(result: CodedResult, dimensions: readonly ProfileDimension[]): (number | null)[] {
  let index = 0;
  return dimensions.map((dimension) => {
    if (dimension.kind === 'balance') {
      const first = result.scores[index++];
      const second = result.scores[index++];
      return first != null && second != null ? second - first : null;
    }
    return result.scores[index++] ?? null;
  });
}

function groupProfile(results: readonly CodedResult[], dimensions: readonly ProfileDimension[], assessment: ProfileAssessment): GroupProfile {
  const profiles: DimensionProfile[] = [];
  const withoutScore: GroupProfile['withoutScore'] = [];
  const perMember = results.map((result) => dimensionScores(result, dimensions));
  dimensions.forEach((dimension, index) => {
    const scores = perMember
      .map((scores) => scores[index])
      .filter((score): score is number => typeof score === 'number')
      .sort((a, b) => a - b);
    if (scores.length < MIN_GROUP_SIZE) {
      withoutScore.push({ id: dimension.id, name: dimension.name, count: scores.length });
      return;
    }
    const middle = median(scores);
    const medianBand = bandFor(dimension.bands, middle);
    const medianBandIndex = dimension.bands.indexOf(medianBand);
    const distribution = dimension.bands.map((band) => ({ band, count: scores.filter((score) => bandFor(dimension.bands, score) === band).length }));
    const occupied = distribution.filter((entry) => entry.count > 0);
    const span = assessment.scaleMax - assessment.scaleMin;
    profiles.push({
      id: dimension.id,
      name: dimension.name,
      kind: dimension.kind,
      count: scores.length,
      median: middle,
      agreement: agreementOf(scores, assessment.scalePoints, dimension.kind === 'balance'),
      medianBand,
      medianBandIndex,
      spread: { from: occupied[0]!.band, to: occupied.at(-1)!.band },
      distribution,
      light: lightFor(dimension.kind, medianBandIndex, dimension.bands.length),
      range: dimension.kind === 'balance' ? { min: -span, max: span } : { min: assessment.scaleMin, max: assessment.scaleMax },
    });
  });
  // Most disagreement first; ties by lowest median, then by name, so the order never depends on code order.
  profiles.sort((a, b) => a.agreement - b.agreement || a.median - b.median || a.name.localeCompare(b.name, 'nl'));
  return { members: results.length, dimensions: profiles, withoutScore };
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

/** The dimensions the team scores lowest on (by median), for the recommendations. Balances have no "low". */
export function weakestDimensions(profile: GroupProfile, count = 2): DimensionProfile[] {
  return profile.dimensions
    .filter((dimension) => dimension.kind === 'mean')
    .sort((a, b) => a.median - b.median || a.name.localeCompare(b.name, 'nl'))
    .slice(0, count);
}

/** Words for an agreement value, so no one has to interpret 0.63. */
export function agreementLabel(agreement: number): 'veel' | 'redelijk' | 'weinig' {
  if (agreement >= 0.7) return 'veel';
  if (agreement >= 0.5) return 'redelijk';
  return 'weinig';
}
