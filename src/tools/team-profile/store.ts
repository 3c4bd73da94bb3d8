/**
 * Team profiles the facilitator saves on this device: the name, the date, the assessment
 * (id and version), the number of members and per dimension what the screen showed (band,
 * the median only where it was shown, agreement, members). Never the codes: a code is one
 * person's result, and a saved list of them could be opened one code apart later.
 * Profiles saved before carried their codes: reading them drops the codes and any median
 * the screen no longer shows (below MIN_DISTRIBUTION_GROUP), so they keep showing their
 * summary without giving the codes back; the next save writes them without.
 */
import { isCalendarDate } from '../../lib/dates';
import { is, loadJson, type LoadResult, saveJson, type SaveResult, type StorageLike } from '../../lib/storage';
import { type ChangeReading, type ChangeRule, teamChangeBetween } from '../assessment/reliable-change';
import { toolStorage } from '../manifest';
import type { GroupProfile } from './team-profile';
import { showsMedianValue } from './privacy';

/** Where the profiles are kept on the device, and the key they had before; the manifest (tool.ts) lists it for the site. */
export const profilesStorage = toolStorage('team-profile', { replaced: ['teamprofielen'], validate: validateProfiles });

export interface DimensionSnapshot {
  id: string;
  name: string;
  /** Only where the screen showed it (privacy.ts showsMedianValue). */
  median?: number;
  band: string;
  /** r_wg(J) against uniform answering, only where the profile showed it (team-profile.ts `agreement`). */
  agreement?: number;
  /** Members behind the median (reliable-change.ts teamChangeBetween); absent in profiles saved before it was kept. */
  count?: number;
}

export interface SavedProfile {
  id: string;
  name: string;
  /** YYYY-MM-DD: the day of the session. */
  date: string;
  assessment: { id: string; version: number; title: string };
  members: number;
  dimensions: DimensionSnapshot[];
}

export interface SavedProfiles {
  schema: 1;
  profiles: SavedProfile[];
}

export const emptyProfiles = (): SavedProfiles => ({ schema: 1, profiles: [] });

/** A saved dimension; `members` of its profile decides, where the snapshot has no count, whether its median may still show. */
function validSnapshot(raw: unknown, members: number): DimensionSnapshot | undefined {
  if (!is.record(raw) || !is.string(raw.id) || !is.string(raw.name) || !is.string(raw.band)) return undefined;
  if ((raw.median !== undefined && typeof raw.median !== 'number') || (raw.agreement !== undefined && typeof raw.agreement !== 'number')) return undefined;
  if (raw.count !== undefined && !is.int(raw.count)) return undefined;
  const count = raw.count !== undefined ? (raw.count as number) : members;
  return {
    id: raw.id,
    name: raw.name,
    ...(typeof raw.median === 'number' && showsMedianValue(count) ? { median: raw.median } : {}),
    band: raw.band,
    ...(typeof raw.agreement === 'number' ? { agreement: raw.agreement } : {}),
    ...(raw.count !== undefined ? { count: raw.count as number } : {}) };
}

function validProfile(raw: unknown): SavedProfile | undefined {
  if (!is.record(raw) || !is.string(raw.id) || !is.string(raw.name) || !isCalendarDate(raw.date)) return undefined;
  const assessment = raw.assessment;
  if (!is.record(assessment) || !is.string(assessment.id) || !is.int(assessment.version) || !is.string(assessment.title)) return undefined;
  // `codes`: kept by earlier releases; checked so damaged data is still set aside, then left out.
  if (!is.int(raw.members) || (raw.codes !== undefined && !(Array.isArray(raw.codes) && raw.codes.every(is.string))) || !Array.isArray(raw.dimensions)) return undefined;
  const members = raw.members;
  const dimensions = raw.dimensions.map((dimension) => validSnapshot(dimension, members));
  if (dimensions.some((dimension) => !dimension)) return undefined;
  return {
    id: raw.id,
    name: raw.name,
    date: raw.date,
    assessment: { id: assessment.id, version: assessment.version, title: assessment.title },
    members: raw.members,
    dimensions: dimensions as DimensionSnapshot[],
  };
}

export function validateProfiles(raw: unknown): SavedProfiles | undefined {
  if (!is.record(raw) || raw.schema !== 1 || !Array.isArray(raw.profiles)) return undefined;
  const profiles = raw.profiles.map(validProfile);
  if (profiles.some((profile) => !profile)) return undefined;
  return { schema: 1, profiles: profiles as SavedProfile[] };
}

