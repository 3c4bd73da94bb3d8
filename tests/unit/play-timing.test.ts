import { describe, expect, it } from 'vitest';
import { checkTiming, minutesInText, readStepLists, type PlayTiming } from '../../src/lib/play-timing';

const play = (minutes: number, extra: Partial<PlayTiming> = {}): PlayTiming => ({ duration: 'een middag', minutes, variants: [], ...extra });

const body = `## Stappen

<Steps>
<Step title="Opening" minutes={15}>

Welkom.

</Step>
<Step title="Geef je advies" time="zo lang als je advies duurt">

Advies.

</Step>
<Step title="Ronde" minutes={30}>

Ronde.

</Step>
</Steps>

## Varianten

- **Kort.** Alleen de ronde.
`;

describe('play timings', () => {
  it('reads each step with its number, title, minutes and line', () => {
    const [list] = readStepLists(body);
    expect(list!.steps.map(({ number, title, minutes, line }) => ({ number, title, minutes, line }))).toEqual([
      { number: 1, title: 'Opening', minutes: 15, line: 4 },
      { number: 2, title: 'Geef je advies', minutes: undefined, line: 9 },
      { number: 3, title: 'Ronde', minutes: 30, line: 14 },
    ]);
  });

  it('accepts steps that add up, leaving the unplannable step out of the sum', () => {
    expect(checkTiming('a.mdx', body, play(45))).toEqual([]);
  });

  it('names the file, line, each step and both totals when the steps do not add up', () => {
    expect(checkTiming('a.mdx', body, play(30), 10)).toEqual([
      'a.mdx:13: the steps add up to 45 minutes (1 "Opening" 15 + 3 "Ronde" 30), but "play.minutes" says 30; change a step\'s minutes or the play\'s',
    ]);
  });

  it('catches a duration text that promises other minutes than the steps give', () => {
    expect(checkTiming('a.mdx', body, play(45, { duration: '15 minuten voorbereiding en 20 minuten gesprek' }))).toEqual([
      'a.mdx: field "play.duration": "15 minuten voorbereiding en 20 minuten gesprek" comes to 35 minutes, but "play.minutes" says 45',
    ]);
    expect(minutesInText('2 uur, plus een terugblik van 45 minuten')).toBe(165);
    expect(minutesInText('1,5 uur')).toBe(90);
    // The English edition's durations read the same way.
    expect(minutesInText('2 hours, plus a review of 45 minutes after a few months')).toBe(165);
    expect(minutesInText('1.5 hours')).toBe(90);
    // English puts a length before a noun with a hyphen: “a 45-minute review”.
    expect(minutesInText('2 hours, plus a 45-minute review after a few months')).toBe(165);
    expect(minutesInText('four short meetings, 2 hours 45 minutes in all')).toBe(165);
    expect(minutesInText('1 dag')).toBeUndefined();
  });

  it('checks a variant against the steps it names, with shortened steps', () => {
    const good = { name: 'Kort', minutes: 20, steps: [{ step: 3, minutes: 20 }] };
    expect(checkTiming('a.mdx', body, play(45, { variants: [good] }))).toEqual([]);
    const wrong = { name: 'Kort', minutes: 20, steps: [1, 3] };
    expect(checkTiming('a.mdx', body, play(45, { variants: [wrong] }))).toEqual([
      'a.mdx: field "play.variants.0" ("Kort"): its steps add up to 45 minutes, but the variant says 20',
    ]);
    const missing = { name: 'Lang', minutes: 15, steps: [2, 9] };
    expect(checkTiming('a.mdx', body, play(45, { variants: [missing] }))).toEqual([
      'a.mdx: field "play.variants.0" ("Lang"): the text does not describe this variant; use the same name under "Varianten" ("Variants")',
      'a.mdx: field "play.variants.0" ("Lang"): step 2 "Geef je advies" has no minutes; write { step: 2, minutes: … }',
      'a.mdx: field "play.variants.0" ("Lang"): there is no step 9; the play has 3 steps',
      'a.mdx: field "play.variants.0" ("Lang"): its steps add up to 0 minutes, but the variant says 15',
    ]);
  });

  it('asks for minutes on a step without a time, and for a number where the time is one', () => {
    const untimed = body.replace(' minutes={15}', '').replace('time="zo lang als je advies duurt"', 'time="10 minuten"');
    expect(checkTiming('a.mdx', untimed, play(30))).toEqual([
      'a.mdx:4: step 1 "Opening" has no time: add minutes={…}, or time="…" for a step whose length you cannot plan',
      'a.mdx:9: step 2 "Geef je advies": time="10 minuten" is a number of minutes; write minutes={10} so it counts',
    ]);
  });

  it('checks an exercise list against its own total and keeps it out of the play\'s sum', () => {
    const exercise = `${body}
<Steps title="Oefening: de estafette" minutes={25}>
<Step title="Uitleg" minutes={10}>Uitleg.</Step>
<Step title="Spel" minutes={20}>Spel.</Step>
</Steps>
`;
    expect(checkTiming('a.mdx', exercise, play(45))).toEqual([
      'a.mdx:25: the steps of the list "Oefening: de estafette" add up to 30 minutes, but the list says minutes={25}; change a step\'s minutes or the total',
    ]);
  });

  it('wants exactly one main list in a play', () => {
    expect(checkTiming('a.mdx', '## Stappen\n\nGeen lijst.', play(45))[0]).toMatch(/exactly one <Steps> list without minutes/);
  });
});
