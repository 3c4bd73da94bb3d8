/**
 * The two editions side by side: which Dutch page is which English page. Files are paired
 * by `key` (chapters, pages, cases, worksheets, the course), by `id` (assessments) or by
 * `tool` (tool explanations), never by file name: each language names its files and slugs in
 * its own words. Computed once per build, and only when the content has an English edition.
 *
 * The build fails, naming the file and field, when a file has no counterpart in the other
 * language, unless it says `translation: pending`; its page then offers the other
 * edition's home page instead, and says why (the language switcher in Header.astro).
 */
import { getCollection } from 'astro:content';
import {
  assessmentManualPath,
  assessmentPaperPath,
  assessmentScoringKeyPath,
  assessmentPath,
  assessmentsIndexPath,
  casePath,
  casesIndexPath,
  completePath,
  coursePath,
  courseSessionSlidesPath,
  courseSheetPath,
  embedAssessmentPath,
  homePath,
  offlinePath,
  presentationPath,
  searchPath,
  toolsIndexPath,
  trainersPath,
  worksheetPath,
  worksheetsIndexPath,
  assessmentSlug,
  type Locale,
} from '../lib/urls';
import { ContentError } from '../schemas/report';
import { getAssessments } from './assessments';
import { entryLocale, LOCALES } from './locale';
import { getPlaybook } from './playbook';
import { courseSheets, getPractice } from './practice';
import { getTools } from './tools';

/** A page's address in each language; a language is missing when the page is not translated yet. */
export type Alternates = Partial<Record<Locale, string>>;

let cached: Promise<ReadonlyMap<string, Alternates>> | undefined;

/** Every page of both editions → its addresses in both languages. Empty when the site is Dutch only. */
export function getCounterparts(): Promise<ReadonlyMap<string, Alternates>> {
  cached ??= load();
  return cached;
}

/** The addresses of a page (site path without base) in both languages, or undefined on a Dutch-only site. */
export async function alternatesOf(path: string): Promise<Alternates | undefined> {
  return (await getCounterparts()).get(path);
}

interface Paired {
  key: string;
  file: string;
  field: string;
  locale: Locale;
  pending: boolean;
  /** The page (or pages) this file makes, by what they are: main, paper, … */
  paths: Record<string, string>;
}

