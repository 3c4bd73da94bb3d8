/** Interface strings of the group analysis, in Dutch. */
import type { AnswerCodeError } from '../../assessment/answer-code';
import type { AnalysisRejectReason, ItemFlag } from '../group-analysis';
import type { SummaryProblem } from '../pooled-summary';

function summaryProblem(problem: SummaryProblem, title: string): string {
  switch (problem.kind) {
    case 'too-large':
      return 'Dit bestand is te groot voor een samenvatting en is niet geopend.';
    case 'unreadable':
      return 'Dit bestand kon niet worden gelezen. Kies het opnieuw.';
    case 'not-json':
      return 'Dit bestand is niet te lezen als JSON: het is misschien beschadigd of niet helemaal opgeslagen.';
    case 'not-a-summary':
      return 'Dit is geen samenvatting van een groepsanalyse.';
    case 'other-format-version':
      return `Deze samenvatting heeft een ander bestandsformaat (${problem.formatVersion}) en is hier niet te lezen.`;
    case 'other-assessment':
      return `Deze samenvatting hoort bij een andere scan (${problem.assessment}), niet bij “${title}”.`;
    case 'other-version':
      return `Deze samenvatting komt uit versie ${problem.version} van “${title}”; hier telt versie ${problem.expected}, omdat de vragen verschillen.`;
    case 'damaged':
      return `Deze samenvatting is beschadigd of aangepast: een onderdeel, een vraag of een getal klopt niet bij “${title}”.`;
    case 'duplicate':
      return `Dit bestand is hetzelfde als ${problem.firstFile} en telt één keer mee.`;
  }
}

function codeError(error: AnswerCodeError, title: string): string {
  switch (error.kind) {
    case 'empty':
      return 'Er staat nog geen code.';
    case 'malformed':
      return 'Dit is geen antwoordcode. Een antwoordcode begint met letters, een cijfer en een A, zoals KT3A-…; een resultaatcode (zonder A) telt hier niet.';
    case 'checksum':
      return 'Deze code klopt niet: er is een teken veranderd, weggevallen of bijgekomen. Laat de deelnemer de code opnieuw kopiëren.';
    case 'other-assessment':
      return `Deze code hoort bij een andere scan (${error.code}), niet bij “${title}”.`;
    case 'other-version':
      return `Deze code komt uit versie ${error.version} van “${title}”; de analyse gebruikt versie ${error.expected}, omdat de vragen verschillen.`;
    case 'shape':
      return `Deze code past niet bij “${title}”: het aantal vragen of een antwoord klopt niet.`;
  }
}

