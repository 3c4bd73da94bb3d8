/**
 * The shape of a self-assessment as the scoring, code and storage modules see it. It is
 * the validated content (src/schemas/assessment.ts) minus what only pages need.
 */
interface ScalePoint {
  value: number;
  label: string;
}

export interface Scale {
  /** "frequency": how often (nooit … (bijna) altijd); "agreement": eens … oneens. */
  kind: 'frequency' | 'agreement';
  points: ScalePoint[];
  /** "Weet ik niet / niet van toepassing": answerable, never scored. */
  unknown?: { label: string };
}

interface NextStep {
  link: string;
  label: string;
}

export interface Band {
  from: number;
  to: number;
  label: string;
  meaning: string;
  /** Teamscan: the meaning a leader reads, when it differs from the members'. */
  leaderMeaning?: string;
  next: NextStep[];
}

export interface Side {
  id: string;
  name: string;
}

export interface Dimension {
  id: string;
  name: string;
  description: string;
  /** "balance": the score is the mean of the second side minus the mean of the first. */
  kind: 'mean' | 'balance';
  /** For a balance dimension: the two item sets, minus side first. */
  sides?: Side[];
  /** The scale of this dimension's items, when it differs from the assessment's. */
  scale?: Scale;
  bands: Band[];
}

export interface Item {
  id: string;
  text: string;
  /** Teamscan: the statement a leader answers, about their own behaviour. */
  leaderText?: string;
  dimension: string;
  /** For a balance dimension: the side the item belongs to. */
  side?: string;
  reverse: boolean;
  weight: number;
}

export type Role = 'member' | 'leader';

/** An earlier version, as far as its codes and saved results need it. */
export interface LegacyVersion {
  version: number;
  /** A balance dimension (`kind: 'balance'`, two `sides`) takes two slots in that version's codes. */
  dimensions: { id: string; name: string; kind: 'mean' | 'balance'; sides?: Side[]; bands: { from: number; to: number; label: string }[] }[];
}

export interface Assessment {
  id: string;
  code: string;
  kind: 'zelfscan' | 'teamscan';
  title: string;
  version: number;
  /** How to answer: the same words on screen, on paper and in both languages. */
  instructions?: string;
  scale: Scale;
  /** Answered items a dimension (or each side) needs for a score. */
  minAnswered: number;
  /** A teamscan asks this first; the answer travels in the result code. */
  role?: { question: string; member: string; leader: string };
  dimensions: Dimension[];
  items: Item[];
  legacy: LegacyVersion[];
}

/** An answer: a value on the scale, or the "weet ik niet" option. A skipped item has no entry. */
export type AnswerValue = number | 'unknown';
export type Answers = Record<string, AnswerValue>;
