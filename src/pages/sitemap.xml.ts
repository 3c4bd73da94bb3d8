/** sitemap.xml: every page a search engine may index, with its canonical URL. */
import type { APIRoute } from 'astro';
import { getAssessments } from '../data/assessments';
import { getPractice } from '../data/practice';
import { getPlaybook } from '../data/playbook';
import { getTools } from '../data/tools';
import {
  assessmentManualPath,
  assessmentPaperPath,
  assessmentPath,
  assessmentsIndexPath,
  casePath,
  casesIndexPath,
  completePath,
  coursePath,
  homePath,
  searchPath,
  toolsIndexPath,
  trainersPath,
  worksheetPath,
  worksheetsIndexPath, assessmentSlug } from '../lib/urls';
import { absoluteUrl } from '../site';

export const GET: APIRoute = async ({ site }) => {
  const playbook = await getPlaybook();
  const practice = await getPractice();
  const entries: { path: string; updated?: Date }[] = [
    { path: homePath() },
    ...playbook.parts.map((part) => ({ path: part.path })),
    ...playbook.chapters.map((chapter) => ({ path: chapter.path, updated: chapter.updated })),
    ...playbook.pages.filter((page) => page.slug !== 'home').map((page) => ({ path: page.path, updated: page.updated })),
    { path: assessmentsIndexPath() },
    ...(await getAssessments()).flatMap((assessment) => [
      { path: assessmentPath(assessmentSlug(assessment)), updated: assessment.data.updated },
      { path: assessmentPaperPath(assessmentSlug(assessment)), updated: assessment.data.updated },
      ...(assessment.data.manual ? [{ path: assessmentManualPath(assessmentSlug(assessment)), updated: assessment.data.updated }] : []),
    ]),
    { path: toolsIndexPath() },
    ...(await getTools()).map((tool) => ({ path: tool.path })),
    { path: searchPath() },
    { path: completePath() },
    { path: trainersPath() },
    ...(practice.course ? [{ path: coursePath() }] : []),
    { path: worksheetsIndexPath() },
    ...practice.worksheets.map((sheet) => ({ path: worksheetPath(sheet.data.slug) })),
    { path: casesIndexPath() },
    ...practice.cases.map((each) => ({ path: casePath(each.data.slug) })),
  ];
  const urls = entries
    .map(({ path, updated }) => `  <url><loc>${absoluteUrl(path, site)}</loc>${updated ? `<lastmod>${updated.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`)
    .join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