async function load(): Promise<ReadonlyMap<string, Alternates>> {
  const [chapters, pages] = await Promise.all([getCollection('chapters'), getCollection('pages')]);
  const textEntries = new Map([...chapters, ...pages].map((entry) => [entry.id, entry]));
  if (![...textEntries.keys()].some((id) => entryLocale(id) === 'en')) return new Map();
  const files: Paired[] = [];
  const problems: string[] = [];

  for (const locale of LOCALES) {
    /** A file paired by its `key` field: chapters, pages, cases, worksheets, programmes. */
    const keyed = (kind: string, file: string, data: { key?: string; translation?: 'pending' }, paths: Record<string, string>) => {
      if (data.key) files.push({ key: `${kind}:${data.key}`, file, field: 'key', locale, pending: data.translation === 'pending', paths });
      else if (data.translation !== 'pending') {
        problems.push(`${file}: field "key": expected the key that pairs this file with its ${locale === 'nl' ? 'English' : 'Dutch'} counterpart (see src/schemas/translation.ts)`);
      }
    };
    const keyedText = (id: string, paths: Record<string, string>) => {
      const entry = textEntries.get(id)!;
      keyed('page', entry.filePath ?? entry.id, entry.data, paths);
    };
    const playbook = await getPlaybook(locale);
    for (const chapter of playbook.chapters) keyedText(chapter.id, { main: chapter.path, presentation: presentationPath(chapter.path) });
    for (const page of playbook.pages) keyedText(page.id, { main: page.path });
    for (const part of playbook.parts) files.push({ key: `part:${part.id}`, file: locale === 'nl' ? 'parts.yaml' : 'en/parts.yaml', field: `id "${part.id}"`, locale, pending: false, paths: { main: part.path } });

    for (const { data, filePath } of await getAssessments(locale)) {
      files.push({
        key: `assessment:${data.id}`,
        file: filePath,
        field: 'id',
        locale,
        pending: data.translation === 'pending',
        paths: {
          main: assessmentPath(assessmentSlug(data), locale),
          paper: assessmentPaperPath(assessmentSlug(data), locale),
          scoringKey: assessmentScoringKeyPath(assessmentSlug(data), locale),
          embed: embedAssessmentPath(assessmentSlug(data), locale),
          ...(data.manual ? { manual: assessmentManualPath(assessmentSlug(data), locale) } : {}),
        },
      });
    }
    for (const tool of await getTools(locale)) {
      files.push({ key: `tool:${tool.id}`, file: tool.entry.filePath ?? tool.id, field: 'tool', locale, pending: tool.entry.data.translation === 'pending', paths: { main: tool.path } });
    }
    const practice = await getPractice(locale);
    for (const sheet of practice.worksheets) keyed('worksheet', sheet.filePath, sheet.data, { main: worksheetPath(sheet.data.slug, locale) });
    for (const each of practice.cases) keyed('case', each.filePath, each.data, { main: casePath(each.data.slug, locale) });
    for (const { filePath, data } of practice.courses) {
      const sheets = Object.fromEntries(courseSheets(data).map((sheet) => [sheet, courseSheetPath(data.slug, sheet, locale)]));
      const decks = Object.fromEntries(data.sessions.map((_, index) => [`slides-${index + 1}`, courseSessionSlidesPath(data.slug, index + 1, locale)]));
      keyed('course', filePath, data, { main: coursePath(data.slug, locale), ...sheets, ...decks });
    }
  }

  // Each key once per language, and in both languages unless pending.
  const byKey = new Map<string, Partial<Record<Locale, Paired>>>();
  for (const file of files) {
    const pair = byKey.get(file.key) ?? {};
    const same = pair[file.locale];
    if (same) problems.push(`${file.file}: field ${file.field}: "${file.key.split(':')[1]}" is already used by ${same.file}; each file needs its own`);
    else pair[file.locale] = file;
    byKey.set(file.key, pair);
  }
  const counterparts = new Map<string, Alternates>();
  for (const [key, pair] of byKey) {
    for (const locale of LOCALES) {
      const file = pair[locale];
      const other: Locale = locale === 'nl' ? 'en' : 'nl';
      if (file && !pair[other] && !file.pending) {
        problems.push(
          `${file.file}: field ${file.field}: no ${other === 'en' ? 'English' : 'Dutch'} file has ${file.field === 'key' ? 'key' : file.field} "${key.split(':')[1]}"; add its counterpart under ${other === 'en' ? 'content/en/' : 'content/'}, or mark this file "translation: pending"`,
        );
      }
    }
    const names = new Set([...Object.keys(pair.nl?.paths ?? {}), ...Object.keys(pair.en?.paths ?? {})]);
    for (const name of names) {
      const alternates: Alternates = { nl: pair.nl?.paths[name], en: pair.en?.paths[name] };
      for (const path of Object.values(alternates)) if (path) counterparts.set(path, alternates);
    }
  }
  if (problems.length > 0) throw new ContentError(`Files without a counterpart in the other language:\n${problems.join('\n')}`);

  // The site's own pages, the same in every edition.
  for (const pathIn of [homePath, assessmentsIndexPath, toolsIndexPath, searchPath, completePath, trainersPath, worksheetsIndexPath, casesIndexPath, offlinePath]) {
    const alternates: Alternates = { nl: pathIn('nl'), en: pathIn('en') };
    counterparts.set(alternates.nl!, alternates);
    counterparts.set(alternates.en!, alternates);
  }
  return counterparts;
}
