/** Interface strings of the intervention planner, in English. The interventions themselves are content: content/tools/intervention-planner.yaml. */
import type { interventionPlanner as dutch } from './nl';

const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const stepWord = (count: number) => (count === 1 ? 'step' : 'steps');

export const interventionPlanner: typeof dutch = {
  storage: {
    unavailable: 'Your browser does not allow saving. You can still make and print the plan, but it is gone once you close the page.',
    full: 'Your browser’s storage is full, so your last change has not been saved. Print your plan, or free up some space and try again.',
    recovered: 'Your saved plan was damaged. We have set it aside (not erased it) and are starting with an empty plan.',
    locked:
      'Your saved plan is damaged and could not be set aside. We are leaving it untouched and will not save anything new. You can still make and print a plan.',
  },

  planTitle: '1. Your goal',
  titleLabel: 'Title of the plan',
  titleHelp: 'For example: Client-focused advice, Finance staff team.',
  goalLabel: 'What is it for? What should the client notice?',
  goalHelp: 'One line. For example: internal clients get advice that fits what they want to achieve.',
  reviewLabel: 'Date to look back together',
  reviewHelp: 'For example, after three months.',

  chooseLegend: '2. Choose the interventions',
  chooseHelp: 'Choose at least three that work well together. Naming the behaviour you want is always one of them.',
  needsTitle: 'What does it need?',
  reinforcedBy: 'Reinforced by',
  chosen: 'chosen',
  notChosen: 'not chosen yet',
  keptSteps: (count: number) => `${count} ${stepWord(count)} kept. Tick this intervention again to see ${count === 1 ? 'it' : 'them'}.`,
  combineText: 'This is not a separate box to tick. It is the check on your whole plan: you find it under ‘How it fits together’.',

  stepsTitle: '3. Steps',
  stepsHelp: 'Turn each intervention into one or more steps. The owner is one named person, not a department.',
  stepsEmpty: 'First choose one or more interventions. Then you can add steps here.',
  noStepsYet: 'No steps yet.',
  stepLegend: (position: number) => `Step ${position}`,
  whatLabel: 'What happens?',
  ownerLabel: 'Owner',
  dueLabel: 'Done by',
  addStep: 'Add a step',
  addStepFor: (name: string) => ` to ‘${name}’`,
  removeStep: 'Remove step',
  removeStepOf: (position: number, name: string) => ` ${position} of ‘${name}’`,
  stepAdded: (name: string) => `Step added to ‘${name}’.`,
  stepRemoved: (name: string) => `Step removed from ‘${name}’.`,

  summaryTitle: '4. How it fits together',
  summary: (chosen: number, pairs: number, possible: number) =>
    chosen === 0
      ? 'You have not chosen any interventions yet.'
      : chosen === 1
        ? 'You chose 1 intervention. No other intervention can reinforce it yet.'
        : possible === 1
          ? `You chose 2 interventions. ${pairs === 1 ? 'They reinforce each other directly.' : 'They do not reinforce each other directly.'}`
          : `You chose ${chosen} interventions. In ${pairs} of the ${possible} possible pairs, the interventions reinforce each other directly.`,
  pairsTitle: 'These interventions reinforce each other',
  todoTitle: 'Still to do',
  doneTitle: 'Done',
  fields: { what: 'what happens', owner: 'the owner', due: 'the date' },
  findings: {
    noneChosen: 'Choose the interventions you want to use, above.',
    trainingAlone:
      'You chose only a training course. A training course on its own rarely sticks: after a while, you are back where you started. Add at least two other interventions, and start by naming the behaviour.',
    single: (name: string) => `You chose only ‘${name}’. One intervention is not enough to change behaviour for good. Choose at least three.`,
    tooFew: (count: number) => `You chose ${count} interventions. Choose at least three, so they can reinforce each other.`,
    behaviourMissing: 'The behaviour you want has not been named yet. That intervention always belongs in the plan: the others build on it.',
    noSteps: (name: string) => `‘${name}’ has no steps yet.`,
    stepIncomplete: (name: string, position: number, missing: string[]) => `‘${name}’, step ${position}: still fill in ${list(missing)}.`,
    groupOwner: (name: string, position: number, owner: string) =>
      `‘${name}’, step ${position}: “${owner}” is a group. Choose one named person, or nobody will do it.`,
    noGoal: 'Write down the goal: what should the client notice?',
    noReviewDate: 'Choose a date to look back together. Without that date, a plan soon ends up in a drawer.',
    combined: (count: number) => `All together: your ${count} interventions reinforce each other, and every step has an owner and a date.`,
  },

  print: 'Print the plan',
  newPlan: 'New plan',
  newPlanQuestion: 'Are you sure? Your current plan will be erased from this device.',
  newPlanYes: 'Yes, erase it and start again',
  cancel: 'Cancel',
  cleared: 'Your old plan has been erased. A new, empty plan is ready.',

  printed: {
    defaultTitle: 'Intervention plan',
    goal: 'What for',
    review: 'Look back together on',
    noGoal: 'not filled in yet',
    noDate: 'no date yet',
    noOwner: 'no owner yet',
    noWhat: 'not described yet',
    step: 'Step',
    owner: 'Owner',
    due: 'Done by',
    noSteps: 'No steps yet.',
    noneChosen: 'No interventions have been chosen yet.',
    combinedTitle: 'How it fits together',
  },
};
