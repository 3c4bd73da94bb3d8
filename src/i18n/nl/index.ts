/**
 * Every interface string of the site, in Dutch. Components never write interface text
 * inline: they read it from here, so an English edition only needs an `en/` folder of the
 * same shape. Each tool, the self-assessments and search included, keeps its own strings in
 * `src/tools/<id>/strings/` with its own accessor (`searchStrings()`, `assessmentStrings()`),
 * so a widget's bundle carries only its own strings and a page asks the tool for them.
 */

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const nl = {
  lang: 'nl',
  ogLocale: 'nl_NL',
  /** Between the last two items of a list written out in a sentence. */
  and: 'en',
  /** Shown on a page of the other language, in this language: the link to this edition. */
  language: {
    name: 'Nederlands',
    notTranslated: '(deze pagina is nog niet vertaald: naar de Nederlandse beginpagina)',
  },
  siteName: 'Adviesplaybook',
  /** Under the icon of the installed app: installers cut names longer than about 12 characters. */
  appShortName: 'Playbook',
  siteTagline: 'Van uitvoeren naar adviseren: een playbook voor stafadviseurs',
  skipToContent: 'Naar de inhoud',
  home: 'Home',
  menu: {
    open: 'Menu',
    label: 'Hoofdnavigatie',
    close: 'Sluit menu',
    allChapters: (count: number) => `Alle ${count} onderdelen van dit deel`,
    allParts: (count: number) => `Alle ${count} delen`,
  },
  headingLink: {
    link: (heading: string) => `Link naar “${heading}”`,
    copy: (heading: string) => `Kopieer de link naar “${heading}”`,
    copied: 'Link gekopieerd',
    failed: 'Kopiëren lukte niet; de link staat nu in de adresbalk.',
  },
  print: {
    onlineAt: 'Online:',
    qrLabel: (title: string) => `QR-code met de link naar “${title}”`,
  },
  redirect: {
    title: 'Deze pagina is verhuisd',
    text: 'Je wordt doorgestuurd naar de nieuwe plek.',
    link: 'Ga direct naar de nieuwe pagina',
  },
  complete: {
    title: 'Het hele playbook',
    description: 'Alle hoofdstukken en werkvormen op één pagina, in leesvolgorde: om te printen of als pdf te bewaren.',
    how: 'Print deze pagina of bewaar hem als pdf met Ctrl+P (op een Mac: ⌘+P). Elk hoofdstuk begint op een nieuwe pagina.',
    toc: 'Inhoud',
  },
  trainers: {
    title: 'Voor trainers',
    description: 'Links die nooit breken, QR-codes voor handouts en slides, en zelfscans om in te bedden in een leeromgeving.',
    promiseTitle: 'Links die blijven werken',
    promise:
      'Elke link op deze pagina blijft werken, ook als een hoofdstuk later verhuist of een kop verandert: de site stuurt je dan door naar de nieuwe plek. Je kunt ze dus gerust in een reader of op een slide zetten. Een link naar een deel van een pagina maak je met de linkknop naast elke kop.',
    courseTitle: 'Een training geven',
    course:
      'Alles om een groep adviseurs zelf te trainen: een programma van vijf sessies, rollenspellen per vakgebied en werkbladen om te printen. Elk hoofdstuk opent ook als presentatie.',
    handoutTitle: 'Handouts',
    handout: 'Elk hoofdstuk print als nette handout, met bovenaan de link en een QR-code. Wil je alles in één keer? Print dan',
    chaptersTitle: 'Alle delen en hoofdstukken',
    assessmentsTitle: 'Zelfscans',
    toolsTitle: 'Hulpmiddelen',
    page: 'Pagina',
    url: 'Link',
    qr: 'QR-code',
    copy: 'Kopieer',
    copied: 'Gekopieerd',
    copyFailed: 'Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf.',
    copyLabel: (title: string) => `Kopieer de link naar “${title}”`,
    download: 'Download (SVG)',
    previewWarningTitle: 'Let op: dit is een proefversie',
    previewWarning: (url: string) =>
      `Deze versie van de site is gebouwd voor ${url}. Dat adres werkt alleen op deze computer of nergens. De links en QR-codes hieronder leiden daarom niet naar de echte site: print en deel ze niet. Vraag wie de site beheert om haar te bouwen met het echte adres (SITE_URL).`,
    downloadLabel: (title: string) => `Download de QR-code van “${title}” (SVG)`,
    qrAlt: (title: string) => `QR-code van “${title}”`,
    discussionTitle: 'Bespreek samen: alle vragen per deel',
    discussionIntro:
      'Aan het eind van elk hoofdstuk en elke werkvorm staan vragen om samen te bespreken. Hier staan ze bij elkaar, per deel. Kies er een paar voor de start of het eind van een sessie.',
    embedTitle: 'Zelfscans inbedden in een leeromgeving',
    embedIntro:
      'Zet een zelfscan in je leeromgeving (bijvoorbeeld als HTML-blok). De zelfscan toont dan alleen zichzelf, zonder de navigatie van de site. De resultaten blijven in de browser van de deelnemer, net als op de site.',
    embedHeight:
      'Het script eronder laat het kader meegroeien met de zelfscan. Zonder het script werkt de zelfscan ook; je scrolt dan binnen het kader.',
    embedSnippet: (title: string) => `Code om “${title}” in te bedden`,
    copySnippet: 'Kopieer de code',
    scormTitle: 'Zelfscans als SCORM-pakket',
    scormIntro:
      'Laat je leeromgeving een snippet niet toe, of wil je zien wie een zelfscan heeft afgerond? Upload dan een SCORM 1.2-pakket. Het pakket werkt zonder deze site. Standaard hoort de leeromgeving alleen of de deelnemer klaar is; het pakket met uitkomst geeft ook een score per onderdeel.',
    scormGuide: 'Zo plaats je een pakket in Moodle, Brightspace, Canvas of itslearning, en dit krijgt de leeromgeving',
  },
  slides: {
    open: 'Open als presentatie',
    openFor: (title: string) => `Open “${title}” als presentatie`,
    pageTitle: (title: string) => `Presentatie: ${title}`,
    description: (title: string) => `De kern van “${title}” in dia’s, met de tekst als notities voor de trainer. Om mee te presenteren of te printen.`,
    intro: 'Waar gaat het over?',
    continued: '(vervolg)',
    deckLabel: 'Dia’s',
    slide: 'dia',
    slideLabel: (number: number, total: number, heading: string) => `Dia ${number} van ${total}: ${heading}`,
    /** Read by the browser script: {n} and {total} are filled in. */
    counter: 'Dia {n} van {total}',
    previous: 'Vorige dia',
    next: 'Volgende dia',
    fullscreen: 'Volledig scherm',
    notes: 'Notities',
    notesLabel: 'Notities voor de trainer',
    notesFor: (number: number) => `Notities bij dia ${number}`,
    fromText: 'Uit de tekst',
    presenter: 'Presentatorweergave',
    closePresenter: 'Sluit presentatorweergave',
    /** Read by the browser script: {n} is filled in. */
    notesTemplate: 'Notities bij dia {n}',
    /** Read by the browser script: {title} is the next slide's heading. */
    nextUp: 'Hierna: {title}',
    lastSlide: 'Dit is de laatste dia.',
    elapsed: 'Verstreken tijd',
    planned: (minutes: number) => `Gepland: ${minutes} minuten`,
    timerStart: 'Start de tijd',
    timerPause: 'Pauzeer de tijd',
    timerReset: 'Zet de tijd op nul',
    noNotes: 'Bij deze dia staan geen notities.',
    keys: 'Volgende dia: pijl naar rechts of spatie. Vorige: pijl naar links. Eerste en laatste: Home en End. P: presentatorweergave, met notities, volgende dia en tijd. Escape: volledig scherm of notities sluiten.',
    noScript: 'Zonder JavaScript zie je alle dia’s onder elkaar. Printen kan altijd: elke dia komt dan op een eigen liggende pagina.',
    back: 'Terug naar de tekst',
    scan: 'Scan de code of ga naar',
    play: (duration: string, people: string) => `${duration} · ${people}`,
  },
  worksheets: {
    title: 'Werkbladen',
    description: 'Werkbladen om te printen: één A4 per blad, met ruimte om te schrijven. Voor trainingen, teamdagen en je eigen werk.',
    eyebrow: 'Werkblad',
    print: 'Print dit werkblad met Ctrl+P (op een Mac: ⌘+P). Het past op één A4, zonder de navigatie van de site.',
    usedIn: 'Hoort bij',
    row: (number: number) => `Rij ${number}`,
    all: 'Alle werkbladen',
  },
  cases: {
    title: 'Oefencasussen',
    description: 'Rollenspellen om mee te oefenen, voor elk vak. Je speelt met drie: een adviseur, een klant en iemand die kijkt.',
    practiceLabel: 'Oefencasus',
    practiceNote: 'Dit is een verzonnen oefensituatie. De personen en organisaties bestaan niet.',
    byDiscipline: 'Per vak',
    byChapter: 'Per hoofdstuk',
    disciplines: {
      hr: 'HR',
      financien: 'Financiën',
      ict: 'IT',
      juridisch: 'Juridische zaken',
      informatiemanagement: 'Informatiemanagement',
    } as Record<'hr' | 'financien' | 'ict' | 'juridisch' | 'informatiemanagement', string>,
    situations: {
      'eerste-gesprek': 'Eerste gesprek',
      'positie-nemen': 'Positie nemen',
      'waartoe-gesprek': 'Waartoe-gesprek',
      'werk-overdragen': 'Werk overdragen',
    } as Record<'eerste-gesprek' | 'positie-nemen' | 'waartoe-gesprek' | 'werk-overdragen', string>,
    coverageTitle: 'Per vak en gesprek',
    coverageIntro: 'Elk vak heeft een casus voor elk gesprek dat je in het leertraject oefent. Kies de rij van je eigen vak.',
    coverageCaption: 'Casussen per vak (rijen) en per gesprek (kolommen)',
    disciplineColumn: 'Vak',
    situation: 'Gesprek',
    chapter: 'Oefent',
    minutes: (minutes: number) => `Gesprek van ${minutes} minuten`,
    howTitle: 'Zo speel je de casus',
    how: [
      'Verdeel de rollen. Eén is adviseur, één is klant. De rest kijkt mee.',
      'Lees samen de situatie. Dan leest ieder alleen het eigen deel. Wie meekijkt, leest de lijst met punten om op te letten.',
      'Voer het gesprek. Iemand houdt de tijd bij.',
      'Praat het na. Eerst de adviseur: hoe ging het? Dan de klant: wat merkte je? Dan wie meekeek: wat zag je?',
    ],
    printNote: 'Print je de casus, dan komt elke briefing op een eigen pagina. Zo kun je ze apart uitdelen.',
    setting: 'De situatie (voor iedereen)',
    adviser: 'Briefing voor de adviseur',
    adviserOnly: 'Alleen voor de adviseur. Klant: niet lezen.',
    client: 'Briefing voor de klant',
    clientOnly: 'Alleen voor de klant. Adviseur: niet lezen.',
    role: 'Jouw rol',
    goal: 'Wat je wilt bereiken',
    play: 'Zo speel je de klant',
    observer: 'Observatielijst',
    observerIntro: 'Schrijf bij elk punt op wat je zag of hoorde. Gebruik die voorbeelden in het nagesprek.',
    seen: 'Gezien?',
    example: 'Voorbeeld',
    open: 'Open de briefing',
    count: (count: number) => `${count} ${count === 1 ? 'casus' : 'casussen'}`,
  },
  course: {
    title: 'Leertraject voor stafadviseurs',
    sessions: 'Sessies',
    session: (number: number) => `Sessie ${number}`,
    minutes: (minutes: number) => `${minutes} minuten`,
    goal: 'Doel',
    preparation: 'Voorbereiding',
    uses: 'Je gebruikt',
    agenda: 'Programma',
    agendaTotal: 'Totaal',
    minutesHeading: 'Minuten',
    time: 'Tijd',
    item: 'Onderdeel',
    homework: 'Opdracht voor het werk tot de volgende sessie',
    rhythm: 'Tussen de sessies',
    print: 'Print deze pagina met Ctrl+P (op een Mac: ⌘+P): elke sessie begint op een nieuwe pagina.',
  },
  breadcrumbs: 'Kruimelpad',
  toc: 'Op deze pagina',
  pagination: {
    label: 'Vorige en volgende',
    previous: 'Vorige',
    next: 'Volgende',
  },
  chapter: {
    readingTime: (minutes: number) => `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} lezen`,
    updated: 'Bijgewerkt',
    chapters: (count: number) => `${count} ${count === 1 ? 'onderdeel' : 'onderdelen'}`,
    typeLabel: { hoofdstuk: 'Hoofdstuk', play: 'Werkvorm' } as Record<'hoofdstuk' | 'play', string>,
    inPart: 'Deel',
  },
  play: {
    card: 'Deze werkvorm in het kort',
    duration: 'Duur',
    people: 'Wie doen mee',
    materials: 'Wat je nodig hebt',
    noMaterials: 'Niets bijzonders',
  },
  blocks: {
    callout: { tip: 'Tip', 'let-op': 'Let op', kern: 'De kern' } as Record<'tip' | 'let-op' | 'kern', string>,
    example: 'Voorbeeld',
    practice: 'In de praktijk',
    source: 'Bron',
    stepTime: 'Tijd',
    /** 45 → "45 minuten", 90 → "1,5 uur", 120 → "2 uur", 75 → "1 uur en 15 minuten". */
    minutes: (total: number) => {
      const hours = Math.floor(total / 60);
      const rest = total % 60;
      const inMinutes = `${rest} ${rest === 1 ? 'minuut' : 'minuten'}`;
      if (hours === 0) return inMinutes;
      if (rest === 0) return `${hours} uur`;
      if (rest === 30) return `${hours},5 uur`;
      return `${hours} uur en ${inMinutes}`;
    },
    stepsTotal: 'Samen',
    figure: 'Afbeelding',
    discussion: 'Bespreek samen',
    discussionIntro: 'Vragen om met je team of je leergroep over te praten.',
    readAloud: 'Zeg tegen de groep',
  },
  footer: {
    label: 'Over deze site',
    privacyNote: 'Alles wat je invult, blijft op je eigen apparaat.',
  },
  homePage: {
    audiencesTitle: 'Waar wil je beginnen?',
    partsTitle: 'De delen van het playbook',
    audiences: {
      read: { title: 'Lezen en toepassen', text: 'Begin bij de rol van de adviseur en lees het playbook van voor naar achter.' },
      assess: { title: 'Een zelfscan doen', text: 'Ontdek in tien minuten waar je staat. Je antwoorden blijven op je eigen apparaat.' },
      facilitate: { title: 'Een sessie leiden', text: 'Werkvormen en hulpmiddelen voor een teamdag, een leerdag of een gesprek met een manager.' },
      facilitateMore: 'Geef je een training? Gebruik dan ook:',
    },
  },
  tools: {
    label: 'Hulpmiddel',
    related: 'Lees erover',
    privacy: 'Dit hulpmiddel werkt alleen in je browser. Wat je invult, wordt niet verstuurd.',
    noScript: 'Dit hulpmiddel werkt met JavaScript, en dat staat in je browser uit. Hieronder lees je hoe je het ook op papier kunt doen.',
    noAssessments: 'Dit playbook heeft nog geen zelfscans, dus er zijn nog geen codes om te combineren.',
    overviewTitle: 'Hulpmiddelen',
    overviewDescription: 'Rekenhulpen, formulieren en planners voor je werk met klanten en teams. Ze werken in je browser; er wordt niets verstuurd.',
  },
  offline: {
    updateNotice: 'Er is een nieuwe versie van het playbook.',
    updateKeep: 'Wat je hebt ingevuld, blijft bewaard.',
    updateButton: 'Laad de nieuwe versie',
    pageTitle: 'Je bent offline',
    pageDescription: 'Deze pagina is niet op dit apparaat bewaard. Dit kun je wel zonder internet lezen.',
    pageText: 'Er is geen internetverbinding, en de pagina die je zocht is niet op dit apparaat bewaard. De pagina’s hieronder kun je wel lezen.',
    availableTitle: 'Zonder internet beschikbaar',
    /** Filled in on the device by offline-page.ts: "#" is the number of pages. */
    availableOne: '1 pagina staat op dit apparaat.',
    availableMany: '# pagina’s staan op dit apparaat.',
    presentationsTitle: 'Presentaties',
    otherPagesTitle: 'Overige pagina’s',
    noneAvailable: 'Er staan nog geen pagina’s op dit apparaat. Elke pagina die je online opent, wordt bewaard.',
    saveAllHint: 'Wil je alles bij de hand hebben, ook zonder internet? Ga online naar de pagina voor trainers en kies daar “Bewaar het hele playbook offline”.',
    searchHint: 'Zonder internet zoek je in wat je eerder online hebt gezocht, of overal als je het hele playbook hebt bewaard. Een pagina die niet op dit apparaat staat, kun je pas lezen als je weer online bent.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet (meer). Misschien helpt de navigatie of de zoekfunctie je verder.',
    backHome: 'Naar de homepage',
  },
  /** Texts inside the diagrams of src/user-components/diagrams (SVG labels, <title> and <desc>). */
  diagrams: {
    fourQualities: {
      title: 'De vier eigenschappen van een effectieve adviseur',
      desc: 'In het midden staat de adviseur. Om de adviseur heen staan vier eigenschappen. Eigenschap a: je zoekt zelf naar opgaven. Eigenschap b: je verbindt je met de professionals in het primaire proces. Eigenschap c: je gaat goed om met onzekerheid. Eigenschap d: je zorgt voor samenhang in de bedrijfsvoering. Elke eigenschap is met een lijn verbonden met de adviseur.',
      hub: 'Adviseur',
      /** Two lines per box; each line fits about 14 characters. */
      qualities: {
        a: ['Zelf opgaven', 'zoeken'],
        b: ['Verbinden met', 'professionals'],
        c: ['Omgaan met', 'onzekerheid'],
        d: ['Zorgen voor', 'samenhang'],
      },
    },
    sixInterventions: {
      title: 'Zes interventies die elkaar versterken',
      desc: "Vijf interventies staan op een kring en zijn met elkaar verbonden. Eén: benoem het gewenste gedrag concreet. Twee: plaats training of coaching binnen een cultuurverandering. Drie: maak koppels, zodat collega’s van elkaar leren. Vier: maak klantgerichtheid een criterium in functionerings- en beoordelingsgesprekken. Vijf: het management geeft het voorbeeld. In het midden staat de zesde interventie: combineer ze, en, en, en. Zo versterken de interventies elkaar.",
      /** Two lines per intervention, in the order of their numbers; the sixth is the one in the middle. */
      interventions: [
        ['Gedrag concreet', 'benoemen'],
        ['Training binnen', 'cultuurverandering'],
        ['Koppels:', 'leren van elkaar'],
        ['Criterium in', 'gesprekken'],
        ['Management', 'geeft voorbeeld'],
        ['Combineer:', 'en, en, en'],
      ],
    },
    teamDayTimeline: {
      title: 'Tijdlijn van de teamdag en de follow-upsessie',
      desc: 'De teamdag heeft zes onderdelen, na elkaar. Eén: urgentie vanuit het management, 30 minuten. Twee: een ronde over klantfeedback met de NPS, 45 minuten. Drie: een beeldend verhaal over de bedoeling, 45 minuten. Vier: een teamronde over de vraag waartoe doe ik dit, 60 minuten. Vijf: samenwerkingsoefeningen, 2 uur. Zes: persoonlijke acties en afspraken, 45 minuten. De tijden zijn een voorstel. Enkele weken later volgt een follow-upsessie met het hele team.',
      heading: 'Teamdag (1 dag)',
      /** The parts of the day, in order; each label fits about 40 characters. */
      parts: [
        { label: 'Urgentie vanuit het management', time: '30 minuten' },
        { label: 'Ronde over klantfeedback (NPS)', time: '45 minuten' },
        { label: 'Beeldend verhaal over de bedoeling', time: '45 minuten' },
        { label: 'Teamronde: waartoe doe ik dit?', time: '60 minuten' },
        { label: 'Samenwerkingsoefeningen', time: '2 uur' },
        { label: 'Persoonlijke acties en afspraken', time: '45 minuten' },
      ],
      later: 'enkele weken later',
      followUp: 'Follow-upsessie',
      followUpWho: 'met het hele team',
    },
  },
  // One formatter for every page: creating an Intl.DateTimeFormat costs more than formatting.
  dateFormat: (date: Date) => longDate.format(date),
};

export type Dictionary = typeof nl;
