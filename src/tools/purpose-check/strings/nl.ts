/**
 * Interface strings of the purpose check, in Dutch. The questions, reasons, verdicts, steps
 * and links are content: content/tools/purpose-check.yaml.
 */

const count = (value: number) => value.toLocaleString('nl-NL');

export const purposeCheck = {
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
    'text-too-long': (used: number, max: number) => `Dit zijn ${count(used)} tekens; het mogen er hooguit ${count(max)} zijn.`,
  },
  characters: (used: number, max: number) => `${count(used)} van ${count(max)} tekens`,

  resultTitle: 'Je uitkomst',
  reasonsTitle: 'Waarom deze uitkomst?',
  stepsTitle: 'Je volgende stap',
  linksTitle: 'Lees verder',
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
