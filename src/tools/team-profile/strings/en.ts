/** Interface strings of the team profile, in English. */
import { assessment, codeError } from '../../assessment/strings/en';
import type { ChangeReading } from '../../assessment/reliable-change';
import type { RejectReason } from '../team-profile';
import type { teamProfile as dutch } from './nl';

const list = (lines: number[]) => (lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`);

/** Why a pasted code was not counted. */
function rejectReason(reason: RejectReason): string {
  switch (reason.kind) {
    case 'invalid':
      return codeError(reason.error);
    case 'other-assessment':
      return `This code belongs to “${reason.title}”, not to “${reason.expected}”.`;
    case 'duplicate':
      return `Duplicate: this code is already on line ${reason.firstLine}.`;
  }
}

export const teamProfile: typeof dutch = {
  rejectReason,
  assessmentLabel: 'Which assessment did the team take?',
  mixedVersions: (versions: { version: number; lines: number[] }[]) =>
    `These codes come from different versions of the assessment. They cannot be combined, because the questions are different: ${versions
      .map((entry) => `version ${entry.version} on ${list(entry.lines)}`)
      .join('; ')}. Remove the codes of one version, or ask those team members to take the assessment again.`,
  leadersLeftOut: (count: number, lines: number[]) =>
    `${count === 1 ? 'One code is from a manager' : `${count} codes are from managers`} (${list(lines)}). They do not count in the team members’ profile, because managers describe the example they set themselves. We only show them separately when there are at least five managers; with fewer, their outcomes could be recognised.`,
  leadersTitle: (count: number) => `Profile of the management (${count} managers)`,
  leadersIntro: 'The managers filled in the assessment as managers. This profile is separate from the team members’ profile.',
  legacyProfile: (version: number) =>
    `These codes come from version ${version} of the assessment. You see the profile as that version gave it, without today’s next steps.`,
  smallTeam:
    'If your team has fewer than five people, use the paper version for an open conversation: everyone fills it in for themselves and tells the others what they want to share.',
  smallTeamLink: 'Go to the paper version',
  codesLabel: 'Paste the team members’ result codes',
  codesHelp: 'One code per line. Each team member got their code at the end of the assessment. Collect all the codes first, paste them and then choose “Make the team profile”. The codes are then fixed.',
  makeProfile: 'Make the team profile',
  restart: 'Start again with other codes',
  lockedNote: 'The profile below belongs to these codes; they are fixed.',
  noCodes: 'Paste the team members’ result codes first.',
  tooClose: (difference: number) =>
    `This profile is not made: these codes differ by only ${difference === 1 ? 'one code' : 'two codes'} from a profile you made earlier on this page. Side by side, the two profiles would show how ${difference === 1 ? 'that one member' : 'those two members'} answered. Make a profile of all the codes in one go, or of a set that differs by at least three codes. If you reload the page, the screen no longer knows this: it protects against comparing by accident, not against someone set on it.`,
  counted: (count: number) => `${count} ${count === 1 ? 'code' : 'codes'} counted.`,
  rejectedTitle: (count: number) => `${count} ${count === 1 ? 'code was' : 'codes were'} not counted:`,
  rejected: (line: number, excerpt: string, reason: RejectReason) => `Line ${line} (${excerpt}): ${rejectReason(reason)}`,
  tooSmall: (members: number, needed: number) =>
    `There ${members === 1 ? 'is' : 'are'} ${members} ${members === 1 ? 'valid code' : 'valid codes'} from team members. The profile only appears once there are ${needed} codes: with fewer, people could work out each other’s outcomes.`,
  profileTitle: (members: number) => `Team profile of ${members} team members`,
  summaryTitle: 'At a glance',
  orderNote: (formats: string[]) =>
    [
      formats.length > 1 ? `The areas are grouped by kind of question: first ${formats.slice(0, -1).join(', ')}, then ${formats.at(-1)}.` : '',
      `${formats.length > 1 ? 'Within each kind, they come' : 'The areas come'} in questionnaire order.`,
    ]
      .filter(Boolean)
      .join(' '),
  median: 'Median',
  spread: 'Spread',
  spreadValue: (from: string, to: string) => (from === to ? `everyone: ${from}` : `from ${from} to ${to}`),
  agreement: 'Agreement',
  agreementLabels: {
    agreement: (cutoff: string) => `agreement: the answers to each statement lie so close together that the index against slightly skewed answering is ${cutoff} or higher, the usual cut-off`,
    none: (cutoff: string) => `no clear agreement: the index against slightly skewed answering is below ${cutoff}, the usual cut-off. That does not mean the team is divided`,
  },
  agreementIndex: (uniform: string, skewed?: string) =>
    skewed === undefined ? `r_wg(J) = ${uniform} (against random answering)` : `r_wg(J) = ${skewed} (against slightly skewed answering; ${uniform} against random answering)`,
  /** An index at the highest value shown as a number (privacy.ts). */
  atLeast: (value: string) => `${value} or higher`,
  agreementMissing: 'cannot be computed: not every code holds the answers to each statement (codes from an earlier version of the assessment)',
  distributionHidden: (needed: number) =>
    `You see the spread and how the team is divided over the outcomes once there are at least ${needed} team members: with fewer, a single answer could be traced.`,
  formats: { frequency: 'how often', agreement: 'agree or disagree' },
  formatGroups: { frequency: 'the how-often questions', agreement: 'the agree-or-disagree questions', balance: 'the balances' },
  otherFormat: (format: string) => `Asked on a different scale (${format}): not comparable with the areas above.`,
  onScale: (value: string, min: number, max: number) => `${value} on a scale of ${min} to ${max}`,
  distributionCaption: (name: string) => `How the team is spread over the outcomes: ${name}`,
  band: 'Outcome',
  dimension: 'Area',
  memberCount: (count: number) => `${count} ${count === 1 ? 'team member' : 'team members'}`,
  members: 'Team members',
  medianLabel: 'The line is the team’s median; the coloured bar is the scale with the outcomes.',
  medianBandLabel: 'The outlined outcome is the one the team’s median falls in; the coloured bar is the scale with the outcomes.',
  medianInBand: (band: string, needed: number) => `falls in “${band}”; you see the number once there are at least ${needed} team members`,
  /** The median on the border of two bands: worded as on the result screen. */
  border: assessment.border,
  withoutScore: (name: string, count: number) => `${name}: too few answers to show anything (${count}).`,
  recommendationsTitle: 'Where do you start?',
  recommendationsIntro:
    'For each area, in questionnaire order, places to start that fit the outcome the team’s middle falls in. The areas cannot be weighed against each other: some statements are easier to agree with than others, and there are no norms that make the areas comparable. Choose together where you want to begin:',
  present: 'Present',
  print: 'Print the profile',
  download: 'Download as a file (JSON)',
  saveTitle: 'Save this profile on this device',
  nameLabel: 'Name of the team or the session',
  dateLabel: 'Date of the session',
  save: 'Save',
  saved: (name: string) => `Profile “${name}” has been saved.`,
  nameMissing: 'Give the profile a name.',
  savedTitle: 'Saved profiles',
  savedEmpty: 'No profiles have been saved on this device yet.',
  open: 'Open',
  openLabel: (name: string, date: string) => `Open ${name} from ${date}`,
  remove: 'Delete',
  removeLabel: (name: string, date: string) => `Delete ${name} from ${date}`,
  removed: 'Profile deleted.',
  savedSummary: (name: string, date: string, title: string) =>
    `${name}, ${date}, ${title}. You see what the profile showed when it was saved. The codes themselves are not saved, so the profile cannot be worked out again.`,
  savedCaption: (name: string) => `Saved profile: ${name}`,
  closeSaved: 'Close this profile',
  changeWithoutMedian: (needed: number) => `not comparable: that needs ${needed} or more team members in both sessions`,
  bandsOnlyCaveat: (members: number, needed: number, error: string) =>
    `If a session had fewer than ${needed} members, it cannot be compared, not even when the outcome differs. With ${members} members the median itself is uncertain by about ${error} points (the standard error, at the assumed spread between people): an outcome can shift through measurement error and chance alone. So do not read the Before and After outcomes as change.`,
  compareTitle: 'Compare two sessions',
  compareHelp: 'Choose a session from before and one from after, for example the team day and the follow-up.',
  before: 'Before',
  after: 'After',
  change: 'Change',
  changeValue: (reading: ChangeReading, value: string, threshold: string) =>
    reading.change === 'about-the-same'
      ? `about the same (${value}; a change of ${threshold} or more counts)`
      : `${reading.change === 'higher' ? 'higher' : 'lower'} (${value})`,
  compareRule:
    'A difference in the median is only called “higher” or “lower” when it is probably larger than measurement error and chance differences between members, provided the assumed spread between people is right. That threshold depends on the number of team members: the fewer people, the larger the difference has to be.',
  noCompare: 'Save two profiles of the same assessment to compare them.',
  compareOtherVersions: (before: number, after: number) =>
    `These two sessions used different versions of the assessment (version ${before} and version ${after}). The statements differ, so a difference in the outcomes says nothing about change in the team. You therefore see only each session’s outcome, no change.`,
  otherVersion: 'This profile is from a different version of the assessment; you see the saved summary.',
  storage: {
    unavailable: 'Your browser does not allow saving, so profiles cannot be saved. Download the profile as a file.',
    recovered: 'The saved profiles were damaged. We have set them aside (not erased them) and are starting with an empty list.',
    locked: 'The saved profiles are damaged and could not be set aside. We are leaving them untouched and will not save anything new.',
    full: 'Your browser’s storage is full, so the profile has not been saved. Download it as a file.',
  },
  presentation: {
    label: 'Presentation of the team profile',
    progress: (position: number, total: number) => `Area ${position} of ${total}`,
    guess: 'What do you think: where does the team stand on this area? Discuss it first, then reveal it.',
    reveal: 'Reveal',
    next: 'Next',
    previous: 'Previous',
    close: 'Close presentation',
    keys: 'Right arrow or space: next · left arrow: back · Esc: close',
    end: 'That was the last area.',
  },
};
