/** Interface strings of the team-day planner, in Dutch. The six parts themselves are content: content/tools/team-day-planner.yaml. */
import type { MinutesProblem } from '../team-day-planner';

const minutesWord = (minutes: number) => `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`;

export const teamDayPlanner = {
  storage: {
    unavailable: 'Je browser staat opslaan niet toe. Je kunt het programma wel maken, printen en in je agenda zetten, maar na het sluiten van de pagina is het weg.',
    full: 'De opslag van je browser is vol, dus je laatste wijziging is niet bewaard. Print het programma, of maak ruimte en probeer het opnieuw.',
    recovered: 'Je opgeslagen programma was beschadigd. We hebben het apart gezet (niet gewist) en beginnen met het voorstel uit de werkvorm.',
    locked: 'Je opgeslagen programma is beschadigd en kon niet apart worden gezet. We laten het ongemoeid en bewaren niets nieuws. Je kunt wel een programma maken en printen.',
  },

  dayTitle: '1. De dag',
  titleLabel: 'Titel',
  dateLabel: 'Datum van de teamdag',
  startLabel: 'Begintijd',
  locationLabel: 'Locatie (niet verplicht)',

  programmeTitle: '2. Het programma',
  programmeHelp:
    'De zes onderdelen komen uit de werkvorm, met de voorgestelde tijden. Pas de duur aan en schrijf op wie elk onderdeel leidt. Je kunt de volgorde veranderen en onderdelen toevoegen; de zes vaste onderdelen blijven erin.',
  coreTag: 'vast onderdeel',
  extraTag: 'extra onderdeel',
  partTitleLabel: 'Naam van het onderdeel',
  minutesLabel: 'Duur (minuten)',
  leadLabel: 'Wie leidt het?',
  breakLabel: 'Pauze erna (minuten)',
  breakHelp: '0 is geen pauze.',
  lastBreakIgnored: (minutes: number) => `De pauze van ${minutesWord(minutes)} na dit onderdeel telt niet mee, want dit is nu het laatste onderdeel.`,
  moveUp: 'Omhoog',
  moveDown: 'Omlaag',
  removePart: 'Verwijder',
  partName: (title: string) => `: ${title}`,
  moved: (title: string, position: number, total: number) => `“${title}” staat nu op plaats ${position} van ${total}.`,
  addPart: 'Onderdeel toevoegen',
  added: 'Nieuw onderdeel toegevoegd aan het eind van het programma.',
  removed: (title: string) => `“${title}” is uit het programma gehaald.`,
  minutesProblem: (problem: MinutesProblem, limits: { min: number; max: number }, current: number) => {
    const reason = {
      empty: 'Vul het aantal minuten in.',
      'not-whole': 'Vul een heel aantal minuten in, zonder komma of punt.',
      'too-small': `Dat is te kort: minimaal ${minutesWord(limits.min)}.`,
      'too-large': `Dat is te lang: maximaal ${minutesWord(limits.max)}.`,
    }[problem];
    return `${reason} De agenda rekent nog met ${minutesWord(current)}.`;
  },

  followUpTitle: '3. De follow-upsessie',
  followUpHelp: 'Enkele weken na de teamdag kijk je samen terug. Zet de datum nu al vast.',
  followUpDateLabel: 'Datum',
  followUpDateHelp: 'Standaard vier weken na de teamdag.',
  followUpDateReset: 'Zet terug op vier weken na de teamdag',
  followUpStartLabel: 'Begintijd',
  followUpMinutesLabel: 'Duur (minuten)',
  followUpLeadLabel: 'Wie leidt het?',

  agendaTitle: '4. Agenda',
  noDate: 'Datum nog niet gekozen',
  noStart: 'Vul een begintijd in. Dan rekent de planner de tijden uit.',
  pastMidnight: 'Het programma loopt door tot na middernacht. Maak onderdelen korter of begin eerder.',
  followUpBeforeDay: 'De follow-upsessie staat niet ná de teamdag. Kies een latere datum.',
  nextDay: '(volgende dag)',
  time: 'Tijd',
  part: 'Onderdeel',
  lead: 'Leiding',
  pause: 'Pauze',
  proposalCaption: (start: string) => `Het voorstel uit de werkvorm, vanaf ${start} uur`,
  noLead: '–',
  dayLine: (date: string, from: string, to: string, location: string) => `${date}, ${from}–${to}${location ? `, ${location}` : ''}`,
  dayLineNoTimes: (date: string, location: string) => `${date}${location ? `, ${location}` : ''}`,
  followUpWhen: (date: string, from: string, to: string) => `${date}, ${from}–${to}`,
  followUpNoDate: 'Datum volgt: vier weken na de teamdag',
  followUpWhenNoStart: (date: string) => `${date}, begintijd nog niet ingevuld`,
  purpose: 'Doel',
  ledBy: (lead: string) => `leiding: ${lead}`,
  leadLine: 'Leiding',

  print: 'Print de agenda',
  download: 'Zet in je agenda (.ics)',
  downloadHelp: 'Een agendabestand met de teamdag en de follow-upsessie, voor Outlook, Google Agenda of Agenda op je telefoon.',
  downloaded: 'Het agendabestand is gedownload. Open het om de afspraken aan je agenda toe te voegen.',
  calendarMissing: {
    date: 'Kies eerst de datum van de teamdag. Dan kan de planner de afspraken maken.',
    start: 'Vul eerst de begintijd van de teamdag in.',
    'follow-up-start': 'Vul eerst de begintijd van de follow-upsessie in.',
  } as Record<'date' | 'start' | 'follow-up-start', string>,
  newPlan: 'Nieuw programma',
  newPlanQuestion: 'Weet je het zeker? Je huidige programma wordt van dit apparaat gewist en je begint opnieuw met het voorstel uit de werkvorm.',
  newPlanYes: 'Ja, wis het en begin opnieuw',
  cancel: 'Annuleer',
  cleared: 'Je oude programma is gewist. Het voorstel uit de werkvorm staat weer klaar.',
};
