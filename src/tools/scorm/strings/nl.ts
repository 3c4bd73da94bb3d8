/** Interface strings of the SCORM packages (a self-assessment inside a learning platform), in Dutch. */
import type { PlatformProblem } from '../runtime';
import type { PackageVariant } from '../variants';

export const scorm = {
  variantName: { completion: 'alleen afronding', outcome: 'met uitkomst' } as Record<PackageVariant, string>,
  receivesTeamscan: [
    'Dat je de teamscan hebt geopend, of je hem hebt afgerond en hoe lang je bezig was.',
    'Je antwoorden niet, ook niet zolang je nog bezig bent: je voortgang blijft op dit apparaat. Wat je over je team zegt, komt zo nooit naast je naam te staan.',
  ],
  receivesHeading: 'Wat je leeromgeving van je krijgt',
  receives: {
    completion: [
      'Dat je de zelfscan hebt geopend, of je hem hebt afgerond en hoe lang je bezig was.',
      'Verder niets, ook niet zolang je nog bezig bent: je antwoorden en je voortgang blijven op dit apparaat. Stop je halverwege, dan ga je op dit apparaat verder; op een ander apparaat begin je opnieuw.',
    ],
    outcome: [
      'Dat je de zelfscan hebt geopend, of je hem hebt afgerond en hoe lang je bezig was.',
      'Na afloop stuurt dit pakket per onderdeel alleen de uitkomst in woorden naar de leeromgeving, geen scores en geen antwoorden. Dat doet het alleen als jij daarvoor kiest, op het scherm met je resultaat.',
      'Je antwoorden en je voortgang niet: die blijven op dit apparaat. Stop je halverwege, dan ga je op dit apparaat verder; op een ander apparaat begin je opnieuw.',
    ],
  } as Record<PackageVariant, string[]>,
  toolReceives: ['Dat je de check hebt geopend, of je de samenvatting hebt bereikt en hoe lang je bezig was.'],
  toolNeverSent: 'Je leeromgeving krijgt je antwoorden en de uitkomst niet. Die blijven op dit apparaat.',
  toolCompletedNotice: 'Je leeromgeving heeft gehoord dat je de check hebt afgerond.',
  /** Only for a scan with a balance dimension: its outcome is never sent (objectives.ts). */
  outcomeNoBalance: 'Niets over vragen en bieden: die twee uitkomsten gaan niet naar de leeromgeving.',
  /** After completion in the "met uitkomst" package: the respondent chooses whether the outcome is sent. */
  consent: {
    heading: 'Je uitkomst naar je leeromgeving sturen?',
    question:
      'Je leeromgeving weet nu alleen dat je de zelfscan hebt afgerond. Wil je ook per onderdeel je uitkomst in woorden sturen, zoals die bij je resultaat staat? Geen scores en geen antwoorden. Kies je niets, dan gaat er niets meer naar je leeromgeving.',
    send: 'Stuur mijn uitkomst naar de leeromgeving',
    decline: 'Alleen afronden zonder uitkomst',
    sent: 'Je uitkomst per onderdeel is naar je leeromgeving gestuurd.',
    declined: 'Je uitkomst is niet gestuurd. Je leeromgeving weet alleen dat je de zelfscan hebt afgerond.',
    waiting: 'Je leeromgeving heeft gehoord dat je de zelfscan hebt afgerond. Of je uitkomst ook mee mag, kies je boven je resultaat.',
  },
  neverSent: {
    completion: 'Je leeromgeving krijgt geen antwoorden, geen scores en geen uitkomst. Die zie alleen jij, op dit apparaat.',
    outcome: 'Je leeromgeving krijgt nooit je antwoorden, ook niet zolang je bezig bent, geen score en niet de uitleg bij je uitkomst.',
  } as Record<PackageVariant, string>,
  connecting: 'Verbinding met je leeromgeving wordt gezocht…',
  connected: 'Verbonden met je leeromgeving.',
  standalone:
    'Geen leeromgeving gevonden. De zelfscan werkt gewoon, maar er gaat niets naar een leeromgeving: je voortgang en je resultaat blijven alleen op dit apparaat.',
  completedNotice: 'Je leeromgeving heeft gehoord dat je de zelfscan hebt afgerond.',
  problem: (problem: PlatformProblem) =>
    `Je leeromgeving heeft je voortgang misschien niet opgeslagen (${problem.call}, foutcode ${problem.code}${problem.description ? `: ${problem.description}` : ''}). Je kunt gewoon doorgaan en je ziet je resultaat hoe dan ook. Blijft dit gebeuren, meld het dan bij de beheerder van je leeromgeving.`,
  noScript: 'Deze zelfscan heeft JavaScript nodig. Zet JavaScript aan, of open de zelfscan op de website van het Adviesplaybook.',
  playbookLink: 'Het Adviesplaybook op het web',
  newTab: '(opent in een nieuw tabblad)',
  packages: {
    heading: 'SCORM 1.2-pakketten',
    version: (version: number) => `zelfscan, versie ${version}`,
    tool: 'hulpmiddel; alleen afronding, je antwoorden blijven op het apparaat',
    downloadLabel: (title: string, variant: string, size: string) => `Download het SCORM-pakket “${title}”, ${variant} (${size})`,
    receivedCaption: (variant: string) => `Wat de leeromgeving ontvangt: ${variant}`,
    element: 'SCORM-gegeven',
    whatAndWhen: 'Wat en wanneer',
  },
  cmi: {
    status: ['cmi.core.lesson_status', 'incomplete bij de start; completed zodra het resultaat in beeld komt'],
    suspend: ['cmi.suspend_data', 'nooit gevuld: antwoorden en voortgang blijven op het apparaat. Liet een ouder pakket daar antwoorden achter, dan wist het pakket ze bij de start (samen met cmi.core.exit)'],
    time: ['cmi.core.session_time', 'bij het verlaten: hoe lang de sessie duurde'],
    objectiveId: ['cmi.objectives.n.id', 'alleen als de deelnemer na afloop kiest om de uitkomst te sturen, één per onderdeel: de code van het onderdeel en de uitkomst, bijvoorbeeld verbinden_op-weg, of verbinden_op-de-grens_op-weg_sterk-punt als de score op de grens van twee uitkomsten ligt; alleen de code (verbinden) als er te weinig antwoorden waren. Een onderdeel dat vragen en bieden vergelijkt, wordt niet verstuurd. Geen score: score.raw, score.min en score.max blijven leeg'],
    objectiveStatus: ['cmi.objectives.n.status', 'als de deelnemer de uitkomst stuurt: completed, of incomplete als er te weinig antwoorden waren voor een uitkomst'],
  },
};
