/**
 * Interface strings of the purpose check (“what is it for?”), in English. The questions,
 * reasons, verdicts, steps and links are content: content/tools/purpose-check.yaml.
 */
import type { purposeCheck as dutch } from './nl';

const count = (value: number) => value.toLocaleString('en-GB');

export const purposeCheck: typeof dutch = {
  loading: 'Loading the check…',
  intro: 'Six questions, a few minutes. Your answers stay on this device.',
  resumed: 'You are carrying on where you left off.',
  progress: (position: number, total: number) => `Question ${position} of ${total}`,
  progressLabel: 'Progress',
  previous: 'Previous question',
  next: 'Next question',
  finish: 'Show the outcome',
  problems: {
    choose: 'Choose an answer.',
    'text-required': 'Write down in a few words what result you want. Not sure yet? Then write that down.',
    'text-too-long': (used: number, max: number) => `This is ${count(used)} characters; keep it to ${count(max)} at most.`,
  },
  characters: (used: number, max: number) => `${count(used)} of ${count(max)} characters`,

  resultTitle: 'Your outcome',
  reasonsTitle: 'Why this outcome?',
  stepsTitle: 'Your next step',
  linksTitle: 'Read more',
  answersTitle: 'Your answers',
  noText: 'Nothing filled in.',
  print: 'Print the outcome',
  change: 'Change your answers',
  restart: 'Start again',
  restartConfirm: 'All your answers will be cleared from this device. Are you sure?',
  restartYes: 'Yes, start again',
  cancel: 'Cancel',
  restarted: 'Your answers have been cleared. You are back at question 1.',
  storage: {
    unavailable: 'Your browser does not let us save your answers on this device. You can still do the check; print the outcome if you want to keep it.',
    full: 'The storage in your browser is full, so your last answer was not saved. You can carry on.',
    recovered: 'Your saved answers were damaged. We have set them aside (not deleted them) and are starting again.',
    locked: 'Your saved answers are damaged and could not be set aside. We are leaving them untouched and will not save anything new.',
  },
};
