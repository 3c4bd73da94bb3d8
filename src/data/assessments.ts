/**
 * The self-assessments, validated beyond their schema: every next step must link to a page
 * (and heading) that exists. Computed once per build.
 */
import { getCollection } from 'astro:content';
import { linkProblem } from '../lib/link-targets';
import { ContentError } from '../schemas/report';
import { type AssessmentData, frequencyWordWarnings } from '../schemas/assessment';
import { getLinkTargets } from './link-targets';
import { assessmentSlug, type Locale } from '../lib/urls';
import { routeLocale } from '../lib/localized-routes';
import { inLocale, perLocale } from './locale';

export interface AssessmentEntry {
  id: string;
  filePath: string;
  data: AssessmentData;
}

/** The self-assessments in one language (default: the page being rendered). */
export const getAssessments: (locale?: Locale) => Promise<AssessmentEntry[]> = perLocale(load);

async function load(locale: Locale): Promise<AssessmentEntry[]> {
  const targets = await getLinkTargets(locale);
  const entries = inLocale(await getCollection('assessments'), locale).map((entry) => ({
    // The file name in Dutch (checked below to equal the id), the id in English: the same in both languages.
    id: locale === 'en' ? entry.data.id : entry.id,
    filePath: entry.filePath ?? `assessments/${entry.id}.yaml`,
    data: entry.data,
  }));
  const problems: string[] = [];
  const codes = new Map<string, string>();
  for (const entry of entries) {
    // English files are named by their English words; they are paired by id (src/data/translations.ts).
    if (locale === 'nl' && entry.data.id !== entry.id) {
      problems.push(`${entry.filePath}: field "id": "${entry.data.id}" must match the file name "${entry.id}"`);
    }
    const sameCode = codes.get(entry.data.code);
    if (sameCode) problems.push(`${entry.filePath}: field "code": "${entry.data.code}" is already used by ${sameCode}`);
    codes.set(entry.data.code, entry.filePath);
    // Not fatal: the editor may mean it. Printed once per build, with file and field.
    for (const warning of frequencyWordWarnings(entry.data)) {
      console.warn(`warning: ${entry.filePath}: field "${warning.path.join('.')}": ${warning.message}`);
    }
    entry.data.dimensions.forEach((dimension, d) =>
      dimension.bands.forEach((band, b) =>
        band.next.forEach((step, s) => {
          const problem = linkProblem(step.link, targets);
          if (problem) problems.push(`${entry.filePath}: field "dimensions.${d}.bands.${b}.next.${s}.link": ${problem}`);
        }),
      ),
    );
  }
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  return entries.sort((a, b) => a.data.title.localeCompare(b.data.title, locale));
}

/**
 * The static paths of a page per assessment (its page, paper version, manual, embed), in the
 * language of the route Astro asks for: `[id]` is the assessment's URL segment there.
 */
export async function assessmentRoutes(routePattern: string, which: (data: AssessmentData) => boolean = () => true) {
  return (await getAssessments(routeLocale(routePattern)))
    .filter(({ data }) => which(data))
    .map(({ data }) => ({ params: { id: assessmentSlug(data) }, props: { assessment: data } }));
}
