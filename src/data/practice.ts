/**
 * Trainer material: worksheets, role-play cases and the programmes, validated beyond
 * their schemas: every link must lead to a page of this build, and every role play must
 * have cases that fit its rounds. Computed once per build.
 */
import { getCollection } from 'astro:content';
import { strings } from '../i18n';
import { linkProblem, type LinkTargets } from '../lib/link-targets';
import { assessmentPath, casePath, casesIndexPath, coursePath, courseSheetPath, worksheetPath, worksheetsIndexPath, type CourseSheet, type Locale, assessmentSlug } from '../lib/urls';
import { pageLocale } from '../page-locale';
import { inLocale, perLocale } from './locale';
import { DISCIPLINES, SITUATIONS, type Discipline, type PracticeCase, type Situation } from '../schemas/case';
import { rolePlayProblems, type Course } from '../schemas/course';
import { ContentError } from '../schemas/report';
import type { Worksheet } from '../schemas/worksheet';
import { getAssessments } from './assessments';
import { getLinkTargets } from './link-targets';
import { getPlaybook } from './playbook';
import { getTools } from './tools';

export interface Entry<T> {
  id: string;
  filePath: string;
  data: T;
}

/** Cases each discipline needs per situation: two advisers of one discipline can share a group. */
export const CASES_PER_CELL = 2;

/** One row of the coverage table: a discipline's cases in each situation. */
export interface CoverageRow {
  discipline: Discipline;
  cells: { situation: Situation; cases: Entry<PracticeCase>[] }[];
}

interface Practice {
  worksheets: Entry<Worksheet>[];
  cases: Entry<PracticeCase>[];
  /** Discipline × situation, in the order of DISCIPLINES and SITUATIONS. */
  coverage: CoverageRow[];
  /** The programmes, in their `order`. */
  courses: Entry<Course>[];
}

/** The pages a programme gives out besides its guide: a hand-out, its letters (when it has any) and an evaluation form. */
export function courseSheets(course: Pick<Course, 'letters'>): CourseSheet[] {
  return course.letters.length > 0 ? ['handout', 'letters', 'evaluation'] : ['handout', 'evaluation'];
}

/** Every discipline's cases per situation the course practises; reserve cases do not count. */
export function caseCoverage(all: readonly Entry<PracticeCase>[]): CoverageRow[] {
  const cases = all.filter(({ data }) => !data.reserve);
  return DISCIPLINES.map((discipline) => ({
    discipline,
    cells: SITUATIONS.map((situation) => ({
      situation,
      cases: cases.filter(({ data }) => data.discipline === discipline && data.situation === situation),
    })),
  }));
}

/** Trainer material in one language (default: the page being rendered). */
export const getPractice: (locale?: Locale) => Promise<Practice> = perLocale(load);

const entriesOf = <T,>(entries: { id: string; filePath?: string; data: T }[], folder: string, locale: Locale): Entry<T>[] =>
  inLocale(entries, locale).map((entry) => ({ id: entry.id, filePath: entry.filePath ?? `content/${folder}/${entry.id}.yaml`, data: entry.data }));

