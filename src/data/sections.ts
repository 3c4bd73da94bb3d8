/**
 * The site's sections beside the playbook's parts: self-assessments, workshop tools, the
 * trainers' page and the whole playbook on one page. The sidebar lists them under the
 * parts; assessments and tools appear once there are any.
 */
import { assessmentsIndexPath, completePath, toolsIndexPath, trainersPath, type Locale } from '../lib/urls';
import { pageLocale } from '../page-locale';
import { strings } from '../i18n';
import { assessmentStrings } from '../tools/assessment/strings';
import { getAssessments } from './assessments';
import { getTools } from './tools';

export interface SectionLink {
  title: string;
  path: string;
}

export async function getSections(locale: Locale = pageLocale()): Promise<SectionLink[]> {
  const t = strings(locale);
  const sections: SectionLink[] = [];
  if ((await getAssessments(locale)).length > 0) sections.push({ title: assessmentStrings(locale).overviewTitle, path: assessmentsIndexPath(locale) });
  if ((await getTools(locale)).length > 0) sections.push({ title: t.tools.overviewTitle, path: toolsIndexPath(locale) });
  sections.push({ title: t.trainers.title, path: trainersPath(locale) }, { title: t.complete.title, path: completePath(locale) });
  return sections;
}
