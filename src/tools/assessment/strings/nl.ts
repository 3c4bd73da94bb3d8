/** Interface strings of the self-assessments, in Dutch. */
import type { ImportProblem } from '../history';
import type { DecodeError } from '../result-code';

/** Why a result code was refused, in words a member or facilitator can act on. */
export function codeError(error: DecodeError): string {
  switch (error.kind) {
    case 'empty':
      return 'Er staat nog geen code.';
    case 'malformed':
      return error.detail === 'format'
        ? 'Dit is geen resultaatcode van het Adviesplaybook. Een code begint met letters en een cijfer, zoals EA1-….'
        : 'Deze code bevat tekens die niet in een resultaatcode voorkomen, of is te kort.';
    case 'checksum':
      return 'Deze code klopt niet: er is een teken veranderd, weggevallen of bijgekomen. Kopieer de code opnieuw.';
    case 'unknown-assessment':
      return `Deze code hoort bij een zelfscan die deze site niet kent (${error.code}).`;
    case 'version':
      return `Deze code komt uit versie ${error.version} van “${error.title}”; deze site gebruikt versie ${error.expected}. Resultaten van verschillende versies zijn niet te vergelijken.`;
    case 'shape':
      return error.detail === 'dimensions'
        ? `Deze code past niet bij “${error.title}”: het aantal onderdelen klopt niet.`
        : 'Deze code bevat een score buiten de schaal.';
  }
}

/** Why an exported file was not imported. */
export function importProblem(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return 'Dit bestand is geen leesbaar JSON-bestand.';
    case 'not-an-export':
      return 'Dit bestand is geen export van een zelfscan uit het Adviesplaybook.';
    case 'other-release':
      return 'Dit bestand komt uit een andere versie van het playbook en kan hier niet worden gelezen.';
    case 'other-assessment':
      return `Dit bestand hoort bij een andere zelfscan (${problem.assessment}).`;
    case 'no-attempts':
      return 'Dit bestand bevat geen resultaten.';
    case 'damaged-attempt':
      return 'Dit bestand is beschadigd: een van de resultaten is onleesbaar. Er is niets geïmporteerd.';
  }
}

