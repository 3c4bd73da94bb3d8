/**
 * The site's sections beside the playbook's parts: self-assessments, workshop tools, the
 * trainers' page and the whole playbook on one page. The sidebar lists them under the
 * parts; assessments and tools appear once there are any.
 */
import { assessmentsIndexPath, completePath, toolsIndexPath, trainersPath } from '../lib/urls';
import { strings } from '../i18n';
import { getAssessments } from './assessments';
import { getTools } from './tools';

export interface SectionLink {
  title: string;
  path: string;
}

export async function getSections(): Promise<SectionLink[]> {
  const t = strings();
  const sections: SectionLink[] = [];
  if ((await getAssessments()).length > 0) sections.push({ title: t.assessment.overviewTitle, path: assessmentsIndexPath() });
  if ((await getTools()).length > 0) sections.push({ title: t.tools.overviewTitle, path: toolsIndexPath() });
  sections.push({ title: t.trainers.title, path: trainersPath() }, { title: t.complete.title, path: completePath() });
  return sections;
}
