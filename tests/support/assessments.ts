/** The assessments as the content files define them, read through their schema (a balance's sides as dimensions) but independently of the site's build. */
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { assessmentSchema } from '../../src/schemas/assessment';
import type { Assessment } from '../../src/tools/assessment/model';
import { codedItemsOf } from '../../src/tools/assessment/result-code';

export function contentAssessments(dir = 'content/assessments'): Assessment[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => assessmentSchema.parse(yaml.load(readFileSync(`${dir}/${name}`, 'utf8'))));
}
export function contentAssessment(id: string): Assessment {
  const found = contentAssessments().find((assessment) => assessment.id === id);
  if (!found) throw new Error(`No assessment ${id} in content/assessments`);
  return found;
}

/**
 * The answers a result code carries for the items about the team (result-code.ts
 * `codedItemsOf`), each item answered `value` as its keyed score: a reverse-keyed item gets
 * the mirrored answer, so the dimension's mean is `value`.
 */
export function teamAnswers(assessment: Assessment, value: number): number[] {
  const min = assessment.scale.points[0]!.value;
  const max = assessment.scale.points.at(-1)!.value;
  return codedItemsOf(assessment).map((item) => (item.reverse ? min + max - value : value));
}
