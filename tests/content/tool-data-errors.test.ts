/**
 * A broken tool data file (content/tools/<id>.yaml) stops the build with the file, the
 * field and the reason. The schema cases run directly against the schema on a copy of the
 * real data file; one case per tool runs `astro sync` on a fixture site whose data file
 * is broken (tests/fixtures/content/<tool>-*), and the waartoe check's link check runs
 * through a real build.
 */
import { describe, expect, it } from 'vitest';
import { dataSchema as interventionContentSchema } from '../../src/tools/intervention-planner/data-schema';
import { dataSchema as purposeCheckContentSchema } from '../../src/tools/purpose-check/data-schema';
import { dataSchema as teamDayContentSchema } from '../../src/tools/team-day-planner/data-schema';
import { astroOnFixture, schemaIssues } from '../support/fixture-site';
import { loadToolData } from '../support/tool-data';



describe('interventions (content/tools/intervention-planner.yaml)', () => {
  const valid = loadToolData('intervention-planner', interventionContentSchema);
  // Broken copies of the real file are built field by field, so the data is loosely typed here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const issues = (change: (data: any) => void) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const data = structuredClone(valid) as any;
    change(data);
    return schemaIssues(interventionContentSchema, data);
  };

  it('accepts the real file', () => {
    expect(issues(() => {})).toEqual([]);
  });

  it('names a repeated and a missing intervention', () => {
    expect(
      issues((data) => {
        data.interventions[4].id = 'gedrag';
      }),
    ).toEqual([
      'interventions.4.id: intervention id "gedrag" repeats intervention 1; every intervention needs its own id',
      'interventions: intervention "voorbeeld" is missing; saved plans and the plan check need all of gedrag, training, koppels, criterium, voorbeeld',
    ]);
  });

  it('names an unknown intervention in a pair, a pair with itself and a pair listed twice', () => {
    expect(issues((data) => (data.reinforcements[0].between = ['gedrag', 'heksenjacht'])).join('\n')).toMatch(/^reinforcements\.0\.between\.1: expected an intervention id: one of "gedrag"/);
    expect(issues((data) => (data.reinforcements[0].between = ['koppels', 'koppels']))).toEqual([
      'reinforcements.0.between: "koppels" is named twice; a pair needs two different interventions',
    ]);
    expect(issues((data) => data.reinforcements.push({ between: ['voorbeeld', 'gedrag'], why: 'Nog eens.' }))).toEqual([
      'reinforcements.9.between: the pair voorbeeld + gedrag repeats pair 4; list each pair once (it is read both ways)',
    ]);
  });

  it('names numbers out of order, an empty why and too many needs', () => {
    expect(issues((data) => (data.interventions[1].number = 3))).toEqual(['interventions.1.number: expected 2: interventions are numbered 1, 2, 3 … in the order of the list']);
    expect(issues((data) => (data.reinforcements[2].why = ' '))).toEqual(['reinforcements.2.why: expected one sentence on why the two strengthen each other']);
    expect(issues((data) => data.interventions[0].needs.push('Een', 'Twee'))).toEqual(['interventions.0.needs: expected at most 3 needs']);
  });

  it('astro sync names the file, field and reason of a pair listed twice', () => {
    const { status, output } = astroOnFixture('sync', 'intervention-pair-twice');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/intervention-pair-twice/tools/intervention-planner.yaml');
    expect(output).toContain('reinforcements.9.between: the pair training + gedrag repeats pair 1; list each pair once (it is read both ways)');
  });
});

describe('team-day parts (content/tools/team-day-planner.yaml)', () => {
  const valid = loadToolData('team-day-planner', teamDayContentSchema);
  // Broken copies of the real file are built field by field, so the data is loosely typed here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const issues = (change: (data: any) => void) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const data = structuredClone(valid) as any;
    change(data);
    return schemaIssues(teamDayContentSchema, data);
  };

  it('accepts the real file', () => {
    expect(issues(() => {})).toEqual([]);
  });

  it('names durations that are not positive whole minutes within the limits a saved programme keeps', () => {
    expect(issues((data) => (data.parts[0].minutes = 0))).toEqual(['parts.0.minutes: expected at least 5 minutes']);
    expect(issues((data) => (data.parts[0].minutes = -30))).toEqual(['parts.0.minutes: expected at least 5 minutes']);
    expect(issues((data) => (data.parts[1].breakAfter = 7.5))).toEqual(['parts.1.breakAfter: expected a break in whole minutes']);
    expect(issues((data) => (data.followUp.minutes = '2 uur'))).toEqual(['followUp.minutes: expected a duration in whole minutes']);
    expect(issues((data) => (data.parts[5].breakAfter = 15))).toEqual(['parts.5.breakAfter: expected 0: a break after the last part does not count']);
  });

  it('names a repeated part id, and the part it leaves out', () => {
    expect(issues((data) => (data.parts[1].id = 'urgentie'))).toEqual([
      'parts.1.id: part id "urgentie" repeats part 1; every part needs its own id',
      'parts: part "klantfeedback" is missing; saved programmes need all of urgentie, klantfeedback, bedoeling, teamronde, samenwerken, afspraken',
    ]);
  });

  it('names a start time that is not HH:MM and an empty purpose', () => {
    expect(issues((data) => (data.start = '9 uur'))).toEqual(['start: expected a time written as HH:MM, such as "09:00" (in quotes)']);
    expect(issues((data) => (data.followUp.purpose = ''))).toEqual(['followUp.purpose: expected one sentence on what the follow-up is for']);
  });

  it('astro sync names the file, field and reason of a duration that is not whole minutes', () => {
    const { status, output } = astroOnFixture('sync', 'team-day-half-minute');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/team-day-half-minute/tools/team-day-planner.yaml');
    expect(output).toContain('parts.3.minutes: expected a duration in whole minutes');
  });
});

