/**
 * The shape of a self-assessment as the scoring, code and storage modules see it. It is
 * the validated content (src/schemas/assessment.ts) minus what only pages need.
 */
export interface ScalePoint {
  value: number;
  label: string;
}

export interface Scale {
  points: ScalePoint[];
  /** "Weet ik niet / niet van toepassing": answerable, never scored. */
  unknown?: { label: string };
}

export interface NextStep {
  link: string;
  label: string;
}

export interface Band {
  from: number;
  to: number;
  label: string;
  meaning: string;
  next: NextStep[];
}

export interface Dimension {
  id: string;
  name: string;
  description: string;
  bands: Band[];
}

export interface Item {
  id: string;
  text: string;
  dimension: string;
  reverse: boolean;
  weight: number;
}

export interface Assessment {
  id: string;
  code: string;
  title: string;
  version: number;
  scale: Scale;
  minAnsweredShare: number;
  dimensions: Dimension[];
  items: Item[];
}

/** An answer: a value on the scale, or the "weet ik niet" option. A skipped item has no entry. */
export type AnswerValue = number | 'unknown';
export type Answers = Record<string, AnswerValue>;