async function load(locale: Locale): Promise<Practice> {
  const worksheets = entriesOf(await getCollection('worksheets'), 'worksheets', locale).sort((a, b) => a.data.order - b.data.order);
  const cases = entriesOf(await getCollection('cases'), 'cases', locale).sort((a, b) => a.data.title.localeCompare(b.data.title, locale));
  const courses = entriesOf(await getCollection('course'), 'course', locale).sort((a, b) => a.data.order - b.data.order);
  const problems: string[] = [];

  const base = await getLinkTargets(locale);
  const targets = new Map(base) as Map<string, ReadonlySet<string>>;
  targets.set(worksheetsIndexPath(locale), new Set());
  targets.set(casesIndexPath(locale), new Set());
  const unique = (label: string, entries: Entry<{ slug: string }>[], path: (slug: string) => string) => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const other = seen.get(entry.data.slug);
      if (other) problems.push(`${entry.filePath}: field "slug": "${entry.data.slug}" is already used by ${other}; each ${label} needs its own`);
      seen.set(entry.data.slug, entry.filePath);
      targets.set(path(entry.data.slug), new Set());
    }
  };
  unique('worksheet', worksheets, (slug) => worksheetPath(slug, locale));
  unique('case', cases, (slug) => casePath(slug, locale));
  unique('programme', courses, (slug) => coursePath(slug, locale));
  for (const course of courses) for (const sheet of courseSheets(course.data)) targets.set(courseSheetPath(course.data.slug, sheet, locale), new Set());

  const check = (targetsOf: LinkTargets, file: string, field: string, link: string) => {
    const problem = linkProblem(link, targetsOf);
    if (problem) problems.push(`${file}: field "${field}": ${problem}`);
  };
  for (const sheet of worksheets) sheet.data.usedIn.forEach((link, index) => check(targets, sheet.filePath, `usedIn.${index}`, link));
  for (const each of cases) check(targets, each.filePath, 'chapter', each.data.chapter);
  // A course gives each adviser a case of their own discipline; two advisers of one discipline in a
  // group play the cell's first and second case, so every discipline needs at least two per
  // situation (a third of one discipline borrows the next row's, as the case table's note says).
  const coverage = caseCoverage(cases);
  if (cases.length > 0) {
    const folder = cases[0]!.filePath.replace(/[^/]*$/, '');
    for (const row of coverage) {
      for (const cell of row.cells) {
        if (cell.cases.length === 0) {
          problems.push(
            `${folder}: fields "discipline" and "situation": no case with discipline "${row.discipline}" and situation "${cell.situation}"; add one, so every discipline can practise every situation`,
          );
        } else if (cell.cases.length < CASES_PER_CELL) {
          problems.push(
            `${folder}: fields "discipline" and "situation": only ${cell.cases.length} case with discipline "${row.discipline}" and situation "${cell.situation}"; add another, so two advisers of one discipline in a group each have their own (at least ${CASES_PER_CELL})`,
          );
        }
      }
    }
  }
  const caseFacts = cases.map(({ data }) => ({ key: data.key, chapter: data.chapter, minutes: data.minutes, reserve: data.reserve }));
  for (const course of courses) {
    const file = course.filePath;
    course.data.sessions.forEach((session, s) => {
      session.uses.forEach((link, index) => check(targets, file, `sessions.${s}.uses.${index}`, link));
      session.agenda.forEach((item, index) => {
        const field = `sessions.${s}.agenda.${index}`;
        if (item.link) check(targets, file, `${field}.link`, item.link);
        if (item.rolePlay) check(targets, file, `${field}.rolePlay.situation`, item.rolePlay.situation);
        item.guide?.print.forEach((each, p) => each.link && check(targets, file, `${field}.guide.print.${p}.link`, each.link));
      });
    });
    course.data.letters.forEach((letter, l) => letter.links.forEach((link, index) => check(targets, file, `letters.${l}.links.${index}`, link)));
    problems.push(...rolePlayProblems(course.data, caseFacts).map((problem) => `${file}: ${problem}`));
  }
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  return { worksheets, cases, coverage, courses };
}

/** Titles of the pages trainer material links to, for link texts. */
export async function titlesByPath(locale: Locale = pageLocale()): Promise<Map<string, string>> {
  const playbook = await getPlaybook(locale);
  const practice = await getPractice(locale);
  const t = strings(locale);
  const titles = new Map<string, string>();
  for (const part of playbook.parts) titles.set(part.path, part.title);
  for (const chapter of playbook.chapters) titles.set(chapter.path, chapter.title);
  for (const page of playbook.pages) titles.set(page.path, page.title);
  for (const assessment of await getAssessments(locale)) titles.set(assessmentPath(assessmentSlug(assessment.data), locale), assessment.data.title);
  for (const tool of await getTools(locale)) titles.set(tool.path, tool.title);
  for (const sheet of practice.worksheets) titles.set(worksheetPath(sheet.data.slug, locale), sheet.data.title);
  for (const each of practice.cases) titles.set(casePath(each.data.slug, locale), each.data.title);
  titles.set(worksheetsIndexPath(locale), t.worksheets.title);
  titles.set(casesIndexPath(locale), t.cases.title);
  for (const course of practice.courses) titles.set(coursePath(course.data.slug, locale), course.data.title);
  return titles;
}

/** What each page of a programme (src/pages/trainers/[course]/) is given. */
export interface CourseRouteProps {
  course: Course;
}

/** getStaticPaths of a programme's pages: one per programme in the route's language. */
export async function courseRoutes(locale: Locale): Promise<{ params: { course: string }; props: CourseRouteProps }[]> {
  const { courses } = await getPractice(locale);
  return courses.map((entry) => ({ params: { course: entry.data.slug }, props: { course: entry.data } }));
}

/** The guide is titled by the programme; a sheet by its short name and the programme. */
export function coursePageTitle(course: Pick<Course, 'title'>, page: 'guide' | CourseSheet): string {
  return page === 'guide' ? course.title : `${strings().course.shortTitle[page]}: ${course.title}`;
}
