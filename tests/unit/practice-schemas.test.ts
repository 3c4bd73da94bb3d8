import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/schemas/case';
import { courseSchema } from '../../src/schemas/course';
import { describeIssues } from '../../src/schemas/report';
import { worksheetSchema } from '../../src/schemas/worksheet';

const load = (file: string) => yaml.load(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('the course outline', () => {
  const course = load('content/course/leertraject.yaml');

  it('is valid as written', () => {
    expect(courseSchema.safeParse(course).success).toBe(true);
  });

  it('fails, naming the session and field, when an agenda does not add up to the session', () => {
    const broken = structuredClone(course) as { sessions: { minutes: number; title: string }[] };
    broken.sessions[2]!.minutes = 150;
    const result = courseSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const message = describeIssues('content/course/leertraject.yaml', result.error!.issues);
    expect(message).toBe(
      `content/course/leertraject.yaml: field "sessions.2.agenda": the agenda adds up to 180 minutes, but the session "${broken.sessions[2]!.title}" lasts 150; make them equal`,
    );
  });

  it('wants four to six sessions', () => {
    const short = { ...course, sessions: (course.sessions as unknown[]).slice(0, 3) };
    expect(courseSchema.safeParse(short).error?.issues[0]?.message).toBe('expected 4 to 6 sessions');
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
