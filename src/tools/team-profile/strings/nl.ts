/** Interface strings of the team profile, in Dutch. */
import { assessment, codeError } from '../../assessment/strings/nl';
import type { ChangeReading } from '../../assessment/reliable-change';
import type { AgreementLevel } from '../agreement';
import type { RejectReason, ResponseFormat } from '../team-profile';

const list = (lines: number[]) => (lines.length === 1 ? `regel ${lines[0]}` : `regels ${lines.slice(0, -1).join(', ')} en ${lines.at(-1)}`);

/** Why a pasted code was not counted. */
function rejectReason(reason: RejectReason): string {
  switch (reason.kind) {
    case 'invalid':
      return codeError(reason.error);
    case 'other-assessment':
      return `Deze code hoort bij “${reason.title}”, niet bij “${reason.expected}”.`;
    case 'duplicate':
      return `Dubbel: deze code staat al op regel ${reason.firstLine}.`;
  }
}

export const teamProfile = {
  rejectReason,
  assessmentLabel: 'Welke scan heeft het team gedaan?',
  mixedVersions: (versions: { version: number; lines: number[] }[]) =>
    `Deze codes komen uit verschillende versies van de scan. Die zijn niet samen te voegen, omdat de vragen verschillen: ${versions
      .map((entry) => `versie ${entry.version} op ${list(entry.lines)}`)
      .join('; ')}. Haal de codes van één versie weg, of vraag die teamleden de scan opnieuw te doen.`,
  leadersLeftOut: (count: number, lines: number[]) =>
    `${count === 1 ? 'Eén code is' : `${count} codes zijn`} van een leidinggevende (${list(lines)}). Die tellen niet mee in het profiel van de teamleden: de leiding kijkt naar het eigen voorbeeld. Apart tonen we ze pas vanaf vijf leidinggevenden, anders is hun uitkomst herkenbaar.`,
  leadersTitle: (count: number) => `Profiel van de leiding (${count} leidinggevenden)`,
  leadersIntro: 'De leiding vulde de scan in als leidinggevende. Dit profiel staat los van dat van de teamleden.',
  legacyProfile: (version: number) =>
    `Deze codes komen uit versie ${version} van de scan. Je ziet het profiel zoals die versie het gaf, zonder volgende stappen van nu.`,
  smallTeam: 'Is jullie team kleiner dan vijf mensen? Gebruik dan de papieren versie voor een open gesprek: ieder vult hem voor zichzelf in en vertelt wat die wil delen.',
  smallTeamLink: 'Naar de papieren versie',
  codesLabel: 'Plak de resultaatcodes van de teamleden',
  codesHelp: 'Eén code per regel. Elk teamlid kreeg een eigen code aan het eind van de scan. Verzamel eerst alle codes, plak ze en kies dan “Maak het teamprofiel”. Daarna liggen de codes vast.',
  makeProfile: 'Maak het teamprofiel',
  restart: 'Begin opnieuw met andere codes',
  lockedNote: 'Het profiel hieronder hoort bij deze codes; ze liggen vast.',
  noCodes: 'Plak eerst de resultaatcodes van de teamleden.',
  /** privacy.ts tooCloseToEarlier: the new set differs from an earlier one of this visit by `difference` (1 or 2) codes. */
  tooClose: (difference: number) =>
    `Dit profiel wordt niet gemaakt: deze codes verschillen maar ${difference === 1 ? 'één code' : 'twee codes'} van een profiel dat je eerder op deze pagina maakte. Naast elkaar zouden de twee profielen laten zien wat ${difference === 1 ? 'dat ene teamlid' : 'die twee teamleden'} antwoordde${difference === 1 ? '' : 'n'}. Maak een profiel van alle codes in één keer, of van een set die minstens drie codes verschilt. Laad je de pagina opnieuw, dan weet het scherm dit niet meer: het beschermt tegen per ongeluk vergelijken, niet tegen iemand die het erop aanlegt.`,
  counted: (count: number) => `${count} ${count === 1 ? 'code' : 'codes'} geteld.`,
  rejectedTitle: (count: number) => `${count} ${count === 1 ? 'code is' : 'codes zijn'} niet meegeteld:`,
  rejected: (line: number, excerpt: string, reason: RejectReason) => `Regel ${line} (${excerpt}): ${rejectReason(reason)}`,
  tooSmall: (members: number, needed: number) =>
    `Er ${members === 1 ? 'is' : 'zijn'} ${members} ${members === 1 ? 'geldige code' : 'geldige codes'} van teamleden. Het profiel verschijnt pas vanaf ${needed} codes: met minder kunnen mensen elkaars uitkomst afleiden.`,
  profileTitle: (members: number) => `Teamprofiel van ${members} teamleden`,
  summaryTitle: 'In één oogopslag',
  /** The cards' order (team-profile.ts profileOrder): `formats` worded and in order. */
  orderNote: (formats: string[]) =>
    [
      formats.length > 1 ? `De onderdelen staan per soort vraag: eerst ${formats.slice(0, -1).join(', ')}, dan ${formats.at(-1)}.` : '',
      `${formats.length > 1 ? 'Binnen elke soort staan ze' : 'De onderdelen staan'} in de volgorde van de vragenlijst.`,
    ]
      .filter(Boolean)
      .join(' '),
  median: 'Mediaan',
  spread: 'Spreiding',
  spreadValue: (from: string, to: string) => (from === to ? `iedereen: ${from}` : `van ${from} tot ${to}`),
  agreement: 'Overeenstemming',
  /** The reading of r_wg(J) against slightly skewed answering (agreement.ts), with the cut-off as shown. */
  agreementLabels: {
    agreement: (cutoff: string) => `overeenstemming: de antwoorden op elke uitspraak liggen zo dicht bij elkaar dat de index tegen licht scheef antwoorden ${cutoff} of hoger is, de gangbare grens`,
    none: (cutoff: string) => `geen duidelijke overeenstemming: de index tegen licht scheef antwoorden is lager dan ${cutoff}, de gangbare grens. Dat zegt niet dat het team verdeeld is`,
  } as Record<AgreementLevel, (cutoff: string) => string>,
  /** r_wg(J) as numbers; its meaning is in the verantwoording, "Het teamprofiel". */
  agreementIndex: (uniform: string, skewed?: string) =>
    skewed === undefined ? `r_wg(J) = ${uniform} (tegen willekeurig antwoorden)` : `r_wg(J) = ${skewed} (tegen licht scheef antwoorden; ${uniform} tegen willekeurig antwoorden)`,
  /** An index at the highest value shown as a number (privacy.ts). */
  atLeast: (value: string) => `${value} of hoger`,
  agreementMissing: 'niet te berekenen: niet elke code bevat de antwoorden per uitspraak (codes van een eerdere versie van de scan)',
  distributionHidden: (needed: number) =>
    `De spreiding en de verdeling over de uitkomsten zie je pas vanaf ${needed} teamleden: met minder is een los antwoord te herleiden.`,
  formats: { frequency: 'hoe vaak', agreement: 'mee eens of oneens' } as Record<ResponseFormat, string>,
  /** The format groups as the order note names them. */
  formatGroups: { frequency: 'de vragen over hoe vaak', agreement: 'de vragen over mee eens of oneens', balance: 'de balansen' } as Record<ResponseFormat | 'balance', string>,
  otherFormat: (format: string) => `Gevraagd op een andere schaal (${format}): niet te vergelijken met de onderdelen hierboven.`,
  onScale: (value: string, min: number, max: number) => `${value} op een schaal van ${min} tot ${max}`,
  distributionCaption: (name: string) => `Verdeling over de uitkomsten: ${name}`,
  band: 'Uitkomst',
  dimension: 'Onderdeel',
  memberCount: (count: number) => `${count} ${count === 1 ? 'teamlid' : 'teamleden'}`,
  members: 'Teamleden',
  medianLabel: 'De streep is de mediaan van het team; de gekleurde balk is de schaal met de uitkomsten.',
  medianBandLabel: 'De omlijnde uitkomst is die waarin de mediaan van het team valt; de gekleurde balk is de schaal met de uitkomsten.',
  medianInBand: (band: string, needed: number) => `valt in “${band}”; het getal zie je pas vanaf ${needed} teamleden`,
  /** The median on the border of two bands: worded as on the result screen. */
  border: assessment.border,
  withoutScore: (name: string, count: number) => `${name}: te weinig antwoorden om iets te laten zien (${count}).`,
  recommendationsTitle: 'Waar beginnen jullie?',
  recommendationsIntro:
    'Per onderdeel, in de volgorde van de vragenlijst, aanknopingspunten bij de uitkomst waarin het midden van het team valt. De onderdelen zijn niet tegen elkaar af te wegen: de ene uitspraak is makkelijker te beamen dan de andere, en er zijn geen normen die de onderdelen vergelijkbaar maken. Kies samen waar jullie willen beginnen:',
  present: 'Presenteer',
  print: 'Print het profiel',
  download: 'Download als bestand (JSON)',
  saveTitle: 'Bewaar dit profiel op dit apparaat',
  nameLabel: 'Naam van het team of de sessie',
  dateLabel: 'Datum van de sessie',
  save: 'Bewaar',
  saved: (name: string) => `Profiel “${name}” is bewaard.`,
  nameMissing: 'Geef het profiel een naam.',
  savedTitle: 'Bewaarde profielen',
  savedEmpty: 'Er zijn nog geen profielen bewaard op dit apparaat.',
  open: 'Open',
  openLabel: (name: string, date: string) => `Open ${name} van ${date}`,
  remove: 'Verwijder',
  removeLabel: (name: string, date: string) => `Verwijder ${name} van ${date}`,
  removed: 'Profiel verwijderd.',
  savedSummary: (name: string, date: string, title: string) =>
    `${name}, ${date}, ${title}. Je ziet wat het profiel liet zien toen het werd bewaard. De codes zelf worden niet bewaard, dus het profiel is niet opnieuw te berekenen.`,
  savedCaption: (name: string) => `Bewaard profiel: ${name}`,
  closeSaved: 'Sluit dit profiel',
  changeWithoutMedian: (needed: number) => `niet te vergelijken: dat kan pas als beide sessies ${needed} of meer teamleden hadden`,
  /** Under a comparison with band-only rows: `error` is the standard error of a median of `members` (reliable-change.ts teamMedianError). */
  bandsOnlyCaveat: (members: number, needed: number, error: string) =>
    `Had een sessie minder dan ${needed} teamleden, dan is ze niet te vergelijken, ook niet als de uitkomst anders is. Met ${members} teamleden is de mediaan zelf ongeveer ${error} punt onzeker (de standaardfout, bij de aangenomen spreiding tussen mensen): een uitkomst kan dan door meetfout en toeval alleen verschuiven. Lees de uitkomsten van Voor en Na dus niet als verandering.`,
  compareTitle: 'Vergelijk twee sessies',
  compareHelp: 'Kies een sessie van vóór en een van na, bijvoorbeeld de teamdag en de follow-up.',
  before: 'Voor',
  after: 'Na',
  change: 'Verandering',
  changeValue: (reading: ChangeReading, value: string, threshold: string) =>
    reading.change === 'about-the-same'
      ? `ongeveer gelijk (${value}; een verandering telt vanaf ${threshold})`
      : `${reading.change === 'higher' ? 'hoger' : 'lager'} (${value})`,
  compareRule:
    'Een verschil in mediaan heet pas “hoger” of “lager” als het waarschijnlijk groter is dan meetfout en toevallige verschillen tussen teamleden, als de aangenomen spreiding tussen mensen klopt. Die drempel hangt af van het aantal teamleden: hoe minder mensen, hoe groter het verschil moet zijn.',
  noCompare: 'Bewaar twee profielen van dezelfde scan om ze te vergelijken.',
  compareOtherVersions: (before: number, after: number) =>
    `Deze twee sessies gebruikten verschillende versies van de scan (versie ${before} en versie ${after}). De uitspraken zijn anders, dus een verschil in de uitkomsten zegt niets over verandering in het team. Je ziet daarom alleen de uitkomst van elke sessie, geen verandering.`,
  otherVersion: 'Dit profiel is van een andere versie van de scan; je ziet de bewaarde samenvatting.',
  storage: {
    unavailable: 'Je browser staat opslaan niet toe: profielen kunnen niet worden bewaard. Download het profiel als bestand.',
    recovered: 'De bewaarde profielen waren beschadigd. We hebben ze apart gezet (niet gewist) en beginnen met een lege lijst.',
    locked: 'De bewaarde profielen zijn beschadigd en konden niet apart worden gezet. We laten ze ongemoeid en bewaren niets nieuws.',
    full: 'De opslag van je browser is vol; het profiel is niet bewaard. Download het als bestand.',
  },
  presentation: {
    label: 'Presentatie van het teamprofiel',
    progress: (position: number, total: number) => `Onderdeel ${position} van ${total}`,
    guess: 'Wat denken jullie: waar staat het team op dit onderdeel? Bespreek het eerst, onthul daarna.',
    reveal: 'Onthul',
    next: 'Volgende',
    previous: 'Vorige',
    close: 'Sluit presentatie',
    keys: 'Pijltje rechts of spatie: verder · pijltje links: terug · Esc: sluiten',
    end: 'Dit waren alle onderdelen.',
  },
};
