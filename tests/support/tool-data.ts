/**
 * A tool's data file (content/tools/<id>.yaml) read straight from disk and parsed by its
 * schema, as the build does, so unit tests run the tool's logic on the real content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';

export function loadToolData<S extends z.ZodType>(id: string, schema: S, contentDir = 'content'): z.output<S> {
  const file = join(contentDir, 'tools', `${id}.yaml`);
  const result = schema.safeParse(yaml.load(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return result.data;
}
