/**
 * What a group screen may show, by group size, so no facilitator can work out one
 * member's answer. The team profile, the comparison of sessions and the group analysis all
 * ask these functions; none decides a threshold of its own.
 *
 * - MIN_MEDIAN_GROUP (5): a median and the band it falls in, from five members (the usual
 *   minimum reporting group of employee surveys; with fewer, members can work out each
 *   other's result from a median and their own).
 * - MIN_DISTRIBUTION_GROUP (8): the median as a number, a distribution over the bands and
 *   the spread (which bands are occupied), from eight members, the rule many employee-survey
 *   tools use for anything finer than a central band. Below it a median is shown only as
 *   the band it falls in: with five codes, four made up around one real code (two at the
 *   bottom, two at the top) make the median that one person's score, and a band says less
 *   than the number.
 * - What none of this can stop: a facilitator who makes up codes. Codes carry no name and
 *   cannot be told apart from real ones, so a profile is only as private as the person who
 *   collects and pastes the codes is trustworthy (the verantwoording and the tool page say so).
 * - The agreement index (agreement.ts) from MIN_DISTRIBUTION_GROUP too: it is the variance
 *   in another form. And never above MAX_SHOWN_AGREEMENT as a number, at any size: an index
 *   of 1,00 beside a median gives away every member's score.
 * - MIN_CELL (3): even then no band count below three is shown. A band with one or two
 *   members is merged with its neighbour (the one with more members, towards the middle on
 *   a tie) until every shown group is empty or holds at least three, so "1× Aandachtspunt"
 *   never appears and a lone extreme is hidden in the next band. Because every shown count
 *   is 0 or ≥ 3, no count can be worked out from the total and the others either. The
 *   spread is read from the merged groups, so it never points at a lone member.
 * - MIN_ANALYSIS_GROUP (10): the group analysis of full-answer codes (item statistics need
 *   more people than a median, and a share of "weet ik niet" of one in ten is not a person).
 * - MIN_EXACT_SHARE_GROUP (20): below it, a share of people the group analysis shows (how
 *   many chose "weet ik niet" on an item) is rounded to whole tens of percent, so from 11 to
 *   19 people a share never counts single people (one person there is 5–9 %).
 * - MIN_SET_DIFFERENCE (3): within one visit to the page, a new profile whose codes differ
 *   from an earlier profile's by only one or two codes is refused: comparing the two would
 *   show what those one or two members answered (differencing). A profile is made only on an
 *   explicit action and its codes are then locked, so typing never recalculates. A reload
 *   forgets the earlier sets: this protects against an accidental difference, not against a
 *   facilitator set on one (the strings say so).
 * - A teamscan never reports scores to a learning platform (src/tools/scorm/variants.ts):
 *   one member's scores would sit in a platform beside their name.
 *
 * API:
 *   showsMedian(n), showsMedianValue(n), showsDistribution(n), showsAgreement(n), allowsAnalysis(n) → boolean
 *   shownShare(share, people) → a share as the group analysis may show it
 *   setDifference(a, b) → how many codes are in one set and not the other
 *   tooCloseToEarlier(earlier, next) → the smallest difference (1 or 2) to an earlier set, or undefined
 *   bandGroups(counts, minCell?) → contiguous groups of bands, each with 0 or ≥ minCell members
 *   spreadOf(groups) → the first and last band of the occupied groups
 */

export const MIN_MEDIAN_GROUP = 5;
export const MIN_DISTRIBUTION_GROUP = 8;
export const MIN_CELL = 3;
export const MIN_ANALYSIS_GROUP = 10;
export const MIN_SET_DIFFERENCE = 3;
export const MIN_EXACT_SHARE_GROUP = 20;

/** The number of codes in one set and not in the other (codes compared as given, each set without repeats). */
export function setDifference(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  return [...left].filter((code) => !right.has(code)).length + [...right].filter((code) => !left.has(code)).length;
}

