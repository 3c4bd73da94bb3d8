/** Interface strings of the SCORM packages (a self-assessment inside a learning platform), in English. */
import type { PlatformProblem } from '../runtime';
import type { PackageVariant } from '../variants';
import type { scorm as dutch } from './nl';

export const scorm: typeof dutch = {
  variantName: { completion: 'completion only', outcome: 'with outcome' } as Record<PackageVariant, string>,
  receivesTeamscan: [
    'That you opened the team assessment, whether you finished it and how long you took.',
    'Not your answers, not even while you are still working on it: your progress stays on this device. What you say about your team never ends up next to your name.',
  ],
  receivesHeading: 'What your learning platform receives from you',
  receives: {
    completion: [
      'That you opened the self-assessment, whether you finished it and how long you took.',
      'Nothing else, not even while you are still working on it: your answers and your progress stay on this device. If you stop halfway, you carry on on this device; on another device you start again.',
    ],
    outcome: [
      'That you opened the self-assessment, whether you finished it and how long you took.',
      'Until you finish: which question you are on and your answers so far. This lets you continue later, even on another device. When you finish, the self-assessment deletes those answers from your learning platform again.',
      'When you finish: your score for each area, from 0 (lowest possible) to 100 (highest possible).',
    ],
  } as Record<PackageVariant, string[]>,
  toolReceives: ['That you opened the check, whether you reached the summary and how long you took.'],
  toolNeverSent: 'Your learning platform does not receive your answers or the outcome. They stay on this device.',
  toolCompletedNotice: 'Your learning platform has been told that you finished the check.',
  outcomeDimensions: (names: string) => `The areas: ${names}.`,
  neverSent: {
    completion: 'Your learning platform receives no answers, no scores and no outcome. Only you see them, on this device.',
    outcome: 'Your learning platform never receives your answer to a single question, or the text of your outcome.',
  } as Record<PackageVariant, string>,
  connecting: 'Looking for your learning platform…',
  connected: 'Connected to your learning platform.',
  resumed: (question: number, total: number) => `You are continuing at question ${question} of ${total}: your learning platform had saved your progress.`,
  standalone:
    'No learning platform found. The self-assessment works as usual, but nothing is sent to a learning platform: your progress and your result stay on this device only.',
  completedNotice: 'Your learning platform has been told that you finished the self-assessment.',
  problem: (problem: PlatformProblem) =>
    `Your learning platform may not have saved your progress (${problem.call}, error code ${problem.code}${problem.description ? `: ${problem.description}` : ''}). You can just carry on, and you will see your result either way. If this keeps happening, report it to the administrator of your learning platform.`,
  noScript: 'This self-assessment needs JavaScript. Turn JavaScript on, or open the self-assessment on the Advisory playbook website.',
  playbookLink: 'The Advisory playbook on the web',
  newTab: '(opens in a new tab)',
  packages: {
    heading: 'SCORM 1.2 packages',
    version: (version: number) => `self-assessment, version ${version}`,
    tool: 'tool; completion only, your answers stay on the device',
    downloadLabel: (title: string, variant: string, size: string) => `Download the SCORM package “${title}”, ${variant} (${size})`,
    receivedCaption: (variant: string) => `What the learning platform receives: ${variant}`,
    element: 'SCORM data element',
    whatAndWhen: 'What and when',
  },
  cmi: {
    status: ['cmi.core.lesson_status', 'incomplete at the start; completed as soon as the result appears on screen'],
    suspend: ['cmi.suspend_data', 'at every question: where the participant is and the answers so far (one character per question); deleted on completion'],
    exit: ['cmi.core.exit', 'suspend while the self-assessment is not finished; empty on completion'],
    time: ['cmi.core.session_time', 'on leaving: how long the session lasted'],
    objectiveId: ['cmi.objectives.n.id', 'on completion, one per area: the code of the area, for example verbinden'],
    objectiveScore: ['cmi.objectives.n.score.raw', 'on completion: the score of the area, from 0 to 100 (score.min 0, score.max 100)'],
    objectiveStatus: ['cmi.objectives.n.status', 'on completion: completed, or incomplete if there were too few answers for a score'],
  },
};
