/**
 * Net Promoter Score: on the question "how likely would you recommend us" (0–10),
 * promoters answer 9–10, passives 7–8, detractors 0–6. NPS = % promoters − % detractors,
 * from −100 to +100.
 */

/** Number of answers per score 0 … 10. */
export type NpsCounts = readonly number[];

export interface NpsResult {
  total: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Shares of all answers, 0 … 1. */
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
  /** −100 … +100, unrounded. */
  nps: number;
  /** The most one changed answer can move the score (detractor ↔ promoter): 200 / total. */
  swingPerAnswer: number;
}

export const SCORES = Array.from({ length: 11 }, (_, score) => score);

export function emptyCounts(): number[] {
  return SCORES.map(() => 0);
}

export function calculateNps(counts: NpsCounts): NpsResult | null {
  if (counts.length !== 11 || counts.some((count) => !Number.isInteger(count) || count < 0)) {
    throw new Error('NPS counts must be 11 whole numbers from 0 up');
  }
  const sum = (from: number, to: number) => counts.slice(from, to + 1).reduce((total, count) => total + count, 0);
  const detractors = sum(0, 6);
  const passives = sum(7, 8);
  const promoters = sum(9, 10);
  const total = detractors + passives + promoters;
  if (total === 0) return null;
  return {
    total,
    promoters,
    passives,
    detractors,
    promoterShare: promoters / total,
    passiveShare: passives / total,
    detractorShare: detractors / total,
    nps: ((promoters - detractors) / total) * 100,
    swingPerAnswer: 200 / total,
  };
}

/** Below this many answers the score is shown with a caution. */
export const SMALL_SAMPLE = 30;

export interface ParseProblem {
  /** 1-based line number in the pasted text. */
  line: number;
  value: string;
}

export interface ParsedScores {
  counts: number[];
  accepted: number;
  problems: ParseProblem[];
}

/**
 * Reads pasted scores: one per line, or several per line separated by commas, semicolons,
 * tabs or spaces (a CSV column or row). Every value that is not a whole number from 0 to
 * 10 is reported with its line number; nothing is dropped silently.
 */
export function parseScores(text: string): ParsedScores {
  const counts = emptyCounts();
  const problems: ParseProblem[] = [];
  let accepted = 0;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '') return;
    for (const value of line.split(/[,;\t ]+/).filter((part) => part !== '')) {
      const clean = value.replace(/^"(.*)"$/, '$1');
      if (/^(10|[0-9])$/.test(clean)) {
        counts[Number(clean)]! += 1;
        accepted++;
      } else {
        problems.push({ line: index + 1, value: value.length > 40 ? `${value.slice(0, 40)}…` : value });
      }
    }
  });
  return { counts, accepted, problems };
}
