/** Interface strings of the self-assessments, in English. */
import type { ImportProblem } from '../history';
import type { DecodeError } from '../result-code';
import type { assessment as dutch, RuleText } from './nl';

/** Why a result code was refused, in words a member or facilitator can act on. */
export function codeError(error: DecodeError): string {
  switch (error.kind) {
    case 'empty':
      return 'No code has been entered yet.';
    case 'malformed':
      return error.detail === 'format'
        ? 'This is not a result code from the Advisory playbook. A code starts with letters and a number, such as EA2-….'
        : 'This code contains characters that do not appear in a result code, or it is too short.';
    case 'checksum':
      return 'This code is not right: a character has been changed, left out or added. Copy the code again.';
    case 'unknown-assessment':
      return `This code belongs to an assessment this site does not know (${error.code}).`;
    case 'version':
      return `This code comes from version ${error.version} of “${error.title}”. This site does not know that version; the current one is version ${error.expected}.`;
    case 'shape':
      return error.detail === 'dimensions'
        ? `This code does not match “${error.title}”: the number of areas is wrong.`
        : 'This code contains a score outside the scale.';
  }
}

/** Why an exported file was not imported. */
export function importProblem(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return 'This file is not a readable JSON file.';
    case 'not-an-export':
      return 'This file is not an export of a self-assessment from the Advisory playbook.';
    case 'other-release':
      return 'This file comes from a different version of the playbook and cannot be read here.';
    case 'other-assessment':
      return `This file belongs to a different self-assessment (${problem.assessment}).`;
    case 'no-attempts':
      return 'This file contains no results.';
    case 'damaged-attempt':
      return 'This file is damaged: one of the results cannot be read. Nothing has been imported.';
  }
}

