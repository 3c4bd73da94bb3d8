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
        ? 'Dit is geen resultaatcode van het Adviesplaybook. Een code begint met letters en een cijfer, zoals EA2-….'
        : 'Deze code bevat tekens die niet in een resultaatcode voorkomen, of is te kort.';
    case 'checksum':
      return 'Deze code klopt niet: er is een teken veranderd, weggevallen of bijgekomen. Kopieer de code opnieuw.';
    case 'unknown-assessment':
      return `Deze code hoort bij een scan die deze site niet kent (${error.code}).`;
    case 'version':
      return `Deze code komt uit versie ${error.version} van “${error.title}”. Die versie kent deze site niet; de huidige is versie ${error.expected}.`;
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
  kindLabel: { zelfscan: 'Zelfscan', teamscan: 'Teamscan' } as Record<'zelfscan' | 'teamscan', string>,
  kindNoun: { zelfscan: 'zelfscan', teamscan: 'teamscan' } as Record<'zelfscan' | 'teamscan', string>,
  startKind: (noun: string) => `Begin de ${noun}`,
  againKind: (noun: string) => `Doe de ${noun} opnieuw`,
  takeKindYourself: (noun: string) => `Doe de ${noun} zelf`,
  roleMissing: 'Kies eerst hoe je de teamscan invult.',
  roleHelp: 'Je keuze komt in je resultaatcode. Zo kan een teamprofiel de leiding apart houden van de teamleden.',
  roleShown: { member: 'Ingevuld als lid van het team', leader: 'Ingevuld als leidinggevende van het team' } as Record<'member' | 'leader', string>,
  border: (lower: string, upper: string) => `Op de grens tussen ${lower} en ${upper}`,
  borderExplain:
    'Je score ligt dicht bij de grens tussen twee uitkomsten: één antwoord een stap anders, en je zat in de andere. Lees daarom beide betekenissen.',
  balanceScore: (difference: string, first: string, second: string) => `verschil ${difference} (${second} min ${first})`,
  sideScore: (name: string, score: string, min: number, max: number) => `${name}: ${score} op een schaal van ${min} tot ${max}`,
  sidesTitle: 'De twee kanten',
  verantwoording: 'Verantwoording: wat deze scan meet en wat niet',
  verantwoordingShort: 'Lees hoe deze uitkomsten tot stand komen',
  overviewTitle: 'Zelfscans',
  overviewDescription: 'Korte vragenlijsten die je laten zien waar je staat. Je antwoorden blijven op je eigen apparaat.',
  questions: (count: number) => `${count} vragen`,
  minutes: (count: number) => `ongeveer ${count} minuten`,
  privacy: 'Je antwoorden blijven op dit apparaat. Er wordt niets verstuurd.',
  /** In a learning platform (SCORM package): what it receives is listed above the scan. */
  privacyInPlatform: 'Je leeromgeving krijgt alleen wat hierboven staat.',
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
  resultIntro:
    'Per onderdeel zie je wat je zelf hebt aangegeven, met ideeën voor een volgende stap. Het is jouw beeld op dit moment: geen oordeel, en geen vergelijking met anderen.',
  completedOn: (date: string) => `Ingevuld op ${date}`,
  takenOnVersion: (version: number) => `Gemaakt met versie ${version} van deze scan. De vragen zijn sindsdien veranderd; je ziet het resultaat zoals het toen was.`,
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
    codeHelp: 'Deze code bevat je uitkomst per onderdeel en de maand waarin je de scan invulde, geen antwoorden en geen naam. Geef hem aan een begeleider voor een teamprofiel, of bewaar hem zelf. Wie de code van jou krijgt, weet wel dat hij van jou komt.',
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
    intro: (month: string) => `Iemand heeft dit resultaat met je gedeeld. Het is ingevuld in ${month} en staat niet op dit apparaat opgeslagen.`,
    legacy: (version: number, current: number) =>
      `Deze code komt uit versie ${version} van deze scan. Je ziet de uitkomsten zoals ze toen waren, alleen om te lezen. De vragen van versie ${current} zijn anders, dus uitleg en volgende stappen van nu passen er niet bij.`,
    takeYourself: 'Doe de zelfscan zelf',
    invalid: 'Deze deellink werkt niet.',
  },
  history: {
    title: 'Eerdere resultaten op dit apparaat',
    empty: 'Je hebt deze scan op dit apparaat nog niet afgerond.',
    view: 'Bekijk',
    remove: 'Verwijder',
    removeLabel: (date: string) => `Verwijder resultaat van ${date}`,
    viewLabel: (date: string) => `Bekijk resultaat van ${date}`,
    removeAll: 'Verwijder alle resultaten',
    removeAllConfirm: 'Alle resultaten van deze scan worden van dit apparaat gewist. Weet je het zeker?',
    removeAllYes: 'Ja, verwijder alles',
    removed: 'Resultaat verwijderd.',
    removedAll: 'Alle resultaten zijn verwijderd.',
    compareTitle: 'Vergelijk met een eerder resultaat',
    compareWith: 'Vergelijk je laatste resultaat met',
    earlier: 'Eerder',
    later: 'Laatste',
    change: 'Verschil',
    changes: { same: 'ongeveer gelijk', higher: 'hoger', lower: 'lager', 'not-comparable': 'niet te vergelijken' } as Record<
      'same' | 'higher' | 'lower' | 'not-comparable',
      string
    >,
    balanceChanges: { same: 'ongeveer gelijk', higher: 'meer naar bieden', lower: 'meer naar vragen', 'not-comparable': 'niet te vergelijken' } as Record<
      'same' | 'higher' | 'lower' | 'not-comparable',
      string
    >,
    changeRule:
      'Een verschil telt pas als het groter is dan wat één antwoord, één stap anders, kan veroorzaken. Kleinere verschillen heten hier “ongeveer gelijk”.',
    otherVersion: 'Resultaten van verschillende versies zijn niet te vergelijken: de vragen zijn anders.',
    version: (version: number) => `versie ${version}`,
    importLabel: 'Importeer een eerder gedownload bestand',
    imported: (added: number, skipped: number) =>
      `${added} ${added === 1 ? 'resultaat' : 'resultaten'} toegevoegd${skipped ? `, ${skipped} stond${skipped === 1 ? '' : 'en'} er al` : ''}.`,
  },
  storage: {
    unavailable:
      'Je antwoorden kunnen op dit apparaat niet worden bewaard: je browser staat opslaan niet toe. Je kunt de scan wel afmaken; bewaar je resultaat dan met de code of download het.',
    full: 'De opslag van je browser is vol, dus je laatste antwoord is niet bewaard. Je kunt wel verder; bewaar je resultaat straks met de code of download het.',
    recovered: 'Je opgeslagen gegevens van deze scan waren beschadigd. We hebben ze apart gezet (niet gewist) en beginnen met een schone lei.',
    locked:
      'Je opgeslagen gegevens van deze scan zijn beschadigd en konden niet apart worden gezet. We laten ze ongemoeid en bewaren niets nieuws. Je kunt de scan wel afmaken.',
  },
  noScript:
    'Voor het invullen met directe uitslag is JavaScript nodig. Je kunt de vragen hieronder lezen, of de papieren versie printen en je score zelf uitrekenen.',
  paperLink: 'Papieren versie met telinstructie',
  scaleSentence: (min: string, max: string, unknown?: string) =>
    `Je antwoordt op een schaal van ${min} tot ${max}${unknown ? `, of met “${unknown}”` : ''}.`,
  manual: {
    title: (title: string) => `Verantwoording: ${title}`,
    /** The last breadcrumb, after the assessment's own title. */
    crumb: 'Verantwoording',
    description: (title: string) => `Wat “${title}” meet en wat niet, waar de vragen vandaan komen, hoe de uitkomsten zijn bepaald en wat er per versie veranderde.`,
    lead: 'Deze pagina volgt de vragen die een beoordeling van een test stelt: wat meet hij, waar komen de vragen vandaan, hoe zijn de uitkomsten bepaald en wat zijn de grenzen.',
    measures: 'Wat deze scan meet',
    notMeasured: 'Wat deze scan niet meet',
    sources: 'Waar de vragen vandaan komen',
    sourcesIntro: 'De vragen zijn geschreven voor dit playbook, op basis van de bronnen hieronder. De codes verwijzen naar de inhoudskaart van het playbook.',
    sourcesLink: 'Alle bronnen van het playbook',
    structure: 'Opbouw',
    structureRow: (items: number, scale: string) => `${items} uitspraken, ${scale}`,
    balanceRow: (first: string, firstCount: number, second: string, secondCount: number, scale: string) =>
      `balans: ${firstCount} uitspraken over ${first.toLowerCase()} en ${secondCount} over ${second.toLowerCase()}, ${scale}`,
    scaleKinds: { frequency: 'antwoord: hoe vaak (nooit tot (bijna) altijd)', agreement: 'antwoord: eens of oneens' } as Record<'frequency' | 'agreement', string>,
    reverse: (count: number) => (count === 0 ? '' : `, waarvan ${count} andersom geteld`),
    dimension: 'Onderdeel',
    content: 'Wat het onderdeel bevat',
    bands: 'Hoe de uitkomsten zijn bepaald',
    rulesTitle: 'Vaste regels voor alle uitkomsten',
    ruleMinAnswered: (count: number) => `Een onderdeel krijgt pas een uitkomst als je er minstens ${count} uitspraken van hebt beantwoord. “Weet ik niet” telt niet mee.`,
    ruleBorder: (margin: string) =>
      `Ligt een score minder dan ${margin} punt van een grens, dan staat er “op de grens tussen” de twee uitkomsten, met de betekenis van allebei. ${margin} punt is wat één antwoord een stap anders doet bij vier beantwoorde uitspraken.`,
    ruleChange: (change: string, reliability: string, sd: string) =>
      `Vergelijk je twee keer invullen, dan heet een verschil pas “hoger” of “lager” als het ${change} punt of meer is. Een kleiner verschil kan ook ontstaan doordat je dezelfde vragen de tweede keer net iets anders leest of beantwoordt: dat heet “ongeveer gelijk”. De grens volgt uit de regel voor betrouwbare verandering van Jacobson en Truax, met een betrouwbaarheid van ${reliability} en een spreiding tussen mensen van ${sd} punt. Die waarden zijn een voorzichtige aanname zolang ze niet gemeten zijn.`,
    ruleChangeBalance: (change: string) =>
      `Bij een balans (het verschil tussen twee groepen uitspraken) telt de meetfout van beide groepen mee. Daar heet een verschil pas “hoger” of “lager” vanaf ${change} punt.`,
    bandTable: (name: string) => `Uitkomsten van ${name}`,
    range: 'Score',
    band: 'Uitkomst',
    reading: 'Zo lees je een uitkomst',
    limits: 'Grenzen van deze scan',
    history: 'Versies en wat er veranderde',
    version: (version: number, date: string) => `Versie ${version} (${date})`,
    changesCaption: (version: number) => `Wat er in versie ${version} veranderde, per uitspraak`,
    old: 'Was',
    new: 'Wordt',
    why: 'Waarom',
    none: '(nieuw)',
    dropped: '(vervallen)',
    back: (title: string) => `Terug naar ${title}`,
  },
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
    step3: 'Tel per onderdeel je scores op en deel door het aantal uitspraken dat je beantwoordde. Sla “weet ik niet” over.',
    step4: 'Zoek je uitkomst op in de tabel van dat onderdeel. Ligt je score minder dan 0,25 van een grens, lees dan de twee uitkomsten aan weerszijden.',
    stepMinAnswered: (count: number) => `Heb je van een onderdeel minder dan ${count} uitspraken beantwoord? Dan heeft dat onderdeel geen uitkomst.`,
    stepBalance:
      'Bij een balans (zoals Vragen én bieden) reken je het gemiddelde van beide sets apart uit. Trek het eerste gemiddelde af van het tweede: dat verschil zoek je op.',
    reverseMark: '↺',
    reverseLabel: 'tel andersom',
    bandsTitle: (name: string) => `Uitkomsten voor ${name}`,
    range: (from: string, to: string) => `${from} tot ${to}`,
    rangeTop: (from: string, to: string) => `${from} tot en met ${to}`,
  },
};
