/**
 * Every interface string of the site, in Dutch. Components never write interface text
 * inline: they read it from here, so an English edition only needs an `en/` folder of the
 * same shape. Areas that run in the browser (search, assessments) live in their own files,
 * so a widget's bundle carries only its own strings.
 */
import { assessment } from '../../tools/assessment/strings/nl';
import { search } from '../../tools/search/strings/nl';

export const nl = {
  lang: 'nl',
  siteName: 'Adviesplaybook',
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
  search,
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
    description: 'Alle hoofdstukken en plays op één pagina, in leesvolgorde: om te printen of als pdf te bewaren.',
    how: 'Print deze pagina of bewaar hem als pdf met Ctrl+P (op een Mac: ⌘+P). Elk hoofdstuk begint op een nieuwe pagina.',
    toc: 'Inhoud',
  },
  trainers: {
    title: 'Voor trainers',
    description: 'Links die nooit breken, QR-codes voor handouts en slides, en zelfscans om in te bedden in een leeromgeving.',
    promiseTitle: 'Links die blijven werken',
    promise:
      'Elke link op deze pagina blijft werken, ook als een hoofdstuk later verhuist of een kop verandert: de site stuurt je dan door naar de nieuwe plek. Je kunt ze dus gerust in een reader of op een slide zetten. Een link naar een deel van een pagina maak je met de linkknop naast elke kop.',
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
    downloadLabel: (title: string) => `Download de QR-code van “${title}” (SVG)`,
    qrAlt: (title: string) => `QR-code van “${title}”`,
    embedTitle: 'Zelfscans inbedden in een leeromgeving',
    embedIntro:
      'Zet een zelfscan in je leeromgeving (bijvoorbeeld als HTML-blok). De zelfscan toont dan alleen zichzelf, zonder de navigatie van de site. De resultaten blijven in de browser van de deelnemer, net als op de site.',
    embedHeight:
      'Het script eronder laat het kader meegroeien met de zelfscan. Zonder het script werkt de zelfscan ook; je scrolt dan binnen het kader.',
    embedSnippet: (title: string) => `Code om “${title}” in te bedden`,
    copySnippet: 'Kopieer de code',
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
    typeLabel: { hoofdstuk: 'Hoofdstuk', play: 'Play' } as Record<'hoofdstuk' | 'play', string>,
    inPart: 'Deel',
  },
  play: {
    card: 'Deze play in het kort',
    duration: 'Duur',
    people: 'Wie doen mee',
    materials: 'Wat je nodig hebt',
    noMaterials: 'Niets bijzonders',
  },
  blocks: {
    callout: { tip: 'Tip', 'let-op': 'Let op', kern: 'De kern' } as Record<'tip' | 'let-op' | 'kern', string>,
    example: 'Voorbeeld',
    praktijk: 'In de praktijk',
    source: 'Bron',
    stepTime: 'Tijd',
    figure: 'Afbeelding',
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
      facilitate: { title: 'Een sessie leiden', text: 'Plays en hulpmiddelen voor een teamdag, een leerdag of een gesprek met een manager.' },
    },
  },
  assessment,
  tools: {
    label: 'Hulpmiddel',
    related: 'Lees erover',
    privacy: 'Dit hulpmiddel werkt alleen in je browser. Wat je invult, wordt niet verstuurd.',
    noScript: 'Dit hulpmiddel werkt met JavaScript, en dat staat in je browser uit. Hieronder lees je hoe je het ook op papier kunt doen.',
    noAssessments: 'Dit playbook heeft nog geen zelfscans, dus er zijn nog geen codes om te combineren.',
    overviewTitle: 'Hulpmiddelen',
    overviewDescription: 'Rekenhulpen, formulieren en planners voor je werk met klanten en teams. Ze werken in je browser; er wordt niets verstuurd.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet (meer). Misschien helpt de navigatie of de zoekfunctie je verder.',
    backHome: 'Naar de homepage',
  },
  dateFormat: (date: Date) =>
    new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date),
};

export type Dictionary = typeof nl;
