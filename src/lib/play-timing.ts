/**
 * Timings are data: every step of a play carries its minutes in the MDX, and the steps
 * must add up to what the play (and each of its variants) promises. A trainer who plans a
 * session from the page can then trust the clock.
 *
 *   <Steps>                                   the play's main steps: they add up to play.minutes
 *     <Step title="Opening" minutes={15}>…</Step>
 *     <Step title="Geef je advies" time="zo lang als je advies duurt">…</Step>   not counted
 *   </Steps>
 *
 *   <Steps title="Oefening: de estafette" minutes={60}>   a list with its own total (an exercise
 *     <Step title="Uitleg" minutes={10}>…</Step>          inside one block of the day)
 *   </Steps>
 *
 * Pure: no Astro, no file system. The content config feeds it each chapter's MDX source.
 */

export interface StepRef {
  /** 1-based position in its list, as the text says it ("stap 4"). */
  number: number;
  title: string;
  minutes?: number;
  /** Free text for a step whose length you cannot plan ("zo lang als de taak duurt"). */
  time?: string;
  /** 1-based line in the MDX body. */
  line: number;
}

export interface StepList {
  title?: string;
  /** The total the list declares itself; absent on a play's main list. */
  minutes?: number;
  line: number;
  steps: StepRef[];
}

export interface PlayTiming {
  duration: string;
  minutes: number;
  variants: readonly { name: string; minutes: number; steps: readonly (number | { step: number; minutes: number })[] }[];
}

const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*([^}]*?)\s*\})/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) found.set(match[1]!, match[2] ?? match[3] ?? match[4] ?? '');
  return found;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every <Steps> list in an MDX body with its <Step>s, in the order they appear. */
