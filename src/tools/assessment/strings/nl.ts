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

/** The change rule in this assessment's numbers (reliable-change.ts, formatted by the verantwoording). */
export type RuleText = { interItem: string; sd: string; assumed: boolean; items: number; reliability: string; sem: string; threshold: string; change: string; fewer?: { items: number; reliability: string; threshold: string; change: string } };

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
  /** A side of a balance in a result of an earlier version, which judged only the difference: its number, no band. */
  noBandInVersion: 'Geen uitkomst in die versie',
  border: (lower: string, upper: string) => `Op de grens tussen ${lower} en ${upper}`,
  borderExplain:
    'Je score ligt zo dicht bij de grens tussen twee uitkomsten dat één antwoord een stap hoger of lager je in de andere had kunnen zetten. Lees daarom beide betekenissen.',
  /** Under the outcomes: the standard error of measurement (reliable-change.ts) as the width of the uncertainty around a cut-off. */
  bandUncertainty: (sem: string) =>
    `Een uitkomst is niet zeker. Ligt je score minder dan ${sem} punt van een grens (de meetfout, als de aangenomen betrouwbaarheid klopt), dan kan hij een andere keer in de uitkomst ernaast vallen. De betrouwbaarheid van deze scan is nog niet gemeten: lees een uitkomst daarom als een voorlopige aanwijzing.`,
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
  /** Above the dimensions of one answer scale, when a result has more than one: they are never read as one ranking. */
  scaleGroup: (kind: 'frequency' | 'agreement', first: string, last: string, apart: boolean) =>
    `${kind === 'agreement' ? 'Schaal van eens tot oneens' : 'Schaal van hoe vaak'}, van “${first}” tot “${last}”.${apart ? ' Leg deze uitkomst niet naast de onderdelen hierboven: een 4 betekent hier iets anders.' : ''}`,
  answerCode: {
    title: 'Code voor een groepsanalyse',
    explain:
      'Deze code bevat al je antwoorden, maar geen naam. Je hebt hem alleen nodig als een trainer met je groep een groepsanalyse maakt: die laat zien hoe goed de uitspraken in jullie groep meten. Het scherm van de groepsanalyse toont nooit de antwoorden van één code, maar wie de code van jou krijgt, weet dat hij van jou komt. Lever hem daarom in zonder naam, bijvoorbeeld op een briefje in een doos.',
    copy: 'Kopieer de code voor de groepsanalyse',
    copied: 'De code voor de groepsanalyse is gekopieerd.',
  },
  share: {
    title: 'Bewaren of delen',
    codeLabel: 'Je resultaatcode',
    teamCodeHelp:
      'Deze code bevat je uitkomst per onderdeel, de maand waarin je de scan invulde, of je lid of leidinggevende bent, en je antwoorden op de vier uitspraken over vertrouwen in het team. Je naam staat er niet in. Geef hem zonder naam aan wie het teamprofiel maakt, bijvoorbeeld op een briefje in een doos. Het teamprofiel toont geen uitkomst of antwoord van één persoon, maar het herkent geen verzonnen codes: wie vier verzonnen codes bij de jouwe zet, kan jouw uitkomst terugvinden. Geef je code dus alleen aan iemand die je vertrouwt.',
    codeHelp: 'Deze code bevat je uitkomst per onderdeel en de maand waarin je de scan invulde, geen antwoorden en geen naam. Geef hem aan een begeleider voor een teamprofiel, of bewaar hem zelf. Wie de code van jou krijgt, kan je uitkomst per onderdeel openen en lezen, en weet dat hij van jou komt. Lever hem voor een teamprofiel daarom in zonder naam, bijvoorbeeld op een briefje in een doos.',
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
    teamCode:
      'Dit is een code van de teamscan. Zo’n code opent niet als losse uitkomst, zodat niemand de uitkomst van één teamlid kan lezen. Plak hem samen met de codes van de andere teamleden in het teamprofiel.',
    toTeamProfile: 'Naar het teamprofiel',
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
    changeRule:
      'Een verschil heet pas “hoger” of “lager” als het waarschijnlijk groter is dan de meetfout van het onderdeel, als de aangenomen betrouwbaarheid klopt (de regel staat in de verantwoording). Hoe minder uitspraken je beantwoordde, hoe groter het verschil moet zijn. Kleinere verschillen heten hier “ongeveer gelijk”.',
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
  paperLink: 'Papieren versie en scoresleutel',
  /** Shown with the first statement on another answer scale, on screen and on paper, so nobody answers “vaak” where “mee eens” is asked. */
  scaleChange: (kind: 'frequency' | 'agreement', first: string, last: string) =>
    `Let op: vanaf hier ${kind === 'agreement' ? 'kies je hoe eens je het met de uitspraak bent' : 'kies je hoe vaak het gebeurt'}, van “${first}” tot “${last}”.`,
  /** The statements without JavaScript: before a leader's wording of an item, for a leader who reads along. */
  staticLeaderReads: 'Ben je leidinggevende van het team? Lees dan:',
  scaleSentence: (min: string, max: string, unknown?: string) =>
    `Je antwoordt op een schaal van ${min} tot ${max}${unknown ? `, of met “${unknown}”` : ''}.`,
  manual: {
    title: (title: string) => `Verantwoording: ${title}`,
    /** The last breadcrumb, after the assessment's own title. */
    crumb: 'Verantwoording',
    description: (title: string) =>
      `Wat “${title}” meet en waarvoor, voor wie, hoe de vragen zijn gemaakt, hoe je scoort, hoe de uitkomsten zijn bepaald, wat bekend is over betrouwbaarheid en geldigheid, en wat er per versie veranderde.`,
    lead: 'Deze pagina volgt de vragen die de Nederlandse beoordeling van tests (COTAN) aan een handleiding stelt. Waar iets nog niet bekend is, staat dat er, met wat nodig is om het te weten.',
    measures: 'Wat deze scan meet en waarop hij rust',
    use: 'Waarvoor je hem gebruikt',
    notMeasured: 'Wat deze scan niet meet',
    targetGroup: 'Voor wie',
    construction: 'Hoe de uitspraken zijn gemaakt',
    sources: 'Waar de vragen vandaan komen',
    sourcesIntro: 'De vragen zijn geschreven voor dit playbook, op basis van de bronnen hieronder.',
    noYear: 'jaar niet vermeld',
    methodSources: 'De rekenregels op deze pagina komen uit:',
    sourcesLink: 'Alle bronnen van het playbook',
    structure: 'Opbouw',
    structureRow: (items: number, scale: string) => `${items} uitspraken, ${scale}`,
    scaleKinds: { frequency: 'antwoord: hoe vaak (nooit tot (bijna) altijd)', agreement: 'antwoord: eens of oneens' } as Record<'frequency' | 'agreement', string>,
    reverse: (count: number) => (count === 0 ? '' : `, waarvan ${count} andersom geteld`),
    dimension: 'Onderdeel',
    content: 'Wat het onderdeel bevat',
    administration: 'Afnemen en scoren',
    /** A zelfscan's SCORM package with outcome (src/tools/scorm/objectives.ts): what the platform then holds. */
    scormOutcome:
      'In een leeromgeving (SCORM) kan een trainer kiezen voor het pakket “met uitkomst”. Elk pakket meldt bij afronding alleen dat de scan is afgerond. In het pakket “met uitkomst” kiest de deelnemer daarna op het scherm met het resultaat of de uitkomst naar de leeromgeving gaat; kiest die daar niet voor, dan gaat er niets meer heen. Kiest die er wel voor, dan staat per onderdeel alleen het woord van de uitkomst in de leeromgeving, naast de naam van de deelnemer: in cmi.objectives.n.id de code van het onderdeel met de uitkomst (bijvoorbeeld verbinden_op-weg), met status completed. Ligt de score op de grens van twee uitkomsten, dan staan ze er allebei in (bijvoorbeeld verbinden_op-de-grens_op-weg_sterk-punt). Bij te weinig antwoorden gaat alleen de code mee, met status incomplete. De twee kanten van een onderdeel als Vragen én bieden gaan nooit mee. Er gaan geen antwoorden mee en geen score (score.raw blijft leeg): een getal van 0 tot 100 leest als een cijfer. Wie de rapporten van de cursus kan lezen, ziet wel de uitkomst van die persoon. Geen enkel pakket bewaart antwoorden of voortgang in de leeromgeving (cmi.suspend_data): die blijven op het apparaat. Antwoorden die een ouder pakket daar achterliet, wist het pakket bij de start. Kies het pakket “met uitkomst” alleen als de uitkomsten echt nodig zijn, en zeg het de groep vooraf.',
    instructionsTitle: 'De instructie, op het scherm en op papier',
    leaderWording: (count: number) =>
      `Een leidinggevende krijgt bij ${count} uitspraken een eigen tekst over het eigen gedrag, en bij uitkomsten waar dat verschilt een eigen betekenis.`,
    bands: 'Normen en grenzen van de uitkomsten',
    rulesTitle: 'Vaste regels voor alle uitkomsten',
    ruleMinAnswered: (count: number) => `Een onderdeel krijgt pas een uitkomst als je er minstens ${count} uitspraken van hebt beantwoord. “Weet ik niet” telt niet mee.`,
    ruleUnknown: 'Kies je “Weet ik niet / niet van toepassing”, dan telt die uitspraak niet mee in het gemiddelde; het gemiddelde gaat over de uitspraken die je wel beantwoordde. Een overgeslagen uitspraak telt ook niet mee.',
    /** scoring.ts borderExamples, formatted; absent when the assessment has no ordinary dimension with equal weights. */
    ruleBorder: (example?: { items: number; full: string; minAnswered: number; atMinimum: string }) =>
      [
        'Een score staat “op de grens tussen” twee uitkomsten, met de betekenis van allebei, als één antwoord dat een stap hoger of lager is hem in de andere uitkomst kan zetten. Eén stap verschuift een gemiddelde van n beantwoorde uitspraken met 1/n punt: hoe minder uitspraken je beantwoordde, hoe breder de grens. Bij een balans telt de kant met de minste beantwoorde uitspraken.',
        'De regel rekent met het precieze gemiddelde, niet met de afgeronde score. Valt het gemiddelde min 1/n, of het gemiddelde plus 1/n, in een andere uitkomst, dan staat de score op de grens met die uitkomst. Ligt het gemiddelde verder dan 1/n van beide grenzen van zijn uitkomst, dan staat het niet op de grens.',
        example
          ? `In deze scan is 1/n met alle ${example.items} uitspraken van een onderdeel beantwoord ${example.full} punt, met ${example.minAnswered} beantwoord ${example.atMinimum} punt.`
          : '',
        'Op het scherm, in je geschiedenis, in een gedeelde link, op papier en in het teamprofiel geldt dezelfde regel. Een resultaatcode (een gedeelde link, het teamprofiel) zegt niet hoeveel uitspraken iemand beantwoordde; daar rekent de regel met alle uitspraken van het onderdeel.',
      ]
        .filter(Boolean)
        .join(' '),
    /** The standard error of measurement with every item answered (reliable-change.ts), for the uncertainty of the outcomes. */
    ruleBandUncertainty: (sem: string) =>
      `De uitkomsten zijn een onzekere indeling. Met de aangenomen betrouwbaarheid (zie “Verandering tussen twee keer invullen”) is de meetfout van een score ongeveer ${sem} punt. Een score die minder dan dat van een grens ligt, kan op een andere dag net zo goed in de uitkomst ernaast vallen. Het scherm zegt dat in één zin onder de uitkomsten. “Op de grens” staat er alleen bij als één antwoord dat een stap anders is de score over de grens zet: noemde de scan elke score binnen de meetfout zo, dan stond het bij bijna elke middelste uitkomst en zei het niets meer.`,
    ruleChange: (rule: RuleText) =>
      `Vergelijk je twee keer invullen, dan heet een verschil pas “hoger” of “lager” als het ${rule.change} punt of meer is${rule.fewer ? ` (${rule.fewer.change} punt als je maar ${rule.fewer.items} uitspraken van het onderdeel beantwoordde)` : ''}. Een kleiner verschil kan ook ontstaan doordat je dezelfde vragen de tweede keer net iets anders leest of beantwoordt: dat heet “ongeveer gelijk”. Een groter verschil is waarschijnlijk groter dan de meetfout, ${rule.assumed ? 'als de aangenomen betrouwbaarheid klopt' : 'als de gemeten betrouwbaarheid ook voor jou geldt'}. De grens volgt uit de regel voor betrouwbare verandering van Jacobson en Truax, met een betrouwbaarheid van ${rule.reliability} bij ${rule.items} uitspraken en een spreiding tussen mensen van ${rule.sd} punt. ${rule.assumed ? 'Die waarden zijn een voorzichtige aanname die nog niet getoetst is: tot een groepsanalyse de echte betrouwbaarheid meet, rekent de scan met een lage samenhang tussen de uitspraken, zodat hij niet te snel een verandering ziet.' : 'Die waarden zijn gemeten (zie Betrouwbaarheid).'}`,
    /** One answer's effect with three answered items (the minimum), for the limits. */
    limitsStep: (step: string, answered: number, items: number) =>
      `Heb je van een onderdeel maar ${answered} van de ${items} uitspraken beantwoord, dan verschuift één antwoord dat een stap anders is het gemiddelde met ${step} punt. De regel “op de grens” rekent daarmee op je eigen scherm, maar niet in een resultaatcode, die het aantal beantwoorde uitspraken niet kent. Zo’n uitkomst is dus minder precies dan hij eruitziet.`,
    mixedScales: 'Onderdelen met een andere schaal (hoe vaak, of eens en oneens) hebben eigen woorden en worden niet met elkaar vergeleken: een 4 betekent op de twee schalen iets anders.',
    bandTable: (name: string) => `Uitkomsten van ${name}`,
    range: 'Score',
    band: 'Uitkomst',
    reading: 'Zo lees je een uitkomst',
    change: 'Verandering tussen twee keer invullen',
    /** The change rule with the thresholds reliable-change.ts computes for this assessment, so page and rule agree. */
    changeText: (rule: RuleText) =>
      [
        'Vul je de scan twee keer in, dan zegt het scherm pas “hoger” of “lager” als het verschil waarschijnlijk groter is dan de meetfout. Dat geldt alleen als de betrouwbaarheid klopt waarmee de scan rekent. De regel is de index voor betrouwbare verandering van Jacobson en Truax: een verschil telt als het groter is dan 1,96 × √2 × SD × √(1 − r). Daarin is r de betrouwbaarheid van de score en SD de spreiding van de scores tussen mensen.',
        'Hoe betrouwbaar een gemiddelde is, hangt af van het aantal uitspraken erachter. Daarom rekent de scan r per score uit met de formule van Spearman en Brown: r = k × ρ / (1 + (k − 1) × ρ). Daarin is k het aantal beantwoorde uitspraken en ρ de gemiddelde samenhang (correlatie) tussen twee uitspraken van een onderdeel.',
        rule.assumed
          ? `Die samenhang en de spreiding zijn voor deze scan nog niet gemeten. Tot er eigen cijfers zijn, rekent de scan met ρ = ${rule.interItem} en SD = ${rule.sd}. Die ρ is geen meting maar een aanname, en bewust een voorzichtige: hij ligt aan de lage kant van wat Clark en Watson (1995) aanraden voor de samenhang tussen uitspraken (0,15 tot 0,50). Sommige onderdelen vragen naar verschillend gedrag, en dan hangen de uitspraken minder samen. Met een lage ρ is de drempel hoger, zodat het scherm een verschil eerder te laat dan te vroeg een verandering noemt. Zodra een groepsanalyse de echte betrouwbaarheid meet, rekent de scan daarmee.`
          : `Voor deze scan zijn ze gemeten: de gemeten betrouwbaarheid komt neer op ρ = ${rule.interItem}, en SD = ${rule.sd}.`,
        `Met ${rule.items} beantwoorde uitspraken is r = ${rule.reliability} en de meetfout van een score ${rule.sem} punt. Dat geeft een drempel van ${rule.threshold} punt: een verschil van ${rule.change} of meer heet “hoger” of “lager”, een kleiner verschil “ongeveer gelijk”.`,
        rule.fewer
          ? `Met ${rule.fewer.items} beantwoorde uitspraken is r = ${rule.fewer.reliability} en de drempel ${rule.fewer.threshold} punt: dan telt pas een verschil van ${rule.fewer.change} of meer. Beantwoordde je de ene keer minder uitspraken dan de andere keer, dan telt de meetfout van elke keer apart mee.`
          : '',
        'Eén antwoord dat een stap verschuift, telt nooit als verandering. Twee keer invullen van verschillende versies wordt niet vergeleken.',
      ]
        .filter(Boolean)
        .join(' '),
    teamChange:
      'Een team vergeleken met zichzelf: het teamprofiel vergelijkt de middens van twee momenten. Omdat de codes anoniem zijn, worden de twee momenten als losse groepen behandeld. Dat kan alleen als beide momenten acht of meer teamleden hadden. Met minder staat er “niet te vergelijken”, ook als de uitkomst anders is: met vijf teamleden is de drempel al ongeveer 1,1 punt, breder dan een uitkomst. De drempel hangt af van het aantal teamleden: met acht teamleden per moment ongeveer 0,9 punt, met tien ongeveer 0,8. Daaronder staat er “ongeveer gelijk”. Een groter verschil is waarschijnlijk groter dan de meetfout, als de aangenomen spreiding tussen mensen klopt. Gebruikten de twee momenten verschillende versies van de scan, dan staat er geen verandering: de uitspraken zijn anders.',
    team: 'Het teamprofiel',
    teamText:
      'Een begeleider voegt de resultaatcodes van teamleden samen tot een teamprofiel. Een code bevat per onderdeel één score en geen naam; antwoorden alleen op de uitspraken die over het team gaan (zie hieronder). De leiding telt apart en nooit mee met de teamleden. Het profiel toont vanaf vijf teamleden per onderdeel in welke uitkomst het midden (de mediaan) valt. Het getal van de mediaan, de verdeling over de uitkomsten en de spreiding toont het pas vanaf acht, en ook dan nooit een uitkomst met één of twee mensen: die gaat op in de uitkomst ernaast. Bewaart een begeleider een profiel, dan bewaart het apparaat alleen wat het scherm liet zien, nooit de codes. Wat het profiel niet kan: verzonnen codes herkennen. Een code heeft geen naam en is niet van een echte te onderscheiden. Wie vier verzonnen codes, twee heel laag en twee heel hoog, bij één echte code plakt, krijgt als mediaan de score van die ene persoon en ziet dus in welke uitkomst die valt. Met meer verzonnen codes lukt dat ook vanaf acht, en dan staat het getal erbij. Het profiel verschijnt pas als de begeleider kiest voor “Maak het teamprofiel”; daarna liggen de codes vast tot “Begin opnieuw met andere codes”. Zo verandert het profiel niet terwijl iemand codes weghaalt of toevoegt. Een nieuw profiel dat maar één of twee codes verschilt van een eerder profiel in hetzelfde bezoek aan de pagina, weigert het scherm: naast elkaar zouden die twee laten zien wat die één of twee mensen antwoordden. Wie de pagina opnieuw laadt, omzeilt die weigering: het scherm onthoudt de codes niet. Het profiel beschermt dus tegen per ongeluk meekijken in een profiel van echte codes, niet tegen een begeleider die dat wil omzeilen. Een code zegt ook niet in welke taal de scan is ingevuld: het profiel voegt codes van de Nederlandse en de Engelse versie samen zonder dat te merken. Of die twee versies hetzelfde meten, is niet getoetst; meng ze daarom liever niet in één profiel. Verzamel de codes daarom zonder naam, bijvoorbeeld op briefjes, en laat ze in één keer plakken door iemand die het team vertrouwt, liefst niet de leidinggevende. Een code zelf is wel de uitkomst van één persoon. Een code van de teamscan opent daarom niet als deellink: alleen het teamprofiel leest hem. Een versie van een leeromgeving (SCORM) van de teamscan stuurt alleen door dat iemand de scan heeft ingevuld, nooit de antwoorden of de scores.',
    /** `teamAreas`: the names of the dimensions about the team or its leader (schema `refersTo: team`), as a list. */
    agreement: (teamAreas: string) =>
      `Overeenstemming staat er alleen bij de onderdelen waarvan de uitspraken over het team als geheel gaan: ${teamAreas}. De andere onderdelen vragen naar je eigen werk of naar hoe de leiding met jou omgaat (“ik …”, “mijn leidinggevende … mij”). Hoe de leiding met de een omgaat, kan echt anders zijn dan met de ander; verschillen tussen teamleden zijn daar geen gebrek aan overeenstemming. Daar is het midden van het team een optelsom van zelfbeschrijvingen, en zegt het niets of teamleden hetzelfde over zichzelf zeggen. Dat volgt de indeling van Chan (1998): overeenstemming telt alleen als de uitspraken naar het team verwijzen (een referent-shift-model), niet bij een optelsom. Overeenstemming staat er ook pas vanaf acht teamleden, net als de spreiding: een index van 1,00 naast een mediaan verraadt de score van iedereen. Om de overeenstemming te berekenen, bevat de resultaatcode van deze scan naast de score per onderdeel ook jouw antwoorden op de uitspraken van ${teamAreas}, zonder naam. Alleen de browser van de begeleider leest die antwoorden, om de index uit te rekenen; het teamprofiel toont ze nooit, en bewaart of verstuurt ze niet. De index is r_wg(J) van James, Demaree en Wolf (1984), de gangbare maat voor overeenstemming over meer uitspraken. Per uitspraak rekent het profiel uit hoe ver de antwoorden van de teamleden uiteenlopen (de variantie), en neemt daarvan het gemiddelde over de uitspraken. Een omgekeerde uitspraak wordt eerst omgedraaid. Wie een uitspraak niet beantwoordde of “weet ik niet” koos, telt bij die ene uitspraak niet mee, wel bij de andere. Dat gemiddelde wordt vergeleken met de variantie die je zou krijgen als iedereen zonder overeenstemming antwoordde. De index loopt van 0 (niet dichter bij elkaar dan zonder overeenstemming) tot 1 (iedereen precies hetzelfde); liggen de antwoorden verder uit elkaar dan zonder overeenstemming, dan is hij 0, zoals gebruikelijk (LeBreton en Senter, 2008). Het profiel vergelijkt met twee manieren van antwoorden zonder overeenstemming. De eerste is willekeurig antwoorden: elk antwoord even vaak, een variantie van 2,00 per uitspraak op vijf punten. De tweede is licht scheef antwoorden, omdat veel mensen uitspraken over hun eigen team wat vaker positief beantwoorden, ook zonder het met elkaar eens te zijn: 5, 15, 20, 35 en 25 procent van de antwoorden op 1 tot en met 5, een variantie van 1,34 (de lichte scheefheid uit het overzicht van LeBreton en Senter, 2008). Het profiel toont beide getallen. Het woord “overeenstemming” staat er alleen als de index tegen licht scheef antwoorden 0,70 of hoger is, de grens die in onderzoek gangbaar is (LeBreton en Senter, 2008); anders staat er “geen duidelijke overeenstemming”. Die grens is een afspraak, geen toets tegen toeval. In een simulatie kreeg een team van acht tot twaalf mensen dat willekeurig antwoordt bijna nooit “overeenstemming” (3 van de 50.000 teams), een team dat licht scheef antwoordt zonder het eens te zijn ongeveer 3 op de 100 keer. Bij vier uitspraken betekent 0,70: de antwoorden op een uitspraak liggen gemiddeld niet meer dan ongeveer één stap uit elkaar (een standaardafwijking tot ongeveer 0,9). Codes van een eerdere versie van de scan bevatten geen antwoorden; dan staat er dat de overeenstemming niet te berekenen is. Wat nog ontbreekt, is bewijs dat teams echt van elkaar verschillen: de intraklassecorrelaties ICC(1), welk deel van de verschillen tussen mensen bij het team hoort, en ICC(2), hoe betrouwbaar het gemiddelde van een team is. Die vragen de scores van tientallen teams naast elkaar, elk met vijf of meer leden. Zulke gegevens zijn er nog niet: het teamprofiel verzamelt niets. Zolang ze er niet zijn, is niet bekend of de scan verschillen tussen teams betrouwbaar meet.`,
    reliability: 'Betrouwbaarheid',
    groupAnalysis: 'Meet het zelf in je groep',
    groupAnalysisText:
      'Begeleid je een groep van tien of meer mensen die deze scan invullen, bijvoorbeeld in een leertraject? Dan kun je de betrouwbaarheid in je eigen groep meten. Elke deelnemer geeft na het invullen een code met alle eigen antwoorden, zonder naam, en levert die zonder naam in. Voeg op het scherm voor begeleiders minstens tien van die codes samen. Je ziet dan per onderdeel Cronbachs alfa, per uitspraak de samenhang met de rest van het onderdeel en hoe vaak “weet ik niet” is gekozen, en welke uitspraken afwijken. Alles wordt in je browser berekend; er wordt niets bewaard of verstuurd, en het scherm toont nooit de antwoorden van één persoon. Verzonnen codes kan het niet herkennen, net als het teamprofiel: laat de codes zonder naam verzamelen door iemand die de groep vertrouwt. Met minder dan tien codes rekent het scherm niet. Met tien mensen is α nog erg onzeker; daarom staat er een 95%-betrouwbaarheidsinterval bij (Feldt). Bij een α van 0,70 en vier uitspraken loopt dat met tien mensen van ongeveer 0,21 tot 0,92, met dertig van 0,48 tot 0,84 en met honderd van 0,59 tot 0,79. Voor een schatting die bruikbaar is om over de scan te beslissen (ongeveer een tiende nauwkeurig) zijn dus ongeveer honderd invullers nodig, bijvoorbeeld door de codes van meer groepen samen te plakken.',
    validity: 'Geldigheid',
    constructValidity: 'Meet de scan wat hij zegt te meten?',
    criterionValidity: 'Hangt de uitkomst samen met iets daarbuiten?',
    limits: 'Grenzen van deze scan',
    translation: 'De Engelse versie',
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
    description: 'Print deze vragenlijst en vul hem met de hand in. Met de scoresleutel, een apart blad, reken je daarna per onderdeel je uitkomst uit.',
    printQuestionnaire: 'Print de vragenlijst',
    printKey: 'Print de scoresleutel',
    keyTitle: (title: string) => `${title}: scoresleutel`,
    keyDescription: 'Met dit blad reken je per onderdeel je uitkomst uit. Het laat zien welke uitspraken bij welk onderdeel horen.',
    keySeparateTitle: 'De scoresleutel',
    keySeparate:
      'De scoresleutel staat op een apart blad. Geef hem pas uit als de vragenlijst is ingevuld, of reken als trainer de uitkomsten zelf uit. Wie bij het invullen ziet wat een uitspraak meet, gaat daar makkelijk naar antwoorden.',
    keyLink: 'Naar de scoresleutel',
    keyHandOut: 'Geef dit blad pas uit als de vragenlijst is ingevuld.',
    questionnaireLink: 'Naar de vragenlijst',
    leaderMeaning: 'Voor de leidinggevende',
    instructionsTitle: 'Zo reken je je uitkomst uit',
    step1: 'Zet bij elke uitspraak een kruisje in het vakje dat het best bij je past.',
    step2: (reverseMark: string, min: number, max: number) =>
      `Bij uitspraken met ${reverseMark} tel je andersom: je score is ${min + max} min het cijfer dat je koos.`,
    step3: 'Tel per onderdeel je scores op en deel door het aantal uitspraken dat je beantwoordde. Sla “weet ik niet” over. Rond het gemiddelde af op één decimaal, zoals het scherm doet: 2,75 wordt 2,8.',
    step4: (example: { items: number; full: string; minAnswered: number; atMinimum: string } | undefined) =>
      [
        'Zoek je uitkomst op in de tabel van dat onderdeel. Kijk dan of je score op de grens staat. Deel 1 door het aantal uitspraken dat je van dat onderdeel beantwoordde. Tel dat getal op bij je gemiddelde van vóór het afronden, en trek het er ook van af. Valt een van die twee getallen in een andere uitkomst, dan staat je score op de grens: lees dan ook die uitkomst.',
        example ? `Bij ${example.items} beantwoorde uitspraken is dat getal ${example.full}, bij ${example.minAnswered} is het ${example.atMinimum}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    stepMinAnswered: (count: number) => `Heb je van een onderdeel minder dan ${count} uitspraken beantwoord? Dan heeft dat onderdeel geen uitkomst.`,
    reverseMark: '↺',
    reverseLabel: 'tel andersom',
    bandsTitle: (name: string) => `Uitkomsten voor ${name}`,
    /** A band's scores, by which of its bounds it includes (scoring.ts `boundsOf`). */
    bandRange: (bounds: { fromIncluded: boolean; toIncluded: boolean }, from: string, to: string) =>
      `${bounds.fromIncluded ? from : `meer dan ${from}`} tot ${bounds.toIncluded ? 'en met ' : ''}${to}`,
  },
};
