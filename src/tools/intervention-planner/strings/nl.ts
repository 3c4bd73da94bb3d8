/** Interface strings of the intervention planner, in Dutch. The interventions themselves are content: content/tools/intervention-planner.yaml. */

const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);
const stepWord = (count: number) => (count === 1 ? 'stap' : 'stappen');

export const interventionPlanner = {
  storage: {
    unavailable: 'Je browser staat opslaan niet toe. Je kunt het plan wel maken en printen, maar na het sluiten van de pagina is het weg.',
    full: 'De opslag van je browser is vol, dus je laatste wijziging is niet bewaard. Print je plan, of maak ruimte en probeer het opnieuw.',
    recovered: 'Je opgeslagen plan was beschadigd. We hebben het apart gezet (niet gewist) en beginnen met een leeg plan.',
    locked: 'Je opgeslagen plan is beschadigd en kon niet apart worden gezet. We laten het ongemoeid en bewaren niets nieuws. Je kunt wel een plan maken en printen.',
  },

  planTitle: '1. Je doel',
  titleLabel: 'Titel van het plan',
  titleHelp: 'Bijvoorbeeld: Klantgericht adviseren, stafteam Financiën.',
  goalLabel: 'Waartoe? Wat moet de klant merken?',
  goalHelp: 'Eén regel. Bijvoorbeeld: interne klanten krijgen een advies dat past bij wat ze willen bereiken.',
  reviewLabel: 'Datum om samen terug te kijken',
  reviewHelp: 'Bijvoorbeeld na drie maanden.',

  chooseLegend: '2. Kies de interventies',
  chooseHelp: 'Kies er minstens drie die goed samengaan. Het gewenste gedrag benoemen hoort er altijd bij.',
  needsTitle: 'Wat is ervoor nodig?',
  reinforcedBy: 'Wordt versterkt door',
  chosen: 'gekozen',
  notChosen: 'nog niet gekozen',
  keptSteps: (count: number) => `${count} ${stepWord(count)} bewaard. Vink deze interventie weer aan om ${count === 1 ? 'hem' : 'ze'} te zien.`,
  combineText: 'Dit is geen los vakje om aan te vinken. Het is de check op je hele plan: die zie je onder “Samenhang”.',

  stepsTitle: '3. Stappen',
  stepsHelp: 'Maak van elke interventie een of meer stappen. De eigenaar is één persoon met een naam, geen afdeling.',
  stepsEmpty: 'Kies eerst een of meer interventies. Dan kun je hier stappen toevoegen.',
  noStepsYet: 'Nog geen stappen.',
  stepLegend: (position: number) => `Stap ${position}`,
  whatLabel: 'Wat gebeurt er?',
  ownerLabel: 'Eigenaar',
  dueLabel: 'Klaar op',
  addStep: 'Stap toevoegen',
  addStepFor: (name: string) => ` bij “${name}”`,
  removeStep: 'Verwijder stap',
  removeStepOf: (position: number, name: string) => ` ${position} van “${name}”`,
  stepAdded: (name: string) => `Stap toegevoegd bij “${name}”.`,
  stepRemoved: (name: string) => `Stap verwijderd bij “${name}”.`,

  summaryTitle: '4. Samenhang',
  summary: (chosen: number, pairs: number, possible: number) =>
    chosen === 0
      ? 'Je hebt nog geen interventies gekozen.'
      : chosen === 1
        ? 'Je koos 1 interventie. Die kan nog niet door een andere worden versterkt.'
        : possible === 1
          ? `Je koos 2 interventies. ${pairs === 1 ? 'Ze versterken elkaar direct.' : 'Ze versterken elkaar niet direct.'}`
          : `Je koos ${chosen} interventies. In ${pairs} van de ${possible} mogelijke paren versterken de interventies elkaar direct.`,
  pairsTitle: 'Deze interventies versterken elkaar',
  todoTitle: 'Nog te doen',
  doneTitle: 'Klaar',
  fields: { what: 'wat er gebeurt', owner: 'de eigenaar', due: 'de datum' } as Record<'what' | 'owner' | 'due', string>,
  findings: {
    noneChosen: 'Kies hierboven de interventies die je wilt inzetten.',
    trainingAlone:
      'Je koos alleen een training. Een losse training blijft zelden hangen: na een tijdje ben je weer terug bij af. Zet er minstens twee andere interventies naast, en begin met het gedrag benoemen.',
    single: (name: string) => `Je koos alleen “${name}”. Eén interventie is niet genoeg om gedrag blijvend te veranderen. Kies er minstens drie.`,
    tooFew: (count: number) => `Je koos ${count} interventies. Kies er minstens drie, zodat ze elkaar kunnen versterken.`,
    behaviourMissing: 'Het gewenste gedrag is nog niet benoemd. Die interventie hoort er altijd bij: de andere bouwen erop voort.',
    noSteps: (name: string) => `“${name}” heeft nog geen stap.`,
    stepIncomplete: (name: string, position: number, missing: string[]) => `“${name}”, stap ${position}: vul nog ${list(missing)} in.`,
    groupOwner: (name: string, position: number, owner: string) =>
      `“${name}”, stap ${position}: “${owner}” is een groep. Kies één persoon met een naam, anders doet niemand het.`,
    noGoal: 'Schrijf het doel op: wat moet de klant merken?',
    noReviewDate: 'Kies een datum om samen terug te kijken. Zonder die datum verdwijnt een plan snel in een la.',
    combined: (count: number) => `En, en, en: je ${count} interventies versterken elkaar, en elke stap heeft een eigenaar en een datum.`,
  },

  print: 'Print het plan',
  newPlan: 'Nieuw plan',
  newPlanQuestion: 'Weet je het zeker? Je huidige plan wordt van dit apparaat gewist.',
  newPlanYes: 'Ja, wis het en begin opnieuw',
  cancel: 'Annuleer',
  cleared: 'Je oude plan is gewist. Er staat een nieuw, leeg plan klaar.',

  printed: {
    defaultTitle: 'Interventieplan',
    goal: 'Waartoe',
    review: 'Terugkijken op',
    noGoal: 'nog niet ingevuld',
    noDate: 'nog geen datum',
    noOwner: 'nog geen eigenaar',
    noWhat: 'nog niet beschreven',
    step: 'Stap',
    owner: 'Eigenaar',
    due: 'Klaar op',
    noSteps: 'Nog geen stappen.',
    noneChosen: 'Er zijn nog geen interventies gekozen.',
    combinedTitle: 'Samenhang',
  },
};