/**
 * Whether a new set of codes may become a profile after the earlier ones of this visit:
 * undefined when it may (the same set again, or at least MIN_SET_DIFFERENCE codes apart from
 * every earlier set), otherwise the smallest difference found (1 or 2).
 */
export function tooCloseToEarlier(earlier: readonly (readonly string[])[], next: readonly string[]): number | undefined {
  const close = earlier.map((set) => setDifference(set, next)).filter((difference) => difference > 0 && difference < MIN_SET_DIFFERENCE);
  return close.length ? Math.min(...close) : undefined;
}

export const showsMedian = (members: number): boolean => members >= MIN_MEDIAN_GROUP;
/** The median as a number (below it: only its band). */
export const showsMedianValue = (members: number): boolean => members >= MIN_DISTRIBUTION_GROUP;
export const showsDistribution = (members: number): boolean => members >= MIN_DISTRIBUTION_GROUP;
export const showsAgreement = (members: number): boolean => members >= MIN_DISTRIBUTION_GROUP;
/** The highest agreement index shown as a number: at 1,00 every member gave the same answer to every item, and with the median beside it everyone's score would be known. Above it the profile says "0,90 of hoger". */
export const MAX_SHOWN_AGREEMENT = 0.9;
/** An agreement index as the profile may show it: capped at MAX_SHOWN_AGREEMENT (see there). */
export const shownAgreement = (index: number): number => Math.min(index, MAX_SHOWN_AGREEMENT);
export const allowsAnalysis = (people: number): boolean => people >= MIN_ANALYSIS_GROUP;
/** A share of `people` (0 … 1), in whole tens of percent below MIN_EXACT_SHARE_GROUP people. */
export const shownShare = (share: number, people: number): number => (people >= MIN_EXACT_SHARE_GROUP ? share : Math.round(share * 10) / 10);

/** Adjacent bands shown as one row, with how many members fall in any of them. */
export interface BandGroup<B> {
  /** One band, or several neighbours, lowest first. */
  bands: B[];
  count: number;
}

/**
 * Merges band counts (in band order) into contiguous groups whose counts are all 0 or at
 * least `minCell`. The smallest group below `minCell` is merged first, into the neighbour
 * with more members (towards the middle when both have as many). The total needs to be at
 * least `minCell` (from MIN_DISTRIBUTION_GROUP it always is).
 */
export function bandGroups<B>(counts: readonly { band: B; count: number }[], minCell = MIN_CELL): BandGroup<B>[] {
  const groups: BandGroup<B>[] = counts.map(({ band, count }) => ({ bands: [band], count }));
  const middle = (groups.length - 1) / 2;
  for (;;) {
    let smallest = -1;
    groups.forEach((group, index) => {
      if (group.count > 0 && group.count < minCell && (smallest < 0 || group.count < groups[smallest]!.count)) smallest = index;
    });
    if (smallest < 0 || groups.length === 1) return groups;
    const left = groups[smallest - 1];
    const right = groups[smallest + 1];
    const towardsMiddle = smallest < middle ? smallest + 1 : smallest - 1;
    const into = !left ? smallest + 1 : !right ? smallest - 1 : left.count === right.count ? towardsMiddle : left.count > right.count ? smallest - 1 : smallest + 1;
    const [low, high] = into < smallest ? [into, smallest] : [smallest, into];
    groups.splice(low, 2, { bands: [...groups[low]!.bands, ...groups[high]!.bands], count: groups[low]!.count + groups[high]!.count });
  }
}

/** The lowest and highest band of the groups anyone is in. */
export function spreadOf<B>(groups: readonly BandGroup<B>[]): { from: B; to: B } | undefined {
  const occupied = groups.filter((group) => group.count > 0);
  if (occupied.length === 0) return undefined;
  return { from: occupied[0]!.bands[0]!, to: occupied.at(-1)!.bands.at(-1)! };
}