export const assessment = {
  codeError,
  importProblem,
  label: 'Zelfscan',
  overviewTitle: 'Zelfscans',
  overviewDescription: 'Korte vragenlijsten die je laten zien waar je staat. Je antwoorden blijven op je eigen apparaat.',
  questions: (count: number) => `${count} vragen`,
  minutes: (count: number) => `ongeveer ${count} minuten`,
  privacy: 'Je antwoorden blijven op dit apparaat. Er wordt niets verstuurd.',
  start: 'Begin de zelfscan',
  again: 'Doe de zelfscan opnieuw',
  resume: (position: number, total: number) => `Ga verder bij vraag ${position} van ${total}`,
  restart: 'Opnieuw beginnen',
  restartConfirm: 'Je antwoorden tot nu toe worden gewist. Weet je het zeker?',
  restartYes: 'Ja, begin opnieuw',
  cancel: 'Annuleer',
  lastResult: 'Bekijk je laatste resultaat',
  progress: (position: number, total: number) => `Vraag ${position} van ${total}`,
  progressLabel: 'Voortgang',
  dimensionOf: (name: string) => `Onderdeel: ${name}`,
  previous: 'Vorige vraag',
  next: 'Volgende vraag',
  finish: 'Bekijk mijn resultaat',
  skip: 'Sla deze vraag over',
  chooseAnswer: 'Kies een antwoord, of sla deze vraag over.',
  resultTitle: 'Je resultaat',
  resultIntro: 'Per onderdeel zie je waar je nu staat en wat je als volgende stap kunt doen. Het is een momentopname, geen oordeel.',
  completedOn: (date: string) => `Ingevuld op ${date}`,
  takenOnVersion: (version: number) => `Gemaakt met versie ${version} van deze zelfscan. De vragen zijn sindsdien veranderd; je ziet het resultaat zoals het toen was.`,
  scoreOnScale: (score: string, min: number, max: number) => `${score} op een schaal van ${min} tot ${max}`,
  notEnoughAnswers: 'Te weinig antwoorden',
  notEnoughAnswersMeaning: (answered: number, needed: number) =>
    `Je beantwoordde ${answered} ${answered === 1 ? 'vraag' : 'vragen'} van dit onderdeel; voor een uitkomst zijn er minstens ${needed} nodig.`,
  nextSteps: 'Volgende stappen',
  newTab: '(opent in een nieuw tabblad)',
  chartCaption: 'Je resultaat per onderdeel',
  tableDimension: 'Onderdeel',
  tableBand: 'Uitkomst',
  tableScore: 'Score',
  bandScale: 'Van links (minder) naar rechts (meer)',
  share: {
    title: 'Bewaren of delen',
    codeLabel: 'Je resultaatcode',
    codeHelp: 'Deze code bevat alleen je uitkomst per onderdeel, geen antwoorden en geen naam. Geef hem aan een begeleider voor een teamprofiel, of bewaar hem zelf.',
    copyCode: 'Kopieer code',
    copyLink: 'Kopieer deellink',
    copiedCode: 'De code is gekopieerd.',
    copiedLink: 'De deellink is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.',
    linkHelp: 'Wie de deellink opent, ziet dit resultaat. De uitkomst staat in de link zelf, na het #-teken; dat deel gaat niet naar een server.',
    print: 'Print resultaat',
    download: 'Download als bestand (JSON)',
  },
  shared: {
    title: 'Gedeeld resultaat',
    intro: (date: string) => `Iemand heeft dit resultaat met je gedeeld. Het is ingevuld op ${date} en staat niet op dit apparaat opgeslagen.`,
    takeYourself: 'Doe de zelfscan zelf',
    invalid: 'Deze deellink werkt niet.',
  },
  history: {
    title: 'Eerdere resultaten op dit apparaat',
    empty: 'Je hebt deze zelfscan op dit apparaat nog niet afgerond.',
    view: 'Bekijk',
    remove: 'Verwijder',
    removeLabel: (date: string) => `Verwijder resultaat van ${date}`,
    viewLabel: (date: string) => `Bekijk resultaat van ${date}`,
    removeAll: 'Verwijder alle resultaten',
    removeAllConfirm: 'Alle resultaten van deze zelfscan worden van dit apparaat gewist. Weet je het zeker?',
    removeAllYes: 'Ja, verwijder alles',
    removed: 'Resultaat verwijderd.',
    removedAll: 'Alle resultaten zijn verwijderd.',
    compareTitle: 'Vergelijk met een eerder resultaat',
    compareWith: 'Vergelijk je laatste resultaat met',
    earlier: 'Eerder',
    later: 'Laatste',
    change: 'Verschil',
    changes: { same: 'gelijk', higher: 'hoger', lower: 'lager', 'not-comparable': 'niet te vergelijken' } as Record<
      'same' | 'higher' | 'lower' | 'not-comparable',
      string
    >,
    version: (version: number) => `versie ${version}`,
    importLabel: 'Importeer een eerder gedownload bestand',
    imported: (added: number, skipped: number) =>
      `${added} ${added === 1 ? 'resultaat' : 'resultaten'} toegevoegd${skipped ? `, ${skipped} stond${skipped === 1 ? '' : 'en'} er al` : ''}.`,
  },
  storage: {
    unavailable:
      'Je antwoorden kunnen op dit apparaat niet worden bewaard: je browser staat opslaan niet toe. Je kunt de zelfscan wel afmaken; bewaar je resultaat dan met de code of download het.',
    full: 'De opslag van je browser is vol, dus je laatste antwoord is niet bewaard. Je kunt wel verder; bewaar je resultaat straks met de code of download het.',
    recovered: 'Je opgeslagen gegevens van deze zelfscan waren beschadigd. We hebben ze apart gezet (niet gewist) en beginnen met een schone lei.',
    locked:
      'Je opgeslagen gegevens van deze zelfscan zijn beschadigd en konden niet apart worden gezet. We laten ze ongemoeid en bewaren niets nieuws. Je kunt de zelfscan wel afmaken.',
  },
  noScript:
    'Voor het invullen met directe uitslag is JavaScript nodig. Je kunt de vragen hieronder lezen, of de papieren versie printen en je score zelf uitrekenen.',
  paperLink: 'Papieren versie met telinstructie',
  scaleSentence: (min: string, max: string, unknown?: string) =>
    `Je antwoordt op een schaal van ${min} tot ${max}${unknown ? `, of met “${unknown}”` : ''}.`,
  paper: {
    statement: 'Uitspraak',
    statements: 'Uitspraken',
    weight: (weight: string) => `telt ${weight}×`,
    title: (title: string) => `${title}: papieren versie`,
    description: 'Print deze vragenlijst, vul hem met de hand in en reken je uitkomst per onderdeel zelf uit.',
    instructionsTitle: 'Zo reken je je uitkomst uit',
    step1: 'Zet bij elke uitspraak een kruisje in het vakje dat het best bij je past.',
    step2: (reverseMark: string, min: number, max: number) =>
      `Bij uitspraken met ${reverseMark} tel je andersom: je score is ${min + max} min het cijfer dat je koos.`,
    step3: 'Tel per onderdeel je scores op en deel door het aantal uitspraken dat je beantwoordde. Sla "weet ik niet" over.',
    step4: 'Zoek je uitkomst op in de tabel van dat onderdeel.',
    reverseMark: '↺',
    reverseLabel: 'tel andersom',
    bandsTitle: (name: string) => `Uitkomsten voor ${name}`,
    range: (from: string, to: string) => `${from} tot ${to}`,
    rangeTop: (from: string, to: string) => `${from} tot en met ${to}`,
  },
};