describe('waartoe questions and verdict rules (content/tools/purpose-check.yaml)', () => {
  const valid = loadToolData('purpose-check', purposeCheckContentSchema);
  // Broken copies of the real file are built field by field, so the data is loosely typed here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const issues = (change: (data: any) => void) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const data = structuredClone(valid) as any;
    change(data);
    return schemaIssues(purposeCheckContentSchema, data);
  };

  it('accepts the real file', () => {
    expect(issues(() => {})).toEqual([]);
  });

  it('names repeated question and option ids', () => {
    expect(issues((data) => (data.questions[2].id = 'klant'))).toEqual(['questions.2.id: question id "klant" repeats question 2; every question needs its own id']);
    expect(issues((data) => (data.questions[0].options[1].id = 'meetbaar'))).toEqual([
      'questions.0.options.1.id: option id "meetbaar" repeats option 1; every option needs its own id',
    ]);
  });

  it('names a concern without a reason, a reason without a concern, an unknown and an unused reason', () => {
    expect(issues((data) => delete data.questions[0].options[1].reason)).toEqual([
      'questions.0.options.1.reason: expected a reason: an option with concern "gap" must say why',
      'reasons.1.id: reason "geen-nulmeting" is given by no option; remove it or name it in an option',
    ]);
    expect(issues((data) => (data.questions[0].options[0].reason = 'doel-vaag'))).toEqual([
      'questions.0.options.0.concern: expected a concern ("blocker" or "gap"): only a worrying answer gives a reason',
    ]);
    expect(issues((data) => (data.questions[1].options[1].reason = 'klant-wazig'))).toEqual([
      'questions.1.options.1.reason: unknown reason "klant-wazig"; expected one of the ids under "reasons"',
      'reasons.3.id: reason "klant-vaag" is given by no option; remove it or name it in an option',
    ]);
    expect(issues((data) => (data.questions[1].options[1].concern = 'zorgje')).join('\n')).toMatch(/^questions\.1\.options\.1\.concern: expected a concern: one of "blocker", "gap"/);
  });

  it('names verdict rules that leave answers without a verdict or can never apply', () => {
    expect(issues((data) => (data.verdicts[2].when = 'an-answer-leaves-a-gap'))).toEqual([
      'verdicts.2.when: expected "otherwise": the last verdict must hold when no earlier one does, so every set of answers gets a verdict',
    ]);
    expect(issues((data) => (data.verdicts[0].when = 'otherwise'))).toEqual([
      'verdicts.0.when: "otherwise" must be the last verdict: the verdicts after it could never be the outcome',
    ]);
    expect(issues((data) => (data.verdicts[1].when = 'als-het-regent')).join('\n')).toMatch(/^verdicts\.1\.when: expected a condition: one of "an-answer-blocks"/);
  });

  it('names an unknown link and a link that is not a site path', () => {
    expect(issues((data) => data.verdicts[0].links.push('bestaat-niet'))).toEqual(['verdicts.0.links.3: unknown link "bestaat-niet"; expected one of the ids under "links"']);
    expect(issues((data) => (data.links[0].path = 'https://example.org/')).join('\n')).toMatch(/^links\.0\.path: expected a site path/);
  });

  it('astro sync names the file, field and reason of a last verdict that is not "otherwise"', () => {
    const { status, output } = astroOnFixture('sync', 'purpose-check-open-end');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/purpose-check-open-end/tools/purpose-check.yaml');
    expect(output).toContain('verdicts.2.when: expected "otherwise": the last verdict must hold when no earlier one does');
  });

  it('the build names a link to a heading that does not exist', () => {
    const { status, output } = astroOnFixture('build', 'purpose-check-bad-link');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tools/purpose-check.yaml: field "links.1.path": page /eerste/hoofdstuk-a/ has no heading with id "bestaat-niet"; its headings are "kop-een"',
    );
  });
});