export const groupAnalysis = {
  assessmentLabel: 'Welke scan heeft de groep gedaan?',
  codesLabel: 'Plak de antwoordcodes van de deelnemers',
  codesHelp: 'Eén code per regel. Elke deelnemer kopieert de eigen antwoordcode op het scherm met de uitkomst van de scan.',
  counted: (count: number) => `${count} ${count === 1 ? 'code' : 'codes'} geteld.`,
  rejectedTitle: (count: number) => `${count} ${count === 1 ? 'code is' : 'codes zijn'} niet meegeteld:`,
  rejected: (line: number, excerpt: string, reason: AnalysisRejectReason, title: string) =>
    `Regel ${line} (${excerpt}): ${
      reason.kind === 'invalid'
        ? codeError(reason.error, title)
        : reason.kind === 'duplicate'
          ? `Dubbel: deze code staat al op regel ${reason.firstLine}.`
          : 'Deze code is van een leidinggevende. Hun vragen zijn anders geformuleerd, dus hun antwoorden horen bij een andere schaal.'
    }`,
  tooFew: (people: number, needed: number) =>
    `Er ${people === 1 ? 'is' : 'zijn'} ${people} ${people === 1 ? 'geldige code' : 'geldige codes'}. De analyse verschijnt pas vanaf ${needed} codes: met minder zegt een betrouwbaarheid niets, en zijn losse antwoorden te herleiden.`,
  resultTitle: (people: number) => `Analyse van ${people} deelnemers`,
  privacy:
    'Alles wordt in je browser berekend. De codes worden niet bewaard of verstuurd. Het scherm toont nooit een rij met de antwoorden van één persoon, alleen cijfers per onderdeel en per vraag. Verzonnen codes kan het niet herkennen: wie negen verzonnen codes bij één echte plakt, leest uit die cijfers af wat die ene persoon antwoordde, bijvoorbeeld waar die “weet ik niet” koos. Laat de codes daarom zonder naam verzamelen en plakken door iemand die de groep vertrouwt.',
  uncertainty: (people: number) =>
    `Met ${people} mensen is α onzeker. Daarom staat bij elke α het 95%-betrouwbaarheidsinterval (Feldt): de waarden van α die bij deze groep passen. Met tien mensen loopt dat interval vaak van ongeveer 0,2 tot 0,9; pas met ongeveer honderd mensen ligt het binnen een tiende aan weerszijden. Lees α dus als een aanwijzing, niet als een oordeel over de scan. En α schat hoe betrouwbaar een score is; het bewijst niet dat de vragen één ding meten. Dat vraagt een factoranalyse op de antwoorden van honderden mensen.`,
  sharesRounded: (people: number) => `Met minder dan ${people} deelnemers staat het aandeel “weet ik niet” afgerond op hele tientallen procenten (0%, 10%, 20%, …). Zo zegt het minder over losse deelnemers.`,
  side: (dimension: string, side: string) => `${dimension}: ${side}`,
  alpha: 'Cronbachs α',
  alphaNone: 'niet te berekenen (de antwoorden verschillen niet genoeg)',
  alphaInterval: (lower: string, upper: string) => `95%-betrouwbaarheidsinterval: ${lower} tot ${upper}`,
  alphaReading: (alpha: number | null): string =>
    alpha === null
      ? 'Zonder verschillen tussen mensen valt de betrouwbaarheid niet te schatten.'
      : alpha >= 0.8
        ? 'Hoge betrouwbaarheid in deze groep: de antwoorden op deze vragen hangen sterk samen.'
        : alpha >= 0.7
          ? 'Voldoende betrouwbaarheid in deze groep voor een gesprek over de uitkomst.'
          : alpha >= 0.5
            ? 'Matige betrouwbaarheid in deze groep: lees de uitkomst van dit onderdeel voorzichtig.'
            : 'Lage betrouwbaarheid in deze groep: de score van dit onderdeel zegt hier weinig. Kijk hieronder naar de samenhang per vraag.',
  setTooFew: (people: number, needed: number) =>
    `Te weinig deelnemers met genoeg antwoorden op dit onderdeel (${people}; nodig: ${needed}). Hier is geen α te berekenen.`,
  people: (count: number) => `${count} deelnemers met genoeg antwoorden`,
  imputed: (share: string) => `${share} van de antwoorden ontbrak en is aangevuld met het eigen gemiddelde van die deelnemer.`,
  tableCaption: (name: string) => `Vragen van ${name}`,
  item: 'Vraag',
  itemRest: 'Samenhang met de andere vragen (r)',
  alphaIfDropped: 'α zonder deze vraag',
  unknownShare: '“Weet ik niet”',
  flagsHeading: 'Opvallend',
  none: '–',
  reversed: '(omgekeerd gescoord)',
  flags: {
    'low-item-rest': 'hangt nauwelijks samen met de andere vragen (r onder 0,20)',
    'raises-alpha': 'zonder deze vraag wordt α hoger',
    'many-unknown': 'meer dan 20% antwoordt “weet ik niet”',
    'little-spread': 'weinig spreiding: bijna iedereen gaf hetzelfde antwoord',
  } as Record<ItemFlag, string>,
  noFlags: 'Geen vraag valt op.',
  /** Below MIN_FLAG_GROUP people in a set: the r values stand, unflagged. */
  correlationsUnflagged: (needed: number) =>
    `Op samenhang (r onder 0,20, of een hogere α zonder de vraag) markeert de analyse vragen pas vanaf ${needed} deelnemers. Met minder mensen is zo’n lage r vaak toeval. De r-waarden staan wel in de tabellen: lees ze als aanwijzing.`,
  flaggedTitle: 'Vragen die opvallen',
  verantwoordingLink: 'Meet de betrouwbaarheid met je eigen groep: de groepsanalyse',
  languages: (nl: number, en: number) => `Taal van de scan: ${nl} Nederlands, ${en} Engels.`,
  summaryTitle: 'Samenvatting voor een analyse over meer groepen',
  summaryWhy: 'Eén groep is te klein om de vragen van een scan goed te toetsen. Met de samenvattingen van meer groepen samen kan dat beter, en zonder dat iemand de codes bewaart.',
  summaryContents:
    'Het bestand bevat per onderdeel (en per kant van een balans): het aantal deelnemers, hoeveel van hen de scan in het Nederlands en in het Engels deden, per vraag het gemiddelde en het aandeel “weet ik niet”, en hoe de antwoorden op elk paar vragen samen variëren (de covariantiematrix). Gemiddelden en covarianties zijn berekend op dezelfde antwoorden als de α hierboven: omgekeerd gescoorde vragen omgedraaid, ontbrekende antwoorden aangevuld met het eigen gemiddelde van de deelnemer. Per taal staan die cijfers er alleen apart in als beide talen in dat onderdeel minstens 10 deelnemers hebben. Heeft een onderdeel een vraag met weinig spreiding (bijna iedereen gaf hetzelfde antwoord), dan staan van dat onderdeel alleen de aantallen en het aandeel “weet ik niet” erin. Verder staan erin: de scan, de versie, de datum van vandaag en de versie van het bestandsformaat. Het bestand bevat geen codes en geen antwoorden van één persoon.',
  summaryWarning:
    'Het bestand wordt in je browser gemaakt en nergens heen gestuurd. Eén samenvatting van 10 of meer mensen laat niet zien wat één persoon antwoordde. Twee samenvattingen van groepen die maar één persoon verschillen, laten dat samen wel zien: het verschil tussen de twee is die ene persoon. Maak dus geen tweede samenvatting nadat je een code hebt toegevoegd of weggehaald. Geef een samenvatting daarom alleen aan iemand die de groep vertrouwt.',
  summaryDownload: 'Download de samenvatting',
  summaryFileName: (assessment: string, version: number, date: string) => `groepssamenvatting-${assessment}-versie-${version}-${date}.json`,
  poolTitle: 'Voeg samenvattingen samen',
  poolIntro:
    'Heb je samenvattingen van meer groepen die dezelfde scan deden? Open ze hier samen. Je ziet dan per onderdeel de α van alle groepen samen. Ook dit gebeurt alleen in je browser: de bestanden worden niet bewaard of verstuurd. Open geen twee samenvattingen van bijna dezelfde groep: dan tellen mensen dubbel, en het verschil tussen de twee laat zien wat de andere mensen antwoordden.',
  poolAssessmentLabel: 'Van welke scan zijn de samenvattingen?',
  poolFilesLabel: 'Open samenvattingen',
  poolFilesHelp: 'Je kunt meer bestanden tegelijk kiezen. Bestanden van een andere scan of een andere versie tellen niet mee.',
  poolCounted: (files: number, people: number) => `${files} ${files === 1 ? 'samenvatting' : 'samenvattingen'} meegeteld, samen ${people} deelnemers.`,
  poolRejectedTitle: (count: number) => `${count} ${count === 1 ? 'bestand telt' : 'bestanden tellen'} niet mee:`,
  poolRejected: (name: string, problem: SummaryProblem, title: string) => `${name}: ${summaryProblem(problem, title)}`,
  poolClear: 'Sluit alle bestanden',
  poolResultTitle: (people: number, groups: number) => `Samen: ${people} deelnemers uit ${groups} ${groups === 1 ? 'groep' : 'groepen'}`,
  poolMethod:
    'De α hieronder komt uit de samenhang van de antwoorden binnen elke groep, samengevoegd over de groepen (de gepoolde covariantiematrix binnen de groepen). Verschillen tussen de groepen als geheel tellen niet mee. Het 95%-betrouwbaarheidsinterval rekent met het totale aantal deelnemers.',
  poolSetPeople: (people: number, groups: number) => `${people} deelnemers uit ${groups} ${groups === 1 ? 'groep' : 'groepen'}`,
  poolLeftOut: (people: number) => `${people} ${people === 1 ? 'deelnemer telt' : 'deelnemers tellen'} hier niet mee: in hun groep hadden te weinig mensen genoeg antwoorden op dit onderdeel, of gaf bijna iedereen op een vraag hetzelfde antwoord.`,
  poolNone: 'Geen van de samenvattingen heeft cijfers voor dit onderdeel.',
  poolByLanguage: (language: 'nl' | 'en', alpha: string, lower: string, upper: string, people: number) =>
    `${language === 'nl' ? 'Nederlands' : 'Engels'}: α ${alpha} (95%-betrouwbaarheidsinterval ${lower} tot ${upper}; ${people} deelnemers)`,
  poolByLanguageTitle: 'α per taal',
  poolLanguageNote:
    'Een eerste blik op de vraag of de Nederlandse en de Engelse vragen even sterk samenhangen. Het is geen toets van meetinvariantie: of de vragen in beide talen hetzelfde meten, vraagt een factoranalyse per taal.',
  poolLanguageTooFew: (nl: number, en: number, needed: number) =>
    `α per taal verschijnt vanaf ${needed} deelnemers in elke taal (met cijfers per taal nu: ${nl} Nederlands, ${en} Engels).`,
};
