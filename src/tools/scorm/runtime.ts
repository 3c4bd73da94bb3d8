/**
 * The SCORM 1.2 run-time side of a package: find the learning platform's `API` object the
 * way the SCORM 1.2 Run-Time Environment prescribes (up the parent chain, at most seven
 * levels, then the opener's chain) and talk to it. Every call's outcome is checked with
 * `LMSGetLastError`; a failure becomes a `PlatformProblem` (data, worded by the view), and the
 * learner goes on: the result is shown whatever the platform does.
 */

/** The SCORM 1.2 API an LMS puts on a window (RTE 3.3, "API Adapter"). Every value is a string. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** What a window offers for the search; cross-origin frames throw on access, which counts as "no API". */
export interface WindowLike {
  API?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
}

const MAX_PARENT_STEPS = 7;

function isApi(candidate: unknown): candidate is Scorm12Api {
  return typeof candidate === 'object' && candidate !== null && typeof (candidate as Scorm12Api).LMSInitialize === 'function';
}

function searchUp(start: WindowLike): Scorm12Api | null {
  let current: WindowLike = start;
  for (let steps = 0; ; steps += 1) {
    try {
      if (isApi(current.API)) return current.API;
      const parent = current.parent;
      if (!parent || parent === current || steps >= MAX_PARENT_STEPS) return null;
      current = parent;
    } catch {
      return null;
    }
  }
}

export function findApi(win: WindowLike): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  try {
    return win.opener ? searchUp(win.opener) : null;
  } catch {
    return null;
  }
}

export interface PlatformProblem {
  call: 'LMSInitialize' | 'LMSGetValue' | 'LMSSetValue' | 'LMSCommit' | 'LMSFinish';
  element?: string;
  code: string;
  description: string;
}

/** One objective as a platform receives it (objectives.ts): an identifier that names the dimension and its band, and whether it was scored. */
export interface PlatformObjective {
  id: string;
  /** false: too few answers to place this dimension in a band. */
  scored: boolean;
}

export interface PlatformStart {
  /** cmi.core.lesson_status when the learner arrived. */
  statusOnArrival: string;
  /** The platform held progress an older package kept in cmi.suspend_data; it has now been cleared. */
  clearedProgress: boolean;
}

const DONE = new Set(['completed', 'passed']);

/** CMITimespan, HHHH:MM:SS.SS (RTE 3.4.2.1). */
export function cmiTimespan(milliseconds: number): string {
  const total = Math.max(0, milliseconds) / 1000;
  const hours = Math.min(9999, Math.floor(total / 3600));
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/**
 * One learner's session with the platform. `onProblem` hears of every failed call, so the
 * view can say that progress may not have been saved.
 */
export class PlatformSession {
  private readonly startedAt: number;
  private finished = false;
  private completed = false;

  constructor(
    private readonly api: Scorm12Api,
    private readonly onProblem: (problem: PlatformProblem) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  private check(call: PlatformProblem['call'], returned: string, element?: string): boolean {
    const code = String(this.api.LMSGetLastError() ?? '0');
    // RTE: LMSSetValue, LMSCommit, LMSInitialize and LMSFinish return "true" or "false".
    const failed = (call !== 'LMSGetValue' && String(returned) !== 'true') || (code !== '0' && code !== '');
    if (failed) this.onProblem({ call, ...(element ? { element } : {}), code: code || '0', description: String(this.api.LMSGetErrorString(code) ?? '') });
    return !failed;
  }

  private get(element: string): string {
    const value = String(this.api.LMSGetValue(element) ?? '');
    return this.check('LMSGetValue', value, element) ? value : '';
  }

  private set(element: string, value: string): void {
    this.check('LMSSetValue', this.api.LMSSetValue(element, value), element);
  }

  private commit(): void {
    this.check('LMSCommit', this.api.LMSCommit(''));
  }

  /**
   * LMSInitialize; a learner who has not finished before is marked `incomplete`. No package
   * keeps progress in the platform (it stays on the device), so answers an older package left
   * in cmi.suspend_data are cleared at once, not only on completion.
   */
  start(): PlatformStart {
    this.check('LMSInitialize', this.api.LMSInitialize(''));
    const statusOnArrival = this.get('cmi.core.lesson_status');
    const clearedProgress = this.get('cmi.suspend_data') !== '';
    this.completed = DONE.has(statusOnArrival);
    if (clearedProgress) {
      this.set('cmi.suspend_data', '');
      this.set('cmi.core.exit', '');
    }
    if (!this.completed) this.set('cmi.core.lesson_status', 'incomplete');
    if (clearedProgress || !this.completed) this.commit();
    return { statusOnArrival, clearedProgress };
  }

  /** The result is on screen: completed, nothing else. */
  complete(): void {
    if (this.finished) return;
    this.set('cmi.core.lesson_status', 'completed');
    this.completed = true;
    this.commit();
  }

  /**
   * The respondent chose to send their outcome (the "met uitkomst" package, after `complete`):
   * per objective an id and a status, never a score (objectives.ts). Nothing once the session
   * has finished.
   */
  reportObjectives(objectives: readonly PlatformObjective[]): void {
    if (this.finished || objectives.length === 0) return;
    objectives.forEach((objective, index) => {
      const prefix = `cmi.objectives.${index}`;
      this.set(`${prefix}.id`, objective.id);
      this.set(`${prefix}.status`, objective.scored ? 'completed' : 'incomplete');
    });
    this.commit();
  }

  /** Leaving the page: the session time, then LMSFinish (once). */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.set('cmi.core.session_time', cmiTimespan(this.now() - this.startedAt));
    this.check('LMSFinish', this.api.LMSFinish(''));
  }
}
