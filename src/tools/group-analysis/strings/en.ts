/** Interface strings of the group analysis, in English. */
import type { AnswerCodeError } from '../../assessment/answer-code';
import type { AnalysisRejectReason } from '../group-analysis';
import type { groupAnalysis as dutch } from './nl';

function codeError(error: AnswerCodeError, title: string): string {
  switch (error.kind) {
    case 'empty':
      return 'There is no code yet.';
    case 'malformed':
      return 'This is not an answer code. An answer code starts with letters, a number and an A, such as KT3A-…; a result code (without the A) does not count here.';
    case 'checksum':
      return 'This code is not right: a character has been changed, lost or added. Ask the participant to copy the code again.';
    case 'other-assessment':
      return `This code belongs to another assessment (${error.code}), not to “${title}”.`;
    case 'other-version':
      return `This code comes from version ${error.version} of “${title}”; the analysis uses version ${error.expected}, because the questions differ.`;
    case 'shape':
      return `This code does not fit “${title}”: the number of questions or an answer is not right.`;
  }
}

export const groupAnalysis: typeof dutch = {
  assessmentLabel: 'Which assessment did the group take?',
  codesLabel: 'Paste the participants’ answer codes',
  codesHelp: 'One code per line. Each participant copies their answer code from the assessment’s result screen.',
  counted: (count: number) => `${count} ${count === 1 ? 'code' : 'codes'} counted.`,
  rejectedTitle: (count: number) => `${count} ${count === 1 ? 'code was' : 'codes were'} not counted:`,
  rejected: (line: number, excerpt: string, reason: AnalysisRejectReason, title: string) =>
    `Line ${line} (${excerpt}): ${
      reason.kind === 'invalid'
        ? codeError(reason.error, title)
        : reason.kind === 'duplicate'
          ? `Duplicate: this code is already on line ${reason.firstLine}.`
          : 'This code is from a manager. Their questions are worded differently, so their answers belong to another scale.'
    }`,
  tooFew: (people: number, needed: number) =>
    `There ${people === 1 ? 'is' : 'are'} ${people} ${people === 1 ? 'valid code' : 'valid codes'}. The analysis only appears once there are at least ${needed} codes: with fewer, a reliability figure means nothing and single answers could be traced.`,
  resultTitle: (people: number) => `Analysis of ${people} participants`,
  privacy:
    'Everything is calculated in your browser. The codes are not stored or sent. The screen never shows a row with one person’s answers, only figures per area and per question. It cannot recognise made-up codes: someone who pastes nine made-up codes around one real one can read from those figures what that one person answered, for example where they chose “don’t know”. So have the codes collected without names and pasted by someone the group trusts.',
  uncertainty: (people: number) =>
    `With ${people} people, α is uncertain. That is why each α comes with its 95% confidence interval (Feldt): the values of α that fit this group. With ten people that interval often runs from about 0.2 to 0.9; only with about a hundred people does it lie within a tenth either side. So read α as a pointer, not as a verdict on the assessment. And α estimates how reliable a score is; it does not prove that the questions measure one thing. That needs a factor analysis on the answers of hundreds of people.`,
  sharesRounded: (people: number) => `With fewer than ${people} participants, the share of “don’t know” is rounded to whole tens of per cent (0%, 10%, 20%, …). That way it says less about single participants.`,
  side: (dimension: string, side: string) => `${dimension}: ${side}`,
  alpha: 'Cronbach’s α',
  alphaNone: 'cannot be calculated (the answers do not differ enough)',
  alphaInterval: (lower: string, upper: string) => `95% confidence interval: ${lower} to ${upper}`,
  alphaReading: (alpha: number | null) =>
    alpha === null
      ? 'Without differences between people, reliability cannot be estimated.'
      : alpha >= 0.8
        ? 'High reliability in this group: the answers to these questions hang together closely.'
        : alpha >= 0.7
          ? 'Reliable enough in this group for a conversation about the outcome.'
          : alpha >= 0.5
            ? 'Moderate reliability in this group: read this area’s outcome with care.'
            : 'Low reliability in this group: this area’s score says little here. Look at how each question hangs together with the others below.',
  setTooFew: (people: number, needed: number) =>
    `Too few participants answered enough questions in this area (${people}; needed: ${needed}). No α can be calculated here.`,
  people: (count: number) => `${count} participants with enough answers`,
  imputed: (share: string) => `${share} of the answers were missing and have been filled in with that participant’s own average.`,
  tableCaption: (name: string) => `Questions of ${name}`,
  item: 'Question',
  itemRest: 'Fit with the other questions (r)',
  alphaIfDropped: 'α without this question',
  unknownShare: '“Don’t know”',
  flagsHeading: 'Stands out',
  none: '–',
  reversed: '(reverse-scored)',
  flags: {
    'low-item-rest': 'hardly hangs together with the other questions (r below 0.20)',
    'raises-alpha': 'α is higher without this question',
    'many-unknown': 'more than 20% answer “don’t know”',
    'little-spread': 'little spread: nearly everyone gave the same answer',
  },
  noFlags: 'No question stands out.',
  correlationsUnflagged: (needed: number) =>
    `The analysis only marks questions on how they hang together (r below 0.20, or a higher α without the question) from ${needed} participants. With fewer people, such a low r is often chance. The r values are in the tables: read them as pointers.`,
  flaggedTitle: 'Questions that stand out',
  verantwoordingLink: 'Measure reliability with your own group: the group analysis',
};
