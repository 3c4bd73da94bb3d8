/**
 * Broken-content fixtures: runs `astro sync` or `astro build` on a small fixture site in
 * tests/fixtures/content/<name>, and lists a schema's issues as "path: message", the way the
 * build reports them. Each fixture gets its own cache and output folder under .tmp/.
 */
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import type { z } from 'astro/zod';

export function astroOnFixture(
  command: 'sync' | 'build',
  fixture: string,
  /** An organisation file (tests/fixtures/themes/<name>/organisation.yaml) and the cache and output folders' own name. */
  organisation?: string,
): { status: number | null; output: string } {
  const own = organisation ? `${fixture}-${organisation}` : fixture;
  const result = spawnSync('astro', [command], {
    env: {
      ...process.env,
      CONTENT_DIR: `tests/fixtures/content/${fixture}`,
      CACHE_DIR: `.tmp/cache-fixture-${own}`,
      OUT_DIR: `.tmp/dist-fixture-${own}`,
      ...(organisation ? { ORGANISATION_FILE: `tests/fixtures/themes/${organisation}/organisation.yaml` } : {}),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

export function schemaIssues(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
