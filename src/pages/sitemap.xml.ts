/**
 * sitemap.xml: every page a search engine may index, in both languages, with its canonical
 * URL and, for a page that exists in both, its counterpart (xhtml:link hreflang).
 */
import type { APIRoute } from 'astro';
import { getAssessments } from '../data/assessments';
import { LOCALES } from '../data/locale';
import { courseSheets, getPractice } from '../data/practice';
import { getPlaybook } from '../data/playbook';
import { getTools } from '../data/tools';
import { getCounterparts } from '../data/translations';
import {
  assessmentManualPath,
  assessmentPaperPath,
  assessmentScoringKeyPath,
  assessmentPath,
  assessmentSlug,
  assessmentsIndexPath,
  casePath,
  casesIndexPath,
  completePath,
  coursePath,
  courseSheetPath,
  homePath,
  searchPath,
  toolsIndexPath,
  trainersPath,
  worksheetPath,
  worksheetsIndexPath,
  type Locale,
} from '../lib/urls';
import { absoluteUrl } from '../site';

async function entriesOf(locale: Locale): Promise<{ path: string; updated?: Date }[]> {
  const playbook = await getPlaybook(locale);
  const practice = await getPractice(locale);
  return [
    { path: homePath(locale) },
    ...playbook.parts.map((part) => ({ path: part.path })),
    ...playbook.chapters.map((chapter) => ({ path: chapter.path, updated: chapter.updated })),
    ...playbook.pages.filter((page) => page.slug !== 'home').map((page) => ({ path: page.path, updated: page.updated })),
    { path: assessmentsIndexPath(locale) },
    ...(await getAssessments(locale)).flatMap(({ data }) => [
      { path: assessmentPath(assessmentSlug(data), locale), updated: data.updated },
      { path: assessmentPaperPath(assessmentSlug(data), locale), updated: data.updated },
      { path: assessmentScoringKeyPath(assessmentSlug(data), locale), updated: data.updated },
      ...(data.manual ? [{ path: assessmentManualPath(assessmentSlug(data), locale), updated: data.updated }] : []),
    ]),
    { path: toolsIndexPath(locale) },
    ...(await getTools(locale)).map((tool) => ({ path: tool.path })),
    { path: searchPath(locale) },
    { path: completePath(locale) },
    { path: trainersPath(locale) },
    ...practice.courses.flatMap(({ data }) => [{ path: coursePath(data.slug, locale) }, ...courseSheets(data).map((sheet) => ({ path: courseSheetPath(data.slug, sheet, locale) }))]),
    { path: worksheetsIndexPath(locale) },
    ...practice.worksheets.map((sheet) => ({ path: worksheetPath(sheet.data.slug, locale) })),
    { path: casesIndexPath(locale) },
    ...practice.cases.map((each) => ({ path: casePath(each.data.slug, locale) })),
  ];
}

export const GET: APIRoute = async ({ site }) => {
  const counterparts = await getCounterparts();
  const entries = (await Promise.all(LOCALES.map(entriesOf))).flat().filter((entry, index, all) => all.findIndex((other) => other.path === entry.path) === index);
  const alternateLinks = (path: string) => {
    const alternates = counterparts.get(path);
    if (!alternates?.nl || !alternates.en) return '';
    return [
      ...LOCALES.map((locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${absoluteUrl(alternates[locale]!, site)}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${absoluteUrl(alternates.nl, site)}"/>`,
    ].join('');
  };
  const urls = entries
    .map(
      ({ path, updated }) =>
        `  <url><loc>${absoluteUrl(path, site)}</loc>${updated ? `<lastmod>${updated.toISOString().slice(0, 10)}</lastmod>` : ''}${alternateLinks(path)}</url>`,
    )
    .join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