export const assessment: typeof dutch = {
  codeError,
  importProblem,
  label: 'Self-assessment',
  kindLabel: { zelfscan: 'Self-assessment', teamscan: 'Team assessment' } as Record<'zelfscan' | 'teamscan', string>,
  kindNoun: { zelfscan: 'self-assessment', teamscan: 'team assessment' } as Record<'zelfscan' | 'teamscan', string>,
  startKind: (noun: string) => `Start the ${noun}`,
  againKind: (noun: string) => `Take the ${noun} again`,
  takeKindYourself: (noun: string) => `Take the ${noun} yourself`,
  roleMissing: 'First choose how you are filling in the team assessment.',
  roleHelp: 'Your choice goes into your result code. That way a team profile can keep the managers separate from the team members.',
  roleShown: { member: 'Filled in as a member of the team', leader: 'Filled in as the team’s manager' } as Record<'member' | 'leader', string>,
  /** A side of a balance in a result of an earlier version, which judged only the difference: its number, no band. */
  noBandInVersion: 'No outcome in that version',
  border: (lower: string, upper: string) => `Close to the line between ${lower} and ${upper}`,
  borderExplain:
    'Your score is so close to the line between two outcomes that one answer a step higher or lower could have put you in the other. So read both meanings.',
  bandUncertainty: (sem: string) =>
    `An outcome is not certain. If your score is less than ${sem} points from a cut-off (the measurement error, provided the assumed reliability is right), it could fall in the outcome next to it another time. The reliability of this assessment has not been measured yet, so read an outcome as a provisional indication.`,
  verantwoordingShort: 'Read how these outcomes are worked out',
  overviewTitle: 'Self-assessments',
  overviewDescription: 'Short questionnaires that show you where you stand. Your answers stay on your own device.',
  questions: (count: number) => `${count} ${count === 1 ? 'question' : 'questions'}`,
  minutes: (count: number) => `about ${count} ${count === 1 ? 'minute' : 'minutes'}`,
  privacy: 'Your answers stay on this device. Nothing is sent.',
  /** In a learning platform (SCORM package): what it receives is listed above the assessment. */
  privacyInPlatform: 'Your learning platform only receives what is listed above.',
  start: 'Start the self-assessment',
  again: 'Take the self-assessment again',
  resume: (position: number, total: number) => `Carry on at question ${position} of ${total}`,
  restart: 'Start again',
  restartConfirm: 'This clears your answers so far. Are you sure?',
  restartYes: 'Yes, start again',
  cancel: 'Cancel',
  lastResult: 'View your last result',
  progress: (position: number, total: number) => `Question ${position} of ${total}`,
  progressLabel: 'Progress',
  previous: 'Previous question',
  next: 'Next question',
  finish: 'Show my result',
  skip: 'Skip this question',
  chooseAnswer: 'Choose an answer, or skip this question.',
  resultTitle: 'Your result',
  resultIntro:
    'For each area you see what you indicated yourself, with ideas for a next step. It is your own picture at this moment: not a judgement, and not a comparison with others.',
  completedOn: (date: string) => `Completed on ${date}`,
  takenOnVersion: (version: number) => `Taken with version ${version} of this assessment. The questions have changed since then; you see the result as it was at the time.`,
  scoreOnScale: (score: string, min: number, max: number) => `${score} on a scale of ${min} to ${max}`,
  notEnoughAnswers: 'Not enough answers',
  notEnoughAnswersMeaning: (answered: number, needed: number) =>
    `You answered ${answered} ${answered === 1 ? 'question' : 'questions'} in this area; an outcome needs at least ${needed}.`,
  nextSteps: 'Next steps',
  newTab: '(opens in a new tab)',
  chartCaption: 'Your result for each area',
  tableDimension: 'Area',
  tableBand: 'Outcome',
  tableScore: 'Score',
  bandScale: 'From left (less) to right (more)',
  scaleGroup: (kind: 'frequency' | 'agreement', first: string, last: string, apart: boolean) =>
    `${kind === 'agreement' ? 'Agree-disagree scale' : 'How-often scale'}, from “${first}” to “${last}”.${apart ? ' Do not set this outcome beside the areas above: a 4 means something different here.' : ''}`,
  answerCode: {
    title: 'Code for a group analysis',
    explain:
      'This code holds every answer you gave, but no name. You only need it if a facilitator runs a group analysis with your group, which shows how well the statements measure in your group. The group analysis screen never shows the answers of one code, but anyone who gets the code from you knows it comes from you. So hand it in without your name, for example on a slip of paper in a box.',
    copy: 'Copy the code for the group analysis',
    copied: 'The code for the group analysis has been copied.',
  },
  share: {
    title: 'Save or share',
    codeLabel: 'Your result code',
    teamCodeHelp:
      'This code holds your outcome for each area, the month you took the assessment, whether you are a member or the manager, and your answers to the four statements about trust in the team. It does not hold your name. Give it without your name to whoever makes the team profile, for example on a slip of paper in a box. The team profile shows no outcome or answer of any one person, but it cannot recognise made-up codes: someone who puts four made-up codes beside yours can work out your outcome. So only give your code to someone you trust.',
    codeHelp: 'This code holds your outcome for each area and the month you took the assessment. It holds no answers and no name. Give it to a facilitator for a team profile, or keep it yourself. Anyone who gets the code from you can open and read your outcome for each area, and knows it comes from you. So for a team profile, hand it in without your name, for example on a slip of paper in a box.',
    copyCode: 'Copy code',
    copyLink: 'Copy share link',
    copiedCode: 'The code has been copied.',
    copiedLink: 'The share link has been copied.',
    copyFailed: 'Couldn’t copy the text. Select it and copy it yourself.',
    linkHelp: 'Anyone who opens the share link sees this result. The outcome is in the link itself, after the # sign; that part is not sent to a server.',
    print: 'Print result',
    download: 'Download as a file (JSON)',
  },
  shared: {
    title: 'Shared result',
    intro: (month: string) => `Someone has shared this result with you. It was completed in ${month} and is not stored on this device.`,
    legacy: (version: number, current: number) =>
      `This code comes from version ${version} of this assessment. You see the outcomes as they were then, for reading only. The questions in version ${current} are different, so today’s explanations and next steps do not fit it.`,
    takeYourself: 'Take the self-assessment yourself',
    invalid: 'This share link does not work.',
    teamCode:
      'This is a code from the team assessment. Such a code does not open as a single result, so that no one can read one team member’s outcome. Paste it into the team profile together with the other team members’ codes.',
    toTeamProfile: 'Go to the team profile',
  },
  history: {
    title: 'Earlier results on this device',
    empty: 'You have not completed this assessment on this device yet.',
    view: 'View',
    remove: 'Delete',
    removeLabel: (date: string) => `Delete result from ${date}`,
    viewLabel: (date: string) => `View result from ${date}`,
    removeAll: 'Delete all results',
    removeAllConfirm: 'All results of this assessment will be cleared from this device. Are you sure?',
    removeAllYes: 'Yes, delete everything',
    removed: 'Result deleted.',
    removedAll: 'All results have been deleted.',
    compareTitle: 'Compare with an earlier result',
    compareWith: 'Compare your latest result with',
    earlier: 'Earlier',
    later: 'Latest',
    change: 'Difference',
    changes: { same: 'about the same', higher: 'higher', lower: 'lower', 'not-comparable': 'cannot be compared' } as Record<
      'same' | 'higher' | 'lower' | 'not-comparable',
      string
    >,
    changeRule:
      'A difference only counts as “higher” or “lower” if it is probably larger than the area’s measurement error, provided the assumed reliability is right (the rule is set out in the notes on this assessment). The fewer statements you answered, the larger the difference has to be. Smaller differences are called “about the same” here.',
    otherVersion: 'Results from different versions cannot be compared: the questions are different.',
    version: (version: number) => `version ${version}`,
    importLabel: 'Import a file you downloaded earlier',
    imported: (added: number, skipped: number) =>
      `${added} ${added === 1 ? 'result' : 'results'} added${skipped ? `, ${skipped} ${skipped === 1 ? 'was' : 'were'} already there` : ''}.`,
  },
  storage: {
    unavailable:
      'Your answers cannot be saved on this device: your browser does not allow it. You can still finish the assessment; then keep your result with the code or download it.',
    full: 'The storage in your browser is full, so your last answer was not saved. You can carry on; keep your result afterwards with the code or download it.',
    recovered: 'Your saved data for this assessment was damaged. We have set it aside (not deleted it) and are starting with a clean slate.',
    locked:
      'Your saved data for this assessment is damaged and could not be set aside. We are leaving it untouched and will not save anything new. You can still finish the assessment.',
  },
  noScript:
    'To fill this in and see your result straight away, you need JavaScript. You can read the questions below, or print the paper version and work out your score yourself.',
  paperLink: 'Paper version and scoring key',
  scaleChange: (kind: 'frequency' | 'agreement', first: string, last: string) =>
    `Please note: from here on you choose ${kind === 'agreement' ? 'how far you agree with the statement' : 'how often it happens'}, from “${first}” to “${last}”.`,
  staticLeaderReads: 'Are you the team’s manager? Then read:',
  scaleSentence: (min: string, max: string, unknown?: string) =>
    `You answer on a scale of ${min} to ${max}${unknown ? `, or with “${unknown}”` : ''}.`,
  manual: {
    title: (title: string) => `About: ${title}`,
    /** The last breadcrumb, after the assessment's own title. */
    crumb: 'About this assessment',
    description: (title: string) =>
      `What “${title}” measures and what it is for, who it is for, how the questions were written, how it is scored, how the outcomes were set, what is known about reliability and validity, and what changed in each version.`,
    lead: 'This page follows the questions the Dutch review of tests (COTAN) asks of a test manual. Where something is not yet known, the page says so, and what would be needed to know it.',
    measures: 'What this assessment measures and what it rests on',
    use: 'What it is for',
    notMeasured: 'What this assessment does not measure',
    targetGroup: 'Who it is for',
    construction: 'How the statements were written',
    sources: 'Where the questions come from',
    sourcesIntro: 'The questions were written for this playbook, based on the sources below.',
    noYear: 'year not stated',
    methodSources: 'The calculations on this page come from:',
    sourcesLink: 'All sources of the playbook',
    structure: 'Structure',
    structureRow: (items: number, scale: string) => `${items} ${items === 1 ? 'statement' : 'statements'}, ${scale}`,
    scaleKinds: { frequency: 'answer: how often (never to (almost) always)', agreement: 'answer: agree or disagree' } as Record<'frequency' | 'agreement', string>,
    reverse: (count: number) => (count === 0 ? '' : `, ${count} of them scored in reverse`),
    dimension: 'Area',
    content: 'What the area covers',
    administration: 'Filling it in and scoring',
    scormOutcome:
      'In a learning platform (SCORM), a trainer can choose the package “with outcome”. Every package reports on completion only that the assessment has been completed. In the package “with outcome”, the participant then chooses on the result screen whether the outcome goes to the platform; if they do not choose to, nothing more is sent. If they do, the platform holds, for each area, only the word of the outcome, next to the participant’s name: in cmi.objectives.n.id the code of the area with the outcome (for example verbinden_getting-there), with status completed. If the score lies on the line between two outcomes, both are named (for example verbinden_op-de-grens_getting-there_strength). With too few answers only the code is sent, with status incomplete. The two sides of an area such as Asking and offering are never sent. No answers are sent and no score (score.raw stays empty): a number from 0 to 100 reads as a grade. Anyone who can read the course’s reports does see that person’s outcome. No package keeps answers or progress in the platform (cmi.suspend_data): they stay on the device. Answers an older package left there are deleted when the package starts. Only choose the package “with outcome” if the outcomes are really needed, and tell the group beforehand.',
    instructionsTitle: 'The instructions, on screen and on paper',
    leaderWording: (count: number) =>
      `A manager gets ${count} statements in their own wording, about their own behaviour, and their own meaning for outcomes where it differs.`,
    bands: 'Norms and the cut-offs of the outcomes',
    rulesTitle: 'Fixed rules for all outcomes',
    ruleMinAnswered: (count: number) => `An area only gets an outcome if you have answered at least ${count} of its statements. “Don’t know” does not count.`,
    ruleUnknown: 'If you choose “Don’t know / not applicable”, that statement is left out of the average; the average is taken over the statements you did answer. A skipped statement is left out too.',
    ruleBorder: (example?: { items: number; full: string; minAnswered: number; atMinimum: string }) =>
      [
        'A score is “close to the line between” two outcomes, with the meaning of both, when one answer a step higher or lower could put it in the other outcome. One step moves an average of n answered statements by 1/n points: the fewer statements you answered, the wider the zone around the line. For a balance, the side with the fewest answered statements counts.',
        'The rule works on the exact average, not on the rounded score. If the average minus 1/n, or the average plus 1/n, falls in another outcome, the score is close to the line with that outcome. An average more than 1/n from both edges of its outcome is not close to the line.',
        example
          ? `In this assessment, 1/n is ${example.full} points with all ${example.items} statements of an area answered, and ${example.atMinimum} points with ${example.minAnswered} answered.`
          : '',
        'The screen, your history, a shared link, the paper version and the team profile all use the same rule. A result code (a shared link, the team profile) does not say how many statements someone answered; there the rule counts every statement of the area.',
      ]
        .filter(Boolean)
        .join(' '),
    ruleBandUncertainty: (sem: string) =>
      `The outcomes are an uncertain classification. With the assumed reliability (see “Change between two attempts”), the measurement error of a score is about ${sem} points. A score less than that from a cut-off could just as well fall in the neighbouring outcome on another day. The screen says so in one sentence below the outcomes. “Close to the line” is shown only when one answer a step different carries the score across the line: if the assessment said it of every score within the measurement error, it would appear beside almost every middle outcome and stop meaning anything.`,
    ruleChange: (rule: RuleText) =>
      `If you compare two attempts, a difference only counts as “higher” or “lower” if it is ${rule.change} points or more${rule.fewer ? ` (${rule.fewer.change} points if you answered only ${rule.fewer.items} of the area’s statements)` : ''}. A smaller difference can also arise because you read or answer the same questions slightly differently the second time: that is called “about the same”. A larger difference is probably larger than measurement error, ${rule.assumed ? 'provided the assumed reliability is right' : 'provided the measured reliability holds for you too'}. The limit follows Jacobson and Truax’s rule for reliable change, with a reliability of ${rule.reliability} for ${rule.items} statements and a spread between people of ${rule.sd} points. ${rule.assumed ? 'These values are a cautious, untested assumption: until a group analysis measures the real reliability, the assessment assumes the statements hang together only weakly, so that it does not see a change too soon.' : 'These values were measured (see Reliability).'}`,
    limitsStep: (step: string, answered: number, items: number) =>
      `If you answered only ${answered} of an area’s ${items} statements, one answer a step different moves the average by ${step} points. The “close to the line” rule allows for that on your own screen, but not in a result code, which does not know how many statements were answered. Such an outcome is less precise than it looks.`,
    mixedScales: 'Areas on a different scale (how often, or agree and disagree) have their own words and are not compared with each other: a 4 means something different on the two scales.',
    bandTable: (name: string) => `Outcomes for ${name}`,
    range: 'Score',
    band: 'Outcome',
    reading: 'How to read an outcome',
    change: 'Change between two attempts',
    changeText: (rule: RuleText) =>
      [
        'If you fill in the assessment twice, the screen only says “higher” or “lower” when the difference is probably larger than measurement error. That holds only if the reliability the assessment calculates with is right. The rule is the reliable change index of Jacobson and Truax: a difference counts when it is larger than 1.96 × √2 × SD × √(1 − r). Here r is the reliability of the score and SD the spread of scores between people.',
        'How reliable an average is depends on the number of statements behind it. So the assessment works out r for each score with the Spearman–Brown formula: r = k × ρ / (1 + (k − 1) × ρ). Here k is the number of statements answered and ρ the average correlation between two statements of an area.',
        rule.assumed
          ? `Neither that correlation nor the spread has been measured for this assessment yet. Until there are local figures, the assessment calculates with ρ = ${rule.interItem} and SD = ${rule.sd}. That ρ is not a measurement but an assumption, and a deliberately cautious one: it lies at the low end of the range Clark and Watson (1995) recommend for the correlation between statements (0.15 to 0.50). Some areas ask about different kinds of behaviour, and then the statements hang together less. A low ρ gives a higher threshold, so the screen is more likely to call a change too late than too soon. Once a group analysis measures the real reliability, the assessment uses that instead.`
          : `For this assessment they were measured: the measured reliability comes down to ρ = ${rule.interItem}, and SD = ${rule.sd}.`,
        `With ${rule.items} statements answered, r = ${rule.reliability} and the measurement error of a score is ${rule.sem} points. That gives a threshold of ${rule.threshold} points: a difference of ${rule.change} or more is called “higher” or “lower”, a smaller one “about the same”.`,
        rule.fewer
          ? `With ${rule.fewer.items} statements answered, r = ${rule.fewer.reliability} and the threshold is ${rule.fewer.threshold} points: then only a difference of ${rule.fewer.change} or more counts. If you answered fewer statements one time than the other, the measurement error of each time counts separately.`
          : '',
        'One answer moving one step never counts as a change. Attempts of different versions are not compared.',
      ]
        .filter(Boolean)
        .join(' '),
    teamChange:
      'A team compared with itself: the team profile compares the medians of two sessions. Because the codes are anonymous, the two sessions are treated as separate groups. This is only possible when both sessions had eight or more members. With fewer, the profile says “not comparable”, even when the outcome differs: with five members the threshold is already about 1.1 points, wider than an outcome. The threshold depends on the number of members: with eight members in each session about 0.9 points, with ten about 0.8. Below it, the profile says “about the same”. A larger difference is probably larger than measurement error, provided the assumed spread between people is right. When the two moments used different versions of the assessment, no change is shown: the statements differ.',
    team: 'The team profile',
    teamText:
      'A facilitator combines team members’ result codes into a team profile. A code holds one score per area and no name; answers only to the statements about the team (see below). Managers are counted separately and never together with the members. With five or more members, the profile shows which outcome the middle (the median) of each area falls in. The median as a number, the distribution over the outcomes and the spread appear only with eight or more, and even then never an outcome with one or two people: it is merged into the outcome next to it. When a facilitator saves a profile, the device keeps only what the screen showed, never the codes. What the profile cannot do is recognise made-up codes. A code has no name and cannot be told apart from a real one. Someone who pastes four made-up codes, two very low and two very high, around one real code gets that one person’s score as the median, and so sees which outcome it falls in. With more made-up codes this also works with eight or more, and then the number is shown too. The profile appears only when the facilitator chooses “Make the team profile”; the codes are then fixed until “Start again with other codes”. So the profile does not change while someone removes or adds codes. A new profile that differs by only one or two codes from an earlier profile in the same visit to the page is refused: side by side, the two would show how those one or two people answered. Reloading the page gets round this refusal: the screen does not remember the codes. So the profile protects against reading a profile of real codes by accident, not against a facilitator who sets out to get round it. A code does not say in which language the assessment was filled in either: the profile combines codes from the Dutch and the English version without noticing. Whether the two versions measure the same thing has not been tested, so preferably do not mix them in one profile. Collect the codes without names, for example on slips of paper, and have them pasted all at once by someone the team trusts, preferably not the manager. A code itself is one person’s outcome. That is why a team assessment code does not open as a shared link: only the team profile reads it. A learning-platform (SCORM) version of the team assessment only passes on that someone completed the assessment, never the answers or the scores.',
    agreement: (teamAreas: string) =>
      `Agreement is shown only for the areas whose statements are about the team as a whole: ${teamAreas}. The other areas ask about your own work or about how management treats you (“I …”, “my manager … me”). A manager may really treat one member differently from another; differences between members there are not a lack of agreement. There the team’s middle is a sum of self-descriptions, and whether members say the same about themselves means nothing. This follows Chan’s (1998) typology: agreement only counts when the statements refer to the team (a referent-shift model), not for an additive sum. Agreement is also shown only with eight or more members, like the spread: an index of 1.00 next to a median gives away everyone’s score. To compute agreement, this assessment’s result code holds, besides the score per area, your answers to the statements of ${teamAreas}, without a name. Only the facilitator’s browser reads those answers, to compute the index; the team profile never shows them, and neither keeps nor sends them. The index is r_wg(J) by James, Demaree and Wolf (1984), the usual measure of agreement over several statements. For each statement the profile computes how far the members’ answers differ (the variance), and takes the average over the statements. A reversed statement is turned round first. Someone who skipped a statement or chose “don’t know” is left out of that one statement, not of the others. That average is compared with the variance you would get if everyone answered without agreeing. The index runs from 0 (no closer together than without agreement) to 1 (everyone exactly the same); when the answers lie further apart than without agreement, it is 0, as is usual (LeBreton and Senter, 2008). The profile compares with two ways of answering without agreement. The first is random answering: every answer equally often, a variance of 2.00 per statement on five points. The second is slightly skewed answering, because many people answer statements about their own team a little more often positively, without agreeing with each other: 5, 15, 20, 35 and 25 per cent of the answers on 1 to 5, a variance of 1.34 (the slight skew in LeBreton and Senter’s 2008 overview). The profile shows both numbers. The word “agreement” appears only when the index against slightly skewed answering is 0.70 or higher, the cut-off usual in research (LeBreton and Senter, 2008); otherwise it says “no clear agreement”. That cut-off is a convention, not a test against chance. In a simulation, a team of eight to twelve people answering at random almost never read as agreeing (3 of 50,000 teams), and a team answering slightly skewed without agreeing about 3 times in 100. With four statements, 0.70 means the answers to a statement lie on average no more than about one step apart (a standard deviation up to about 0.9). Codes from an earlier version of the assessment hold no answers; then the profile says that agreement cannot be computed. What is still missing is evidence that teams really differ from each other: the intraclass correlations ICC(1), the share of the differences between people that belongs to the team, and ICC(2), how reliable a team’s average is. They need the scores of dozens of teams side by side, each with five or more members. Such data do not exist yet: the team profile collects nothing. Until they do, it is not known whether the assessment measures differences between teams reliably.`,
    reliability: 'Reliability',
    groupAnalysis: 'Measure it in your own group',
    groupAnalysisText:
      'Do you run this assessment with a group of ten or more people, for example on a course? Then you can measure its reliability in your own group. After filling it in, each participant hands in, without their name, a code with all their answers and no name. Combine at least ten of those codes on the facilitator’s screen. You then see, for each area, Cronbach’s alpha; for each statement, how it relates to the rest of its area and how often “don’t know” was chosen; and which statements stand out. Everything is computed in your browser; nothing is stored or sent, and the screen never shows one person’s answers. Like the team profile, it cannot recognise made-up codes: have the codes collected without names by someone the group trusts. With fewer than ten codes the screen does not compute anything. With ten people α is still very uncertain, so a 95% confidence interval (Feldt) is shown beside it. For an α of 0.70 and four statements it runs from about 0.21 to 0.92 with ten people, from 0.48 to 0.84 with thirty and from 0.59 to 0.79 with a hundred. An estimate good enough to decide about the assessment (to within about a tenth) therefore needs about a hundred respondents, for example by pasting the codes of several groups together.',
    validity: 'Validity',
    constructValidity: 'Does it measure what it says it measures?',
    criterionValidity: 'Is the outcome related to anything outside the assessment?',
    limits: 'Limits of this assessment',
    translation: 'The English edition and the Dutch original',
    history: 'Versions and what changed',
    version: (version: number, date: string) => `Version ${version} (${date})`,
    changesCaption: (version: number) => `What changed in version ${version}, statement by statement`,
    old: 'Was',
    new: 'Now',
    why: 'Why',
    none: '(new)',
    dropped: '(removed)',
    back: (title: string) => `Back to ${title}`,
  },
  paper: {
    statement: 'Statement',
    statements: 'Statements',
    weight: (weight: string) => `counts ${weight}×`,
    title: (title: string) => `${title}: paper version`,
    description: 'Print this questionnaire and fill it in by hand. Then use the scoring key, a separate sheet, to work out your outcome for each area.',
    printQuestionnaire: 'Print the questionnaire',
    printKey: 'Print the scoring key',
    keyTitle: (title: string) => `${title}: scoring key`,
    keyDescription: 'Use this sheet to work out your outcome for each area. It shows which statements belong to which area.',
    keySeparateTitle: 'The scoring key',
    keySeparate:
      'The scoring key is a separate sheet. Hand it out only once the questionnaire has been filled in, or work out the outcomes yourself as the trainer. Someone who can see what a statement measures while answering tends to answer towards it.',
    keyLink: 'Go to the scoring key',
    keyHandOut: 'Hand this sheet out only once the questionnaire has been filled in.',
    questionnaireLink: 'Go to the questionnaire',
    leaderMeaning: 'For the manager',
    instructionsTitle: 'How to work out your outcome',
    step1: 'For each statement, tick the box that fits you best.',
    step2: (reverseMark: string, min: number, max: number) =>
      `For statements marked ${reverseMark}, count in reverse: your score is ${min + max} minus the number you chose.`,
    step3: `For each area, add up your scores and divide by the number of statements you answered. Skip “don’t know”. Round the average to one decimal place, as the screen does: 2.75 becomes 2.8.`,
    step4: (example: { items: number; full: string; minAnswered: number; atMinimum: string } | undefined) =>
      [
        'Look up your outcome in the table for that area. Then check whether your score is close to the line. Divide 1 by the number of statements of that area you answered. Add that figure to your average before rounding, and also subtract it. If either result falls in another outcome, your score is close to the line: read that outcome as well.',
        example ? `With ${example.items} statements answered that figure is ${example.full}; with ${example.minAnswered}, ${example.atMinimum}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    stepMinAnswered: (count: number) => `If you answered fewer than ${count} statements in an area, that area has no outcome.`,
    reverseMark: '↺',
    reverseLabel: 'count in reverse',
    bandsTitle: (name: string) => `Outcomes for ${name}`,
    /** A band's scores, by which of its bounds it includes (scoring.ts `boundsOf`). */
    bandRange: (bounds: { fromIncluded: boolean; toIncluded: boolean }, from: string, to: string) =>
      `${bounds.fromIncluded ? from : `over ${from}`} to ${bounds.toIncluded ? `${to} inclusive` : `under ${to}`}`,
  },
};