export function readStepLists(rawBody: string): StepList[] {
  // Line numbers count from the first non-blank line, as the caller's offset does.
  const body = rawBody.trimStart();
  const lists: StepList[] = [];
  const listPattern = /<Steps\b([^>]*)>([\s\S]*?)<\/Steps>/g;
  for (const list of body.matchAll(listPattern)) {
    const listAttributes = attributes(list[1]!);
    const listStart = list.index!;
    const inner = list[2]!;
    const innerStart = listStart + list[0].indexOf('>') + 1;
    const steps: StepRef[] = [];
    for (const step of inner.matchAll(/<Step\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
      const stepAttributes = attributes(step[1]!);
      const minutes = stepAttributes.get('minutes');
      steps.push({
        number: steps.length + 1,
        title: stepAttributes.get('title') ?? '',
        minutes: minutes === undefined ? undefined : Number(minutes),
        time: stepAttributes.get('time'),
        line: lineAt(body, innerStart + step.index!),
      });
    }
    const minutes = listAttributes.get('minutes');
    lists.push({
      title: listAttributes.get('title'),
      minutes: minutes === undefined ? undefined : Number(minutes),
      line: lineAt(body, listStart),
      steps,
    });
  }
  return lists;
}

/**
 * Minutes named in a sentence, in Dutch or English: "15 minuten voorbereiding en 1,5 uur
 * gesprek" → 105, "2 hours and 45 minutes" → 165, "a 45-minute review" → 45; none → undefined.
 */
export function minutesInText(text: string): number | undefined {
  let total = 0;
  let found = false;
  for (const match of text.matchAll(/(\d+(?:[.,]\d+)?)(?:\s*|-)(minuten|minuut|minutes|minute|uur|hours|hour)\b/g)) {
    const amount = Number(match[1]!.replace(',', '.'));
    total += /^(uur|hours?)$/.test(match[2]!) ? amount * 60 : amount;
    found = true;
  }
  return found ? Math.round(total) : undefined;
}

const sum = (steps: readonly StepRef[]) => steps.reduce((total, step) => total + (step.minutes ?? 0), 0);
const isWholeMinutes = (value: number | undefined) => value !== undefined && Number.isInteger(value) && value > 0;

/**
 * Every way the steps in `body` fail to add up, as messages that name the file (with line),
 * the step and the reason. `play` is undefined for a chapter (type: hoofdstuk): its lists
 * are checked only against their own declared totals.
 */
export function checkTiming(file: string, body: string, play: PlayTiming | undefined, lineOffset = 0): string[] {
  const problems: string[] = [];
  const at = (line: number) => `${file}:${line + lineOffset}`;
  const lists = readStepLists(body);
  const name = (list: StepList) => (list.title ? `the steps of the list "${list.title}"` : 'the steps');

  for (const list of lists) {
    if (list.minutes !== undefined && !isWholeMinutes(list.minutes)) {
      problems.push(`${at(list.line)}: ${name(list)}: minutes={${list.minutes}} is not a whole number of minutes above 0`);
    }
    for (const step of list.steps) {
      const label = `step ${step.number} "${step.title}"`;
      if (step.minutes !== undefined) {
        if (!isWholeMinutes(step.minutes)) problems.push(`${at(step.line)}: ${label}: minutes must be a whole number above 0, such as minutes={15}`);
        if (step.time !== undefined) problems.push(`${at(step.line)}: ${label}: give either minutes={…} or time="…", not both`);
      } else if (step.time === undefined) {
        problems.push(`${at(step.line)}: ${label} has no time: add minutes={…}, or time="…" for a step whose length you cannot plan`);
      } else if (minutesInText(step.time) !== undefined) {
        problems.push(`${at(step.line)}: ${label}: time="${step.time}" is a number of minutes; write minutes={${minutesInText(step.time)}} so it counts`);
      }
    }
    if (list.minutes !== undefined && isWholeMinutes(list.minutes) && sum(list.steps) !== list.minutes) {
      problems.push(
        `${at(list.line)}: ${name(list)} add up to ${sum(list.steps)} minutes, but the list says minutes={${list.minutes}}; change a step's minutes or the total`,
      );
    }
  }

  if (!play) return problems;

  const mains = lists.filter((list) => list.minutes === undefined);
  if (mains.length !== 1) {
    problems.push(
      `${file}: a play needs exactly one <Steps> list without minutes={…} (its main steps); found ${mains.length}. Give other lists their own title="…" and minutes={…}`,
    );
    return problems;
  }
  const main = mains[0]!;
  const total = sum(main.steps);
  if (total !== play.minutes) {
    const steps = main.steps.filter((step) => step.minutes !== undefined).map((step) => `${step.number} "${step.title}" ${step.minutes}`);
    problems.push(
      `${at(main.line)}: the steps add up to ${total} minutes (${steps.join(' + ')}), but "play.minutes" says ${play.minutes}; change a step's minutes or the play's`,
    );
  }
  const stated = minutesInText(play.duration);
  if (stated !== undefined && stated !== play.minutes) {
    problems.push(`${file}: field "play.duration": "${play.duration}" comes to ${stated} minutes, but "play.minutes" says ${play.minutes}`);
  }

  play.variants.forEach((variant, index) => {
    const label = `field "play.variants.${index}" ("${variant.name}")`;
    if (!body.includes(variant.name)) {
      problems.push(`${file}: ${label}: the text does not describe this variant; use the same name under "Varianten" ("Variants")`);
    }
    let variantTotal = 0;
    for (const ref of variant.steps) {
      const number = typeof ref === 'number' ? ref : ref.step;
      const step = main.steps[number - 1];
      if (!step) {
        problems.push(`${file}: ${label}: there is no step ${number}; the play has ${main.steps.length} steps`);
        continue;
      }
      if (typeof ref === 'number') {
        if (step.minutes === undefined) {
          problems.push(`${file}: ${label}: step ${number} "${step.title}" has no minutes; write { step: ${number}, minutes: … }`);
        }
        variantTotal += step.minutes ?? 0;
      } else {
        variantTotal += ref.minutes;
      }
    }
    if (variantTotal !== variant.minutes) {
      problems.push(`${file}: ${label}: its steps add up to ${variantTotal} minutes, but the variant says ${variant.minutes}`);
    }
  });
  return problems;
}
