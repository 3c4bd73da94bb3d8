/** The assessments as the content files define them, read independently of the site's build. */
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Assessment } from '../../src/tools/assessment/model';

export function contentAssessments(dir = 'content/assessments'): Assessment[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const data = yaml.load(readFileSync(`${dir}/${name}`, 'utf8')) as Assessment & { items: { reverse?: boolean; weight?: number }[] };
      return {
        ...data,
        kind: data.kind ?? 'zelfscan',
        minAnswered: data.minAnswered ?? 3,
        legacy: data.legacy ?? [],
        dimensions: data.dimensions.map((dimension) => ({ ...dimension, kind: dimension.kind ?? 'mean' })),
        items: data.items.map((item) => ({ ...item, reverse: item.reverse ?? false, weight: item.weight ?? 1 })),
      } as Assessment;
    });
}

export function contentAssessment(id: string): Assessment {
  const found = contentAssessments().find((assessment) => assessment.id === id);
  if (!found) throw new Error(`No assessment ${id} in content/assessments`);
  return found;
}
