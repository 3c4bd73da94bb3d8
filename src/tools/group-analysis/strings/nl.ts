/** Interface strings of the group analysis, in Dutch. */
import type { AnswerCodeError } from '../../assessment/answer-code';
import type { AnalysisRejectReason, ItemFlag } from '../group-analysis';

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
};
