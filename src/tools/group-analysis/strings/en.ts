/** Interface strings of the group analysis, in English. */
import type { AnswerCodeError } from '../../assessment/answer-code';
import type { AnalysisRejectReason } from '../group-analysis';
import type { SummaryProblem } from '../pooled-summary';
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

function summaryProblem(problem: SummaryProblem, title: string): string {
  switch (problem.kind) {
    case 'too-large':
      return 'This file is too large for a summary and has not been opened.';
    case 'unreadable':
      return 'This file could not be read. Choose it again.';
    case 'not-json':
      return 'This file cannot be read as JSON: it may be damaged or not saved in full.';
    case 'not-a-summary':
      return 'This is not a summary of a group analysis.';
    case 'other-format-version':
      return `This summary has another file format (${problem.formatVersion}) and cannot be read here.`;
    case 'other-assessment':
      return `This summary belongs to another assessment (${problem.assessment}), not to “${title}”.`;
    case 'other-version':
      return `This summary comes from version ${problem.version} of “${title}”; version ${problem.expected} counts here, because the questions differ.`;
    case 'damaged':
      return `This summary is damaged or has been edited: an area, a question or a figure does not fit “${title}”.`;
    case 'duplicate':
      return `This file is the same as ${problem.firstFile} and counts once.`;
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
  languages: (nl: number, en: number) => `Language of the assessment: ${nl} Dutch, ${en} English.`,
  summaryTitle: 'Summary for an analysis across groups',
  summaryWhy: 'One group is too small to test an assessment’s questions properly. The summaries of several groups together do that better, without anyone keeping the codes.',
  summaryContents:
    'For each area (and each side of a balance) the file holds: the number of participants, how many of them took the assessment in Dutch and in English, for each question its mean and the share of “don’t know”, and how the answers to each pair of questions vary together (the covariance matrix). Means and covariances are calculated on the same answers as the α above: reverse-scored questions turned round, missing answers filled in with the participant’s own average. Figures per language are included separately only when both languages have at least 10 participants in that area. If an area has a question with little spread (nearly everyone gave the same answer), the file holds only that area’s counts and shares of “don’t know”. It also holds the assessment, its version, today’s date and the version of the file format. The file holds no codes and no answers of any one person.',
  summaryWarning:
    'The file is made in your browser and sent nowhere. One summary of 10 or more people does not show what any one person answered. Two summaries of groups that differ by just one person do show it together: the difference between the two is that person. So do not make a second summary after adding or removing a code. Only give a summary to someone the group trusts.',
  summaryDownload: 'Download the summary',
  summaryFileName: (assessment: string, version: number, date: string) => `group-summary-${assessment}-version-${version}-${date}.json`,
  poolTitle: 'Combine summaries',
  poolIntro:
    'Do you have summaries of several groups that took the same assessment? Open them here together. You then see each area’s α for all the groups together. This too happens only in your browser: the files are not stored or sent. Do not open two summaries of nearly the same group: people would count twice, and the difference between the two shows what the other people answered.',
  poolAssessmentLabel: 'Which assessment are the summaries of?',
  poolFilesLabel: 'Open summaries',
  poolFilesHelp: 'You can choose several files at once. Files of another assessment or another version do not count.',
  poolCounted: (files: number, people: number) => `${files} ${files === 1 ? 'summary' : 'summaries'} counted, ${people} participants in all.`,
  poolRejectedTitle: (count: number) => `${count} ${count === 1 ? 'file does' : 'files do'} not count:`,
  poolRejected: (name: string, problem: SummaryProblem, title: string) => `${name}: ${summaryProblem(problem, title)}`,
  poolClear: 'Close all files',
  poolResultTitle: (people: number, groups: number) => `Together: ${people} participants from ${groups} ${groups === 1 ? 'group' : 'groups'}`,
  poolMethod:
    'The α below comes from how the answers hang together within each group, combined across the groups (the pooled within-group covariance matrix). Differences between the groups as a whole do not count. The 95% confidence interval uses the total number of participants.',
  poolSetPeople: (people: number, groups: number) => `${people} participants from ${groups} ${groups === 1 ? 'group' : 'groups'}`,
  poolLeftOut: (people: number) => `${people} ${people === 1 ? 'participant does' : 'participants do'} not count here: in their group too few people answered enough questions in this area, or nearly everyone gave the same answer to a question.`,
  poolNone: 'None of the summaries has figures for this area.',
  poolByLanguage: (language: 'nl' | 'en', alpha: string, lower: string, upper: string, people: number) =>
    `${language === 'nl' ? 'Dutch' : 'English'}: α ${alpha} (95% confidence interval ${lower} to ${upper}; ${people} participants)`,
  poolByLanguageTitle: 'α per language',
  poolLanguageNote:
    'A first look at whether the Dutch and the English questions hang together equally well. It is no test of measurement invariance: whether the questions measure the same thing in both languages takes a factor analysis per language.',
  poolLanguageTooFew: (nl: number, en: number, needed: number) =>
    `α per language appears from ${needed} participants in each language (with figures per language now: ${nl} Dutch, ${en} English).`,
};
