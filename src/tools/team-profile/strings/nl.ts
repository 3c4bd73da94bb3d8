/** Interface strings of the team profile, in Dutch. */
import { codeError } from '../../assessment/strings/nl';
import type { RejectReason } from '../team-profile';

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
  assessmentLabel: 'Welke zelfscan heeft het team gedaan?',
  codesLabel: 'Plak de resultaatcodes van de teamleden',
  codesHelp: 'Eén code per regel. Elk teamlid kreeg zijn code aan het eind van de zelfscan.',
  addLabel: 'Of voeg één code toe',
  add: 'Voeg toe',
  counted: (count: number) => `${count} ${count === 1 ? 'code' : 'codes'} geteld.`,
  rejectedTitle: (count: number) => `${count} ${count === 1 ? 'code is' : 'codes zijn'} niet meegeteld:`,
  rejected: (line: number, excerpt: string, reason: RejectReason) => `Regel ${line} (${excerpt}): ${rejectReason(reason)}`,
  tooSmall: (members: number, needed: number) =>
    `Er ${members === 1 ? 'is' : 'zijn'} ${members} ${members === 1 ? 'geldige code' : 'geldige codes'}. Het profiel verschijnt vanaf ${needed} codes, zodat niemand zijn eigen antwoorden terug kan zien of die van een ander kan afleiden.`,
  profileTitle: (members: number) => `Teamprofiel van ${members} teamleden`,
  summaryTitle: 'In één oogopslag',
  lights: { rood: 'Aandacht nodig', oranje: 'Op weg', groen: 'Sterk' } as Record<'rood' | 'oranje' | 'groen', string>,
  orderNote: 'De onderdelen staan in volgorde van de meeste onenigheid eerst: daar zit het gesprek.',
  median: 'Mediaan',
  spread: 'Spreiding',
  spreadValue: (min: string, max: string) => `van ${min} tot ${max}`,
  agreement: 'Overeenstemming',
  agreementLabels: { veel: 'veel overeenstemming', redelijk: 'redelijke overeenstemming', weinig: 'weinig overeenstemming' } as Record<
    'veel' | 'redelijk' | 'weinig',
    string
  >,
  onScale: (value: string, min: number, max: number) => `${value} op een schaal van ${min} tot ${max}`,
  distributionCaption: (name: string) => `Verdeling over de uitkomsten: ${name}`,
  band: 'Uitkomst',
  dimension: 'Onderdeel',
  memberCount: (count: number) => `${count} ${count === 1 ? 'teamlid' : 'teamleden'}`,
  members: 'Teamleden',
  dotsLabel: 'Elke stip is een teamlid; de streep is de mediaan.',
  withoutScore: (name: string, count: number) => `${name}: te weinig antwoorden om iets te laten zien (${count}).`,
  recommendationsTitle: 'Waar beginnen jullie?',
  recommendationsIntro: 'Deze onderdelen scoren het laagst. Hier vind je aanknopingspunten:',
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
  compareTitle: 'Vergelijk twee sessies',
  compareHelp: 'Kies een sessie van vóór en een van na, bijvoorbeeld de teamdag en de follow-up.',
  before: 'Voor',
  after: 'Na',
  change: 'Verschil in mediaan',
  noCompare: 'Bewaar twee profielen van dezelfde zelfscan om ze te vergelijken.',
  otherVersion: 'Dit profiel is van een andere versie van de zelfscan; je ziet de bewaarde samenvatting.',
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
