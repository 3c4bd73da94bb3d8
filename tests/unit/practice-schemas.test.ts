import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/schemas/case';
import { casesForRolePlay, courseSchema, rolePlayProblems, type CaseForRolePlay, type Course, type RolePlay } from '../../src/schemas/course';
import { describeIssues } from '../../src/schemas/report';
import { worksheetSchema } from '../../src/schemas/worksheet';

const load = (file: string) => yaml.load(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('the programmes', () => {
  const course = load('content/course/leertraject.yaml');
  const issues = (input: unknown) => {
    const result = courseSchema.safeParse(input);
    return result.success ? '' : describeIssues('content/course/leertraject.yaml', result.error.issues);
  };
  type Block = { minutes: number; title: string; break?: true; guide?: { steps: { minutes: number }[] }; rolePlay?: Record<string, number> };
  type Session = { minutes: number; title: string; agenda: Block[] };
  const copy = () => structuredClone(course) as { sessions: Session[] };
  const rolePlayIndex = (session: Session) => session.agenda.findIndex((item) => item.rolePlay);

  it('every programme in both languages is valid as written', () => {
    for (const dir of ['content/course', 'content/en/course']) {
      for (const name of readdirSync(dir)) expect(issues(load(`${dir}/${name}`)), `${dir}/${name}`).toBe('');
    }
  });

  it('fails, naming the session and field, when an agenda does not add up to the session', () => {
    const broken = copy();
    broken.sessions[2]!.minutes = 150;
    expect(issues(broken)).toBe(
      `content/course/leertraject.yaml: field "sessions.2.agenda": the agenda adds up to 180 minutes, but the session "${broken.sessions[2]!.title}" lasts 150; make them equal`,
    );
  });

  it('fails when a block’s steps do not add up to the block', () => {
    const broken = copy();
    const block = broken.sessions[0]!.agenda[0]!;
    block.guide!.steps[0]!.minutes += 5;
    expect(issues(broken)).toBe(
      `content/course/leertraject.yaml: field "sessions.0.agenda.0.guide.steps": the steps add up to ${block.minutes + 5} minutes, but "${block.title}" lasts ${block.minutes}; make them equal`,
    );
  });

  it('fails when a role play’s rounds do not fit its block', () => {
    const broken = copy();
    const index = rolePlayIndex(broken.sessions[1]!);
    const play = broken.sessions[1]!.agenda[index]!;
    play.rolePlay!.conversation = 30;
    const { rounds, reading, feedback } = play.rolePlay!;
    expect(issues(broken)).toBe(
      `content/course/leertraject.yaml: field "sessions.1.agenda.${index}.rolePlay": ${rounds} rounds × (${reading} reading + 30 conversation + ${feedback} feedback) = ${rounds * (reading + 30 + feedback)} minutes do not fit in "${play.title}" (${play.minutes} minutes); make the block longer or the rounds shorter`,
    );
  });

  it('fails when a role play has fewer rounds than people per group, so someone never plays the adviser', () => {
    const broken = copy();
    const index = rolePlayIndex(broken.sessions[1]!);
    broken.sessions[1]!.agenda[index]!.rolePlay!.rounds = 2;
    expect(issues(broken)).toContain(`field "sessions.1.agenda.${index}.rolePlay.rounds": 2 rounds in groups of 3: someone never plays the adviser; give it at least 3 rounds`);
  });

  it('fails when a block has no guide; a break needs none', () => {
    const broken = copy();
    const block = broken.sessions[0]!.agenda[1]!;
    delete block.guide;
    expect(issues(broken)).toBe(
      `content/course/leertraject.yaml: field "sessions.0.agenda.1.guide": expected a facilitator guide for "${block.title}" (purpose, say, steps, grouping, materials, debrief, trouble); only a break (break: true) has none`,
    );
    expect(broken.sessions[0]!.agenda.some((item) => item.break && !item.guide)).toBe(true);
  });

  it('wants one to six sessions', () => {
    const sessions = course.sessions as unknown[];
    expect(issues({ ...course, sessions: [] })).toBe('content/course/leertraject.yaml: field "sessions": expected 1 to 6 sessions');
    expect(issues({ ...course, sessions: [...sessions, sessions[0], sessions[1]] })).toBe('content/course/leertraject.yaml: field "sessions": expected 1 to 6 sessions');
    expect(issues({ ...course, sessions: sessions.slice(0, 1) })).toBe('');
  });

  it('wants a letter for everyone a block invites', () => {
    const broken = structuredClone(course) as { letters: { id: string }[] };
    broken.letters = broken.letters.filter((letter) => letter.id !== 'klant');
    expect(issues(broken)).toMatch(/field "sessions\.3\.agenda\.\d+\.guests\.0": no letter has id "klant"; add one under "letters"/);
  });
});

describe('role plays and the cases they offer', () => {
  const cases = readdirSync('content/cases').map((name) => load(`content/cases/${name}`) as unknown as CaseForRolePlay & { key: string });
  const play = (extra: Partial<RolePlay>): RolePlay => ({ situation: '/rol/positie-nemen/', groupSize: 3, rounds: 3, reading: 3, conversation: 15, feedback: 7, ...extra });
  const course = (rolePlay: RolePlay) => ({ sessions: [{ agenda: [{ rolePlay }] }] }) as unknown as Pick<Course, 'sessions'>;

  it('offers every case of the situation that fits the round', () => {
    const offered = casesForRolePlay(play({}), cases);
    expect(offered.length).toBeGreaterThan(0);
    for (const each of offered) expect([each.chapter, each.minutes <= 15]).toEqual(['/rol/positie-nemen/', true]);
    expect(casesForRolePlay(play({ conversation: 10 }), cases)).toEqual([]);
  });

  it('names the field when a named case is longer than the round, practises another situation or does not exist', () => {
    const long = cases.find((each) => each.chapter === '/rol/eerste-gesprek/' && each.minutes > 15)!;
    const other = cases.find((each) => each.chapter === '/veranderen/waartoe-gesprek/')!;
    expect(rolePlayProblems(course(play({ situation: long.chapter, cases: [long.key] })), cases)).toEqual([
      `field "sessions.0.agenda.0.rolePlay.cases.0": case "${long.key}" is a ${long.minutes}-minute conversation, but the round has 15; pick a shorter case or make the round longer`,
    ]);
    expect(rolePlayProblems(course(play({ cases: [other.key, 'no-such-case'] })), cases)).toEqual([
      `field "sessions.0.agenda.0.rolePlay.cases.0": case "${other.key}" practises /veranderen/waartoe-gesprek/, not /rol/positie-nemen/`,
      'field "sessions.0.agenda.0.rolePlay.cases.1": no case has key "no-such-case"',
    ]);
    expect(rolePlayProblems(course(play({ conversation: 10 })), cases)).toEqual(['field "sessions.0.agenda.0.rolePlay.situation": no case practises /rol/positie-nemen/ in 10 minutes or less']);
  });

  it('finds no problem in the programmes as written', () => {
    for (const name of readdirSync('content/course')) expect(rolePlayProblems(load(`content/course/${name}`) as unknown as Course, cases), name).toEqual([]);
  });
});

describe('cases and worksheets', () => {
  it('every case and worksheet file is valid', () => {
    for (const name of readdirSync('content/cases')) expect(caseSchema.safeParse(load(`content/cases/${name}`)).error?.issues ?? [], name).toEqual([]);
    for (const name of readdirSync('content/worksheets')) expect(worksheetSchema.safeParse(load(`content/worksheets/${name}`)).error?.issues ?? [], name).toEqual([]);
  });

  it('names the field and reason for an unknown discipline or a thin observer list', () => {
    const each = load('content/cases/im-dashboard.yaml');
    const result = caseSchema.safeParse({ ...each, discipline: 'marketing', observer: ['een', 'twee'] });
    const message = describeIssues('content/cases/im-dashboard.yaml', result.error!.issues);
    expect(message).toContain('content/cases/im-dashboard.yaml: field "discipline": expected one of "hr", "financien", "ict", "juridisch", "informatiemanagement"');
    expect(message).toContain('field "observer": expected at least 4 points for the observer');
  });

  it('refuses a worksheet with more lines than fit on an A4', () => {
    const sheet = load('content/worksheets/persoonlijke-actiekaart.yaml');
    const result = worksheetSchema.safeParse({ ...sheet, blocks: [{ kind: 'lines', label: 'Te veel', lines: 30 }] });
    expect(describeIssues('x.yaml', result.error!.issues)).toBe('x.yaml: field "blocks.0.lines": at most 14 lines fit on an A4');
  });
});
