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
      'When you finish, this package sends only the outcome in words for each area to the learning platform, no scores and no answers. It does so only if you choose to, on the screen with your result.',
      'Not your answers or your progress: they stay on this device. If you stop halfway, you carry on on this device; on another device you start again.',
    ],
  } as Record<PackageVariant, string[]>,
  toolReceives: ['That you opened the check, whether you reached the summary and how long you took.'],
  toolNeverSent: 'Your learning platform does not receive your answers or the outcome. They stay on this device.',
  toolCompletedNotice: 'Your learning platform has been told that you finished the check.',
  outcomeNoBalance: 'Nothing about asking and offering: those two outcomes are not sent to the learning platform.',
  consent: {
    heading: 'Send your outcome to your learning platform?',
    question:
      'Your learning platform only knows that you finished the self-assessment. Would you also like to send your outcome in words for each area, as shown with your result? No scores and no answers. If you choose nothing, nothing more goes to your learning platform.',
    send: 'Send my outcome to the learning platform',
    decline: 'Just finish without the outcome',
    sent: 'Your outcome for each area has been sent to your learning platform.',
    declined: 'Your outcome has not been sent. Your learning platform only knows that you finished the self-assessment.',
    waiting: 'Your learning platform has been told that you finished the self-assessment. Whether your outcome may go too, you choose above your result.',
  },
  neverSent: {
    completion: 'Your learning platform receives no answers, no scores and no outcome. Only you see them, on this device.',
    outcome: 'Your learning platform never receives your answers, not even while you are working on it, no score, and not the explanation of your outcome.',
  } as Record<PackageVariant, string>,
  connecting: 'Looking for your learning platform…',
  connected: 'Connected to your learning platform.',
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
    suspend: ['cmi.suspend_data', 'never filled: answers and progress stay on the device. If an older package left answers there, the package deletes them at the start (together with cmi.core.exit)'],
    time: ['cmi.core.session_time', 'on leaving: how long the session lasted'],
    objectiveId: ['cmi.objectives.n.id', 'only if the participant chooses to send the outcome when they finish, one per area: the code of the area and the outcome, for example verbinden_getting-there, or verbinden_op-de-grens_getting-there_strength if the score lies close to the line between two outcomes; only the code (verbinden) if there were too few answers. An area that compares asking with offering is not sent. No score: score.raw, score.min and score.max stay empty'],
    objectiveStatus: ['cmi.objectives.n.status', 'if the participant sends the outcome: completed, or incomplete if there were too few answers for an outcome'],
  },
};
