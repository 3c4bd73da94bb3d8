/**
 * The team profile island: paste members' result codes, see the team per dimension
 * (only from five members up), present it on a shared screen, save sessions on this
 * device and compare them. Logic: team-profile.ts and store.ts.
 */
import { downloadJson } from '../shared/download';
import { CodesInput } from '../shared/CodesInput';
import { StorageNotice } from '../shared/StorageNotice';
import { useDeviceStorage } from '../shared/useStoredState';
import { newId } from '../../lib/ids';
import { useId, useMemo, useState } from 'react';
import './team-profile.css';
import { teamProfileStrings } from './strings/index';
import { buildTeamProfile, collectCodes, type DimensionProfile, formatGroups, type ProfileAssessment, type ResponseFormat } from './team-profile';
import {
  compareSessions,
  sameVersion,
  emptyProfiles,
  exportProfile,
  loadProfiles,
  type SavedProfiles,
  saveProfiles,
  snapshotOf,
  type DimensionSnapshot,
} from './store';
import { MIN_DISTRIBUTION_GROUP, MIN_MEDIAN_GROUP, tooCloseToEarlier } from './privacy';
import { teamMedianError } from '../assessment/reliable-change';
import { SavedProfileView } from './SavedProfileView';
import { withBase } from '../../lib/urls';
import { DimensionCard } from './DimensionCard';
import { PresentationMode } from './PresentationMode';
import { today } from '../../lib/dates';
import { formatDay, formatNumber, formatScore } from '../../lib/format';

interface Props {
  assessments: ProfileAssessment[];
  /** id of the assessment chosen at first. */
  defaultAssessment: string;
  base: string;
  /** Paper version per assessment id: the pointer for teams smaller than five. */
  paperPaths: Record<string, string>;
}


/**
 * "In één oogopslag" ranks dimensions together only within one response format: the
 * assessment's own format first, each other format (e.g. an agree scale) apart below it.
 */
function glanceGroups(dimensions: readonly DimensionProfile[], main: ResponseFormat): { format: ResponseFormat; dimensions: DimensionProfile[] }[] {
  const formats = [main, ...new Set(dimensions.map((dimension) => dimension.responseFormat).filter((format) => format !== main))];
  return formats.map((format) => ({ format, dimensions: dimensions.filter((dimension) => dimension.responseFormat === format) })).filter((group) => group.dimensions.length > 0);
}

const score = (value: number) => formatScore(value);
/** A saved dimension as the comparison shows it: its band, and its median where the profile showed one. */
const snapshotText = (snapshot: DimensionSnapshot) => (snapshot.median !== undefined ? `${snapshot.band} (${score(snapshot.median)})` : snapshot.band);
const change = (value: number) => formatNumber(value, { min: 1, max: 1, signed: true });

