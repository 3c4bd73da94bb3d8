/** Interface strings of the waartoe check, in Dutch. Keys follow the ids in ../purpose-check.ts. */
import type { LinkId, QuestionId, ReasonId, VerdictId } from '../purpose-check';

interface QuestionText {
  title: string;
  help: string;
  /** Under the text field, when the question has one. */
  textHint?: string;
  /** The choice's own question, when the title labels the text field. */
  legend?: string;
  options: Record<string, string>;
}

const count = (value: number) => value.toLocaleString('nl-NL');

export const waartoe = {
  loading: 'De check wordt geladen…',
  intro: 'Zes vragen, een paar minuten. Je antwoorden blijven op dit apparaat.',
  resumed: 'Je gaat verder waar je was gebleven.',
  progress: (position: number, total: number) => `Vraag ${position} van ${total}`,
  progressLabel: 'Voortgang',
  previous: 'Vorige vraag',
  next: 'Volgende vraag',
  finish: 'Bekijk de uitkomst',
  problems: {
    choose: 'Kies een antwoord.',
    'text-required': 'Schrijf in een paar woorden op welk resultaat je wilt. Weet je het nog niet? Schrijf dat dan op.',
    'text-too-long': (used: number, max: number) => `Dit zijn ${count(used)} tekens; houd het korter dan ${count(max)}.`,
  },
  characters: (used: number, max: number) => `${count(used)} van ${count(max)} tekens`,

  questions: {
    resultaat: {
      title: 'Welk resultaat wil je bereiken?',
      help: 'Denk aan iets wat je kunt zien of tellen. Bijvoorbeeld: foutmeldingen dalen van 10% naar 5%, er komen 10% meer klanten terug, of de NPS gaat 8 punten omhoog.',
      textHint: 'Schrijf het in een paar woorden op.',
      legend: 'Kun je zien of meten of je dit resultaat haalt?',
      options: {
        meetbaar: 'Ja, en ik weet waar we nu staan',
        'meetbaar-zonder-beginpunt': 'Ja, maar ik weet nog niet waar we nu staan',
        algemeen: 'Nee, het is nog algemeen, zoals “klantgerichter werken”',
        'weet-niet': 'Dat weet ik niet',
      },
    },
    klant: {
      title: 'Wat merken je klanten ervan als je dat resultaat haalt?',
      help: 'Je klanten kunnen inwoners of bedrijven zijn, maar ook collega’s in het primaire proces.',
      textHint: 'Mag leeg blijven.',
      legend: 'Hoe goed kun je dat zeggen?',
      options: {
        concreet: 'Goed: ik kan beschrijven wat ze merken',
        vaag: 'Ik heb een idee, maar het is nog vaag',
        'weet-niet': 'Dat weet ik (nog) niet',
      },
    },
    besluit: {
      title: 'Wie heeft bedacht dat een training het antwoord is?',
      help: 'Er is geen goed of fout antwoord. Het gaat erom hoe je team de training straks ziet.',
      options: {
        alleen: 'Ik, alleen',
        hoger: 'De directie, of iemand anders boven mij',
        samen: 'Ik, samen met het team',
        team: 'Het team vroeg er zelf om',
      },
    },
    eerst: {
      title: 'Heb je eerst gekeken naar randvoorwaarden en het werkproces?',
      help: 'De volgorde is: eerst het resultaat, dan de randvoorwaarden (zoals tijd, informatie en ruimte om zelf te beslissen), dan het proces (waar gaat het nu mis?). Pas daarna kijk je naar vaardigheden. Zo werkt LEAN ook.',
      options: {
        ja: 'Ja, naar allebei',
        deels: 'Naar een van de twee, of maar een beetje',
        nee: 'Nee, nog niet',
      },
    },
    noodzaak: {
      title: 'Heb je je medewerkers uitgelegd waarom dit resultaat nodig is?',
      help: 'Bijvoorbeeld: andere aanbieders gaan ons voorbij, nieuwe technologie verandert het werk, of inwoners verwachten sneller antwoord.',
      options: {
        ja: 'Ja, en ze kunnen het in hun eigen woorden navertellen',
        verteld: 'Ik heb het verteld, maar ik weet niet of het is overgekomen',
        nee: 'Nee, nog niet',
      },
    },
    beleving: {
      title: 'Hoe zien je medewerkers de training?',
      help: 'Stel je voor dat je de training morgen aankondigt. Wat horen je medewerkers dan?',
      options: {
        missie: 'Als iets van ons samen: ze willen het doel ook halen',
        oordeel: 'Als een oordeel: ze horen dat ze het niet goed doen',
        'weet-niet': 'Dat weet ik niet',
        onbekend: 'Ze weten nog niets van de training',
      },
    },
  } satisfies Record<QuestionId, QuestionText> as Record<QuestionId, QuestionText>,

  resultTitle: 'Je uitkomst',
  verdicts: {
    'geen-training': {
      title: 'Bestel nog geen training',
      text: 'Het is nog niet duidelijk welk resultaat je wilt, of wat je klanten ervan moeten merken. Dan kun je ook niet weten of een training helpt. Grote kans dat je medewerkers vooral horen dat ze het niet goed doen.',
    },
    'eerst-samen': {
      title: 'Eerst samen het doel scherp maken',
      text: 'Je hebt een doel voor ogen, maar je team staat er nog niet naast je, of de weg ernaartoe is nog niet verkend. Leg het doel eerst aan je medewerkers voor en zoek samen hoe jullie het halen. Pas daarna weet je of een training nodig is.',
    },
    'training-kan-helpen': {
      title: 'Een training kan helpen, als onderdeel van meer',
      text: 'Het doel is helder, je team kent de noodzaak en jullie keken eerst naar randvoorwaarden en het proces. Een training kan nu zinvol zijn, want mensen weten waartoe. Laat hem niet alleen staan: één training verandert zelden iets blijvends.',
    },
  } satisfies Record<VerdictId, { title: string; text: string }>,
  reasonsTitle: 'Waarom deze uitkomst?',
  reasons: {
    'doel-vaag': 'Je resultaat is nog niet te zien of te meten. “Klantgerichter werken” is een wens, geen resultaat.',
    'geen-nulmeting': 'Je weet nog niet waar je nu staat. Zonder beginpunt zie je later niet of het gelukt is.',
    'klant-onbekend': 'Je weet nog niet wat klanten van het resultaat moeten merken.',
    'klant-vaag': 'Wat klanten ervan merken, is nog vaag. Maak het zo concreet dat een klant het zou herkennen.',
    'van-bovenaf': 'Het team heeft de training niet mee bedacht. Een opgelegde training komt vaak aan als een oordeel.',
    volgorde: 'Randvoorwaarden en het werkproces zijn nog niet (helemaal) bekeken. Daar zit vaak de grootste winst, nog vóór vaardigheden.',
    'noodzaak-onzeker': 'Je weet niet zeker of je medewerkers begrijpen waarom het resultaat nodig is.',
    'noodzaak-onbekend': 'Je medewerkers weten nog niet waarom het resultaat nodig is. Wat voor de top vanzelf spreekt, is op de werkvloer vaak onzichtbaar.',
    oordeel: 'Je medewerkers zien de training als een oordeel over hun werk. Dat maakt mensen zelden gemotiveerder.',
    'beleving-onbekend': 'Je weet nog niet hoe je medewerkers tegen de training aankijken. Vraag het hen.',
  } satisfies Record<ReasonId, string>,
  noReasons: 'Op alle zes de vragen gaf je het antwoord waar het hoofdstuk om vraagt.',
  stepsTitle: 'Je volgende stap',
  steps: {
    'geen-training': [
      'Voer het waartoe-gesprek, bijvoorbeeld met een HR-adviseur die doorvraagt.',
      'Kies één resultaat dat je kunt zien of meten.',
      'Zoek op waar je nu staat. Dat is je beginpunt.',
      'Doe daarna deze check nog eens.',
    ],
    'eerst-samen': [
      'Leg het resultaat aan je medewerkers voor, als vraag: hoe halen we dit samen?',
      'Vertel concreet waarom het nodig is: wat merkt de klant nu, en wat gebeurt er als we niets doen?',
      'Kijk samen eerst naar randvoorwaarden, dan naar het proces, en pas daarna naar wat mensen moeten leren.',
      'Besluit pas na dat gesprek over een training.',
    ],
    'training-kan-helpen': [
      'Laat het team zelf zeggen wat het wil leren, en waartoe.',
      'Combineer de training met andere stappen, zoals koppels van collega’s en het goede voorbeeld van het management.',
      'Spreek af wanneer je samen kijkt of het resultaat dichterbij komt.',
    ],
  } satisfies Record<VerdictId, string[]>,
  linksTitle: 'Lees verder',
  links: {
    'waartoe-gesprek': 'Het waartoe-gesprek: een play voor manager en adviseur',
    'vergeten-vraag': 'De vergeten vraag: waartoe?',
    'samen-de-weg': 'Samen de weg zoeken: eerst randvoorwaarden, dan het proces',
    noodzaak: 'Maak de noodzaak zichtbaar',
    motivatie: 'Wat professionals drijft',
    'zes-interventies': 'Zes interventies die elkaar versterken',
    interventieplan: 'Een interventieplan maken',
    interventieplanner: 'Hulpmiddel: de interventieplanner',
    nps: 'Klanttevredenheid meten met de NPS',
  } satisfies Record<LinkId, string>,
  answersTitle: 'Je antwoorden',
  noText: 'Niets ingevuld.',
  print: 'Print de uitkomst',
  change: 'Pas je antwoorden aan',
  restart: 'Opnieuw',
  restartConfirm: 'Al je antwoorden worden van dit apparaat gewist. Weet je het zeker?',
  restartYes: 'Ja, begin opnieuw',
  cancel: 'Annuleer',
  restarted: 'Je antwoorden zijn gewist. Je begint weer bij vraag 1.',
  storage: {
    unavailable: 'Je browser staat niet toe dat we je antwoorden op dit apparaat bewaren. Je kunt de check wel doen; print de uitkomst als je hem wilt houden.',
    full: 'De opslag van je browser is vol, dus je laatste antwoord is niet bewaard. Je kunt wel verder.',
    recovered: 'Je bewaarde antwoorden waren beschadigd. We hebben ze apart gezet (niet gewist) en beginnen opnieuw.',
    locked: 'Je bewaarde antwoorden zijn beschadigd en konden niet apart worden gezet. We laten ze ongemoeid en bewaren niets nieuws.',
  },
};
