/**
 * The team profile: members' result codes of one self-assessment combined into a picture
 * of the team per dimension, without a server and without singling anyone out.
 *
 * - Codes of another assessment or version, duplicates and damaged codes are left out,
 *   each with its reason.
 * - Below MIN_GROUP_SIZE members nothing is shown: with two people, each could work out
 *   the other's answers.
 * - Per dimension: the distribution over the bands, the median, the spread (lowest to
 *   highest, and the standard deviation) and the agreement r_wg — 1 minus the observed
 *   variance divided by the variance expected if everyone answered at random on the
 *   scale ((A² − 1) / 12 for A answer options), a common measure of agreement within
 *   a team (James, Demaree & Wolf). Dimensions are sorted with the most disagreement first.
 */
import type { Band } from '../assessment/model';
import { bandFor } from '../assessment/scoring';
import { type CodeTarget, type CodedResult, type DecodeError, decodeResult, normaliseCode } from '../assessment/result-code';

export const MIN_GROUP_SIZE = 3;

export interface ProfileDimension {
  id: string;
  name: string;
  bands: Band[];
}

export interface ProfileAssessment extends CodeTarget {
  id: string;
  dimensions: ProfileDimension[];
  /** Number of answer options on the scale (5 for 1 … 5). */
  scalePoints: number;
}

export interface RejectedCode {
  /** 1-based line in the pasted text. */
  line: number;
  /** The start of the code, enough to find it back. */
  excerpt: string;
  reason: RejectReason;
}

/** Why a pasted code is not counted; the view words each kind (strings/nl.ts `rejectReason`). */
export type RejectReason =
  | { kind: 'invalid'; error: DecodeError }
  | { kind: 'other-assessment'; title: string; expected: string }
  | { kind: 'duplicate'; firstLine: number };

export interface CollectedCodes {
  accepted: CodedResult[];
  rejected: RejectedCode[];
}

/** Reads pasted codes, one per line (or separated by commas or spaces). */
export function collectCodes(text: string, target: ProfileAssessment, known: readonly ProfileAssessment[]): CollectedCodes {
  const accepted: CodedResult[] = [];
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
      const key = normaliseCode(candidate).replace(/-/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
      const first = seen.get(key);
      if (first !== undefined) {
        rejected.push({ line, excerpt, reason: { kind: 'duplicate', firstLine: first } });
        continue;
      }
      seen.set(key, line);
      accepted.push(decoded.result);
    }
  });
  return { accepted, rejected };
}

export interface DimensionProfile {
  id: string;
  name: string;
  /** Members with a score on this dimension. */
  count: number;
  /** Scores in ascending order (never shown per person; used for the dot plot). */
  scores: number[];
  median: number;
  min: number;
  max: number;
  standardDeviation: number;
  /** 0 (no agreement) … 1 (full agreement). */
  agreement: number;
  medianBand: Band;
  /** Position of the median band, 0 = lowest. */
  medianBandIndex: number;
  /** Members per band, in band order. */
  distribution: { band: Band; count: number }[];
  light: 'rood' | 'oranje' | 'groen';
}

export type TeamProfile =
  | { status: 'too-small'; members: number; needed: number }
  | { status: 'ok'; members: number; dimensions: DimensionProfile[]; withoutScore: { id: string; name: string; count: number }[] };

export function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** r_wg for scores on a scale with `points` answer options, clamped to 0 … 1. */
export function agreementOf(scores: readonly number[], points: number): number {
  if (scores.length < 2) return 1;
  const mean = scores.reduce((total, score) => total + score, 0) / scores.length;
  const variance = scores.reduce((total, score) => total + (score - mean) ** 2, 0) / (scores.length - 1);
  const expected = (points ** 2 - 1) / 12;
  return Math.min(1, Math.max(0, 1 - variance / expected));
}

function lightFor(bandIndex: number, bandCount: number): DimensionProfile['light'] {
  if (bandIndex === 0) return 'rood';
  if (bandIndex === bandCount - 1) return 'groen';
  return 'oranje';
}

export function buildTeamProfile(results: readonly CodedResult[], assessment: ProfileAssessment): TeamProfile {
  if (results.length < MIN_GROUP_SIZE) return { status: 'too-small', members: results.length, needed: MIN_GROUP_SIZE };
  const dimensions: DimensionProfile[] = [];
  const withoutScore: { id: string; name: string; count: number }[] = [];
  assessment.dimensions.forEach((dimension, index) => {
    const scores = results
      .map((result) => result.scores[index])
      .filter((score): score is number => typeof score === 'number')
      .sort((a, b) => a - b);
    if (scores.length < MIN_GROUP_SIZE) {
      withoutScore.push({ id: dimension.id, name: dimension.name, count: scores.length });
      return;
    }
    const middle = median(scores);
    const medianBand = bandFor(dimension.bands, middle);
    const medianBandIndex = dimension.bands.indexOf(medianBand);
    const mean = scores.reduce((total, score) => total + score, 0) / scores.length;
    dimensions.push({
      id: dimension.id,
      name: dimension.name,
      count: scores.length,
      scores,
      median: middle,
      min: scores[0]!,
      max: scores.at(-1)!,
      standardDeviation: Math.sqrt(scores.reduce((total, score) => total + (score - mean) ** 2, 0) / scores.length),
      agreement: agreementOf(scores, assessment.scalePoints),
      medianBand,
      medianBandIndex,
      distribution: dimension.bands.map((band) => ({ band, count: scores.filter((score) => bandFor(dimension.bands, score) === band).length })),
      light: lightFor(medianBandIndex, dimension.bands.length),
    });
  });
  // Most disagreement first; ties by lowest median, then by name, so the order never depends on code order.
  dimensions.sort((a, b) => a.agreement - b.agreement || a.median - b.median || a.name.localeCompare(b.name, 'nl'));
  return { status: 'ok', members: results.length, dimensions, withoutScore };
}

/** The dimensions the team scores lowest on (by median), for the recommendations. */
export function weakestDimensions(profile: Extract<TeamProfile, { status: 'ok' }>, count = 2): DimensionProfile[] {
  return [...profile.dimensions].sort((a, b) => a.median - b.median || a.name.localeCompare(b.name, 'nl')).slice(0, count);
}

/** Words for an agreement value, so no one has to interpret 0.63. */
export function agreementLabel(agreement: number): 'veel' | 'redelijk' | 'weinig' {
  if (agreement >= 0.7) return 'veel';
  if (agreement >= 0.5) return 'redelijk';
  return 'weinig';
}