export default function TeamProfile({ assessments, defaultAssessment, base, paperPaths }: Props) {
  const t = teamProfileStrings();
  const id = useId();
  const [assessmentId, setAssessmentId] = useState(defaultAssessment);
  const [codes, setCodes] = useState('');
  // The profile is made from `made` only, on an explicit action; the codes are then locked (privacy.ts MIN_SET_DIFFERENCE).
  const [made, setMade] = useState<string | undefined>(undefined);
  const [earlierSets, setEarlierSets] = useState<string[][]>([]);
  const [refusal, setRefusal] = useState('');
  const [presenting, setPresenting] = useState(false);
  const [saved, setSaved] = useState<SavedProfiles>(emptyProfiles);
  const [status, setStatus] = useState('');
  const [name, setName] = useState('');
  const [date, setDate] = useState(today);
  const [compare, setCompare] = useState<{ before?: string; after?: string }>({});
  const [opened, setOpened] = useState<string | undefined>(undefined);
  const stored = useDeviceStorage(loadProfiles, setSaved);
  const { ready } = stored;

  const assessment = assessments.find((candidate) => candidate.id === assessmentId) ?? assessments[0]!;
  const collected = useMemo(() => collectCodes(codes, assessment, assessments), [codes, assessment, assessments]);
  const profile = useMemo(() => (made === undefined ? undefined : buildTeamProfile(collectCodes(made, assessment, assessments).accepted, assessment)), [made, assessment, assessments]);

  const make = () => {
    if (collected.accepted.length === 0) {
      setRefusal(t.noCodes);
      return;
    }
    const candidate = buildTeamProfile(collected.accepted, assessment);
    // Only codes whose scores the profile shows count: leaders' only when their own profile is shown.
    const leadersShown = candidate.status === 'ok' && candidate.leaders.status === 'shown';
    const keys = collected.accepted.filter((code) => code.result.role !== 'leader' || leadersShown).map((code) => code.key);
    // Only a shown profile tells anything: a set too small to show may grow one code at a time.
    if (candidate.status === 'ok') {
      const close = tooCloseToEarlier(earlierSets, keys);
      if (close !== undefined) {
        setRefusal(t.tooClose(close));
        return;
      }
      setEarlierSets([...earlierSets, keys]);
    }
    setRefusal('');
    setMade(codes);
  };

  const restart = () => {
    setMade(undefined);
    setCodes('');
    setRefusal('');
    setStatus('');
    document.getElementById(`${id}-codes`)?.focus();
  };
  const sameAssessment = saved.profiles.filter((candidate) => candidate.assessment.id === assessment.id);
  const balances = useMemo(() => new Set(assessment.dimensions.filter((dimension) => dimension.kind === 'balance').map((dimension) => dimension.id)), [assessment]);

  const persist = (next: SavedProfiles) => {
    setSaved(next);
    return stored.save((storage) => saveProfiles(storage, next));
  };

  const download = () => {
    if (profile?.status !== 'ok') return;
    const file = exportProfile(name || assessment.title, date, { id: assessment.id, version: assessment.version, title: assessment.title }, profile);
    downloadJson(file, `teamprofiel-${assessment.id}-${date}.json`);
  };

  const openedProfile = saved.profiles.find((candidate) => candidate.id === opened);
  const before = saved.profiles.find((candidate) => candidate.id === compare.before);
  const after = saved.profiles.find((candidate) => candidate.id === compare.after);

  return (
    <div className="team-profile" data-ready={ready ? 'true' : undefined}>
      <StorageNotice problem={stored.problem} messages={t.storage} block="team-profile" />
      <CodesInput
        id={id}
        assessments={assessments}
        assessmentId={assessment.id}
        onAssessment={setAssessmentId}
        codes={codes}
        onCodes={setCodes}
        collected={collected}
        strings={t}
        describeRejected={(rejected) => t.rejected(rejected.line, rejected.excerpt, rejected.reason)}
        rows={6}
        className="team-profile__input"
        hideInPrint
        locked={made !== undefined}
      />
      <p className="team-profile__make" data-print="hide">
        {made === undefined ? (
          <button type="button" className="button" onClick={make}>
            {t.makeProfile}
          </button>
        ) : (
          <>
            <span className="team-profile__locked">{t.lockedNote}</span>{' '}
            <button type="button" className="button button--secondary" onClick={restart}>
              {t.restart}
            </button>
          </>
        )}
      </p>
      {refusal && (
        <p className="team-profile__too-small" role="alert" data-testid="team-set-refusal">
          {refusal}
        </p>
      )}

      {profile?.status === 'mixed-versions' && (
        <p className="team-profile__too-small" role="alert" data-testid="team-refusal">
          {t.mixedVersions(profile.versions)}
        </p>
      )}
      {(profile?.status === 'too-small' || profile?.status === 'ok') && profile.leaders.status === 'left-out' && (
        <p className="team-profile__note" role="status" data-testid="leaders-note">
          {t.leadersLeftOut(profile.leaders.count, profile.leaders.lines)}
        </p>
      )}
      {profile?.status === 'too-small' && (
        <div className="team-profile__too-small" role="status" data-testid="team-too-small">
          <p>{t.tooSmall(profile.members, profile.needed)}</p>
          {paperPaths[assessment.id] && (
            <p>
              {t.smallTeam} <a href={withBase(base, paperPaths[assessment.id]!)}>{t.smallTeamLink}</a>
            </p>
          )}
        </div>
      )}
      {profile?.status === 'ok' && (
        <section className="team-profile__result" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t.profileTitle(profile.members)}</h2>
          {!profile.current && <p className="team-profile__note">{t.legacyProfile(profile.version)}</p>}
          <div className="team-profile__actions" data-print="hide">
            <button type="button" className="button" onClick={() => setPresenting(true)}>
              {t.present}
            </button>
            <button type="button" className="button button--secondary" onClick={() => window.print()}>
              {t.print}
            </button>
            <button type="button" className="button button--secondary" onClick={download}>
              {t.download}
            </button>
          </div>

          <h3>{t.summaryTitle}</h3>
          {glanceGroups(profile.dimensions, assessment.responseFormat).map((group) => (
            <div key={group.format} className="team-profile__glance" data-format={group.format}>
              {group.format !== assessment.responseFormat && <p className="team-profile__other-format">{t.otherFormat(t.formats[group.format])}</p>}
              <ul className="team-profile__lights">
                {group.dimensions.map((dimension) => (
                  <li key={dimension.id}>
                    <span className="team-profile__glance-band">
                      <span className={`team-tone team-tone--${dimension.tone}`} aria-hidden="true" />
                      {dimension.medianBorder ? t.border(dimension.medianBorder.lower.label, dimension.medianBorder.upper.label) : dimension.medianBand.label}
                    </span>
                    <span className="team-profile__light-name">{dimension.name}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <p className="team-profile__order">{t.orderNote(formatGroups(profile.dimensions).map((format) => t.formatGroups[format]))}</p>
          <div className="team-profile__dimensions">
            {profile.dimensions.map((dimension) => (
              <DimensionCard key={dimension.id} dimension={dimension} headingLevel={3} />
            ))}
          </div>
          {profile.withoutScore.map((dimension) => (
            <p key={dimension.id}>{t.withoutScore(dimension.name, dimension.count)}</p>
          ))}

          {profile.leaders.status === 'shown' && (
            <section className="team-profile__leaders" aria-labelledby={`${id}-leaders`} data-testid="leaders-profile">
              <h3 id={`${id}-leaders`}>{t.leadersTitle(profile.leaders.count)}</h3>
              <p>{t.leadersIntro}</p>
              <div className="team-profile__dimensions">
                {profile.leaders.profile.dimensions.map((dimension) => (
                  <DimensionCard key={dimension.id} dimension={dimension} headingLevel={3} />
                ))}
              </div>
            </section>
          )}

          {profile.current && (
            <>
          <h3>{t.recommendationsTitle}</h3>
          <p>{t.recommendationsIntro}</p>
          <ul className="team-profile__recommendations">
            {profile.dimensions.filter((dimension) => dimension.kind === 'mean').map((dimension) => (
              <li key={dimension.id}>
                <strong>{dimension.name}</strong>
                <ul>
                  {(dimension.medianBand.next ?? []).map((step) => (
                    <li key={step.link}>
                      <a href={withBase(base, step.link)}>{step.label}</a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
            </>
          )}

          <form
            className="team-profile__save"
            data-print="hide"
            onSubmit={(event) => {
              event.preventDefault();
              if (!name.trim()) {
                setStatus(t.nameMissing);
                return;
              }
              const entry = {
                id: newId(),
                name: name.trim(),
                date,
                assessment: { id: assessment.id, version: assessment.version, title: assessment.title },
                members: profile.members,
                // What the screen shows, never the codes (store.ts).
                dimensions: snapshotOf(profile),
              };
              if (persist({ ...saved, profiles: [...saved.profiles, entry] })) setStatus(t.saved(entry.name));
            }}
          >
            <fieldset>
              <legend>{t.saveTitle}</legend>
              <label htmlFor={`${id}-name`}>{t.nameLabel}</label>
              <input id={`${id}-name`} className="text-field" type="text" value={name} onChange={(event) => setName(event.target.value)} />
              <label htmlFor={`${id}-date`}>{t.dateLabel}</label>
              <input id={`${id}-date`} className="text-field" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
              <button type="submit" className="button">
                {t.save}
              </button>
            </fieldset>
          </form>
        </section>
      )}
      <p className="team-profile__status" role="status">
        {status}
      </p>

      <section className="team-profile__saved" aria-labelledby={`${id}-saved`} data-print="hide">
        <h2 id={`${id}-saved`}>{t.savedTitle}</h2>
        {saved.profiles.length === 0 ? (
          <p>{t.savedEmpty}</p>
        ) : (
          <ul className="saved-list">
            {saved.profiles.map((entry) => (
              <li key={entry.id} className="saved-list__item spread-row">
                <span>
                  <strong>{entry.name}</strong> · {formatDay(entry.date)} · {entry.assessment.title} · {t.memberCount(entry.members)}
                </span>
                <span className="saved-list__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t.openLabel(entry.name, formatDay(entry.date))}
                    onClick={() => setOpened(entry.id)}
                  >
                    {t.open}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t.removeLabel(entry.name, formatDay(entry.date))}
                    onClick={() => {
                      persist({ ...saved, profiles: saved.profiles.filter((candidate) => candidate.id !== entry.id) });
                      setStatus(t.removed);
                    }}
                  >
                    {t.remove}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}

        {openedProfile && <SavedProfileView profile={openedProfile} onClose={() => setOpened(undefined)} />}

        <h3>{t.compareTitle}</h3>
        {sameAssessment.length < 2 ? (
          <p>{t.noCompare}</p>
        ) : (
          <>
            <p>{t.compareHelp}</p>
            <div className="team-profile__compare-pick">
              {(['before', 'after'] as const).map((side) => (
                <label key={side}>
                  <span>{t[side]}</span>
                  <select className="text-field" value={compare[side] ?? ''} onChange={(event) => setCompare({ ...compare, [side]: event.target.value || undefined })}>
                    <option value="">–</option>
                    {sameAssessment.map((entry) => (
                      <option key={entry.id} value={entry.id}>
                        {entry.name} ({formatDay(entry.date)})
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            {before && after && (
              <>
              <p className="team-profile__help">{sameVersion(before, after) ? t.compareRule : t.compareOtherVersions(before.assessment.version, after.assessment.version)}</p>
              <table className="team-profile__compare">
                <thead>
                  <tr>
                    <th scope="col">{t.dimension}</th>
                    <th scope="col">{t.before}</th>
                    <th scope="col">{t.after}</th>
                    <th scope="col">{t.change}</th>
                  </tr>
                </thead>
                <tbody>
                  {compareSessions(before, after, assessment.changeRules, balances).map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{row.name}</th>
                      <td>{row.before ? snapshotText(row.before) : '–'}</td>
                      <td>{row.after ? snapshotText(row.after) : '–'}</td>
                      <td data-change={row.change?.change}>
                        {row.change
                          ? t.changeValue(row.change, change(row.change.difference), score(row.change.minimumChange))
                          : row.before && row.after && sameVersion(before, after)
                            ? t.changeWithoutMedian(MIN_DISTRIBUTION_GROUP)
                            : '–'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {sameVersion(before, after) && compareSessions(before, after, assessment.changeRules, balances).some((row) => !row.change && row.before && row.after) && (
                <p className="team-profile__help" data-testid="bands-only-caveat">
                  {t.bandsOnlyCaveat(MIN_MEDIAN_GROUP, MIN_DISTRIBUTION_GROUP, formatNumber(Math.max(...Object.values(assessment.changeRules).map((rule) => teamMedianError(rule, MIN_MEDIAN_GROUP))), { min: 2, max: 2 }))}
                </p>
              )}
              </>
            )}
          </>
        )}
      </section>

      {presenting && profile?.status === 'ok' && (
        <PresentationMode dimensions={profile.dimensions} onClose={() => setPresenting(false)} />
      )}
    </div>
  );
}