export function loadProfiles(storage: StorageLike | undefined): LoadResult<SavedProfiles> {
  return loadJson(storage, profilesStorage.key, validateProfiles, profilesStorage.replaced);
}

export function saveProfiles(storage: StorageLike | undefined, profiles: SavedProfiles): SaveResult {
  return saveJson(storage, profilesStorage.key, profiles);
}

export function snapshotOf(profile: GroupProfile): DimensionSnapshot[] {
  return profile.dimensions.map((dimension) => ({
    id: dimension.id,
    name: dimension.name,
    ...(dimension.median !== undefined ? { median: dimension.median } : {}),
    band: dimension.medianBand.label,
    ...(dimension.agreement ? { agreement: dimension.agreement.index } : {}),
    count: dimension.count,
  }));
}

export interface SessionComparison {
  id: string;
  name: string;
  before?: DimensionSnapshot;
  after?: DimensionSnapshot;
  /** Change of the median; undefined when a side is missing or did not show its median (below eight members). */
  delta?: number;
  /**
   * The change read under the team rule (reliable-change.ts teamChangeBetween): 'about-the-same'
   * below the threshold. Undefined when a side is missing or there is no rule for the dimension.
   */
  change?: ChangeReading;
}

/** Whether two saved sessions used the same version of the assessment, so their medians may be compared. */
export function sameVersion(before: SavedProfile, after: SavedProfile): boolean {
  return before.assessment.id === after.assessment.id && before.assessment.version === after.assessment.version;
}

/**
 * Compares two sessions of the same team per dimension (before → after). With `rules` (the
 * person rule per dimension id) each difference is read as a change or "about the same";
 * a snapshot saved without its count uses the session's member count. Sessions on different
 * versions of the assessment (other items) get no difference and no change: only their bands.
 */
export function compareSessions(
  before: SavedProfile,
  after: SavedProfile,
  rules: Readonly<Record<string, ChangeRule>> = {},
  balances: ReadonlySet<string> = new Set(),
): SessionComparison[] {
  const ids = [...new Set([...after.dimensions.map((d) => d.id), ...before.dimensions.map((d) => d.id)])];
  return ids.map((id) => {
    const earlier = before.dimensions.find((d) => d.id === id);
    const later = after.dimensions.find((d) => d.id === id);
    const rule = rules[id];
    const comparable = sameVersion(before, after);
    // Medians are compared only where both sessions showed them (from eight members).
    const medianBefore = earlier?.median;
    const medianAfter = later?.median;
    const change =
      comparable && medianBefore !== undefined && medianAfter !== undefined && rule
        ? teamChangeBetween(
            { median: medianBefore, count: earlier?.count ?? before.members },
            { median: medianAfter, count: later?.count ?? after.members },
            rule,
            balances.has(id),
          )
        : undefined;
    return {
      id,
      name: later?.name ?? earlier?.name ?? id,
      before: earlier,
      after: later,
      delta: comparable && medianBefore !== undefined && medianAfter !== undefined ? medianAfter - medianBefore : undefined,
      ...(change ? { change } : {}),
    };
  });
}

/** What a download contains: the team's aggregate only, never the individual codes or anyone's score. */
export function exportProfile(name: string, date: string, assessment: SavedProfile['assessment'], profile: GroupProfile) {
  return {
    format: 'adviesplaybook-teamprofiel',
    schema: 1,
    name,
    date,
    assessment,
    members: profile.members,
    dimensions: profile.dimensions.map((dimension) => ({
      id: dimension.id,
      name: dimension.name,
      members: dimension.count,
      // As on the screen: the number only from eight members, else only the band.
      ...(dimension.median !== undefined ? { median: dimension.median } : {}),
      // Only where the screen shows it: about the team, from eight members. r_wg(J) against uniform answering, and against slightly skewed answering (what the level reads).
      ...(dimension.agreement
        ? {
            agreement: Math.round(dimension.agreement.index * 100) / 100,
            ...(dimension.agreement.skewIndex === undefined ? {} : { agreementSkewed: Math.round(dimension.agreement.skewIndex * 100) / 100 }),
            agreementLevel: dimension.agreement.level,
          }
        : {}),
      band: dimension.medianBand.label,
      // The same privacy rules as the screen (privacy.ts): spread and distribution only from eight members, merged rows.
      ...(dimension.distributionShown
        ? {
            spread: { from: dimension.spread.from.label, to: dimension.spread.to.label },
            distribution: dimension.distribution.map((row) => ({ bands: row.bands.map((band) => band.label), members: row.count })),
          }
        : {}),
    })),
  };
}
