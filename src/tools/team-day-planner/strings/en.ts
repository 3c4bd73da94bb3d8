/** Interface strings of the team-day planner, in English. The six parts themselves are content: content/tools/team-day-planner.yaml. */
import type { MinutesProblem } from '../team-day-planner';
import type { teamDayPlanner as dutch } from './nl';

const minutesWord = (minutes: number) => `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;

export const teamDayPlanner: typeof dutch = {
  storage: {
    unavailable:
      'Your browser does not allow saving. You can still make the programme, print it and add it to your calendar, but it is gone once you close the page.',
    full: 'Your browser’s storage is full, so your last change has not been saved. Print the programme, or free up some space and try again.',
    recovered: 'Your saved programme was damaged. We have set it aside (not erased it) and are starting again with the suggested programme from the play.',
    locked:
      'Your saved programme is damaged and could not be set aside. We are leaving it untouched and will not save anything new. You can still make and print a programme.',
  },

  dayTitle: '1. The day',
  titleLabel: 'Title',
  dateLabel: 'Date of the team day',
  startLabel: 'Start time',
  locationLabel: 'Location (optional)',

  programmeTitle: '2. The programme',
  programmeHelp:
    'The six parts come from the play, with the suggested timings. Change how long each part takes and write down who leads it. You can change the order and add parts; the six fixed parts always stay in.',
  coreTag: 'fixed part',
  extraTag: 'extra part',
  partTitleLabel: 'Name of the part',
  minutesLabel: 'Duration (minutes)',
  leadLabel: 'Who leads it?',
  breakLabel: 'Break afterwards (minutes)',
  breakHelp: '0 means no break.',
  lastBreakIgnored: (minutes: number) => `The break of ${minutesWord(minutes)} after this part does not count, because this is now the last part.`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  removePart: 'Remove',
  partName: (title: string) => `: ${title}`,
  moved: (title: string, position: number, total: number) => `‘${title}’ is now in position ${position} of ${total}.`,
  addPart: 'Add a part',
  added: 'New part added at the end of the programme.',
  removed: (title: string) => `‘${title}’ has been taken out of the programme.`,
  minutesProblem: (problem: MinutesProblem, limits: { min: number; max: number }, current: number) => {
    const reason = {
      empty: 'Fill in the number of minutes.',
      'not-whole': 'Fill in a whole number of minutes, without a comma or full stop.',
      'too-small': `That is too short: ${minutesWord(limits.min)} at least.`,
      'too-large': `That is too long: ${minutesWord(limits.max)} at most.`,
    }[problem];
    return `${reason} The programme still uses ${minutesWord(current)}.`;
  },

  followUpTitle: '3. The follow-up session',
  followUpHelp: 'A few weeks after the team day, you look back together. Fix the date now.',
  followUpDateLabel: 'Date',
  followUpDateHelp: 'By default, four weeks after the team day.',
  followUpDateReset: 'Reset to four weeks after the team day',
  followUpStartLabel: 'Start time',
  followUpMinutesLabel: 'Duration (minutes)',
  followUpLeadLabel: 'Who leads it?',

  agendaTitle: '4. The programme with times',
  noDate: 'No date chosen yet',
  noStart: 'Fill in a start time. Then the planner works out the times.',
  pastMidnight: 'The programme runs past midnight. Make parts shorter or start earlier.',
  followUpBeforeDay: 'The follow-up session is not after the team day. Choose a later date.',
  nextDay: '(next day)',
  time: 'Time',
  part: 'Part',
  lead: 'Led by',
  pause: 'Break',
  proposalCaption: (start: string) => `The suggested programme from the play, starting at ${start}`,
  noLead: '–',
  dayLine: (date: string, from: string, to: string, location: string) => `${date}, ${from}–${to}${location ? `, ${location}` : ''}`,
  dayLineNoTimes: (date: string, location: string) => `${date}${location ? `, ${location}` : ''}`,
  followUpWhen: (date: string, from: string, to: string) => `${date}, ${from}–${to}`,
  followUpNoDate: 'Date to follow: four weeks after the team day',
  followUpWhenNoStart: (date: string) => `${date}, start time not filled in yet`,
  purpose: 'Purpose',
  ledBy: (lead: string) => `led by ${lead}`,
  leadLine: 'Led by',

  print: 'Print the programme',
  download: 'Add to your calendar (.ics)',
  downloadHelp: 'A calendar file with the team day and the follow-up session, for Outlook, Google Calendar or the calendar app on your phone.',
  downloaded: 'The calendar file has been downloaded. Open it to add the appointments to your calendar.',
  calendarMissing: {
    date: 'First choose the date of the team day. Then the planner can make the appointments.',
    start: 'First fill in the start time of the team day.',
    'follow-up-start': 'First fill in the start time of the follow-up session.',
  },
  newPlan: 'New programme',
  newPlanQuestion:
    'Are you sure? Your current programme will be erased from this device, and you start again with the suggested programme from the play.',
  newPlanYes: 'Yes, erase it and start again',
  cancel: 'Cancel',
  cleared: 'Your old programme has been erased. The suggested programme from the play is ready again.',
};
