/**
 * The site's sections beside the playbook's parts: self-assessments and workshop tools.
 * The sidebar lists them under the parts; a section appears once it has content.
 */
import { assessmentsIndexPath, toolsIndexPath } from '../lib/urls';
import { strings } from '../i18n';
import { getAssessments } from './assessments';
import { tools } from './tools';

export interface SectionLink {
  title: string;
  path: string;
}

export async function getSections(): Promise<SectionLink[]> {
  const t = strings();
  const sections: SectionLink[] = [];
  if ((await getAssessments()).length > 0) sections.push({ title: t.assessment.overviewTitle, path: assessmentsIndexPath() });
  if (tools.length > 0) sections.push({ title: t.tools.overviewTitle, path: toolsIndexPath() });
  return sections;
}
