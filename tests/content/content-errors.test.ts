/**
 * Editors get a build error that names the file, the field and what was expected.
 * Each case runs `astro sync` on a small broken content folder in tests/fixtures/content.
 */
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';

function sync(fixture: string) {
  const result = spawnSync('astro', ['sync'], {
    env: {
      ...process.env,
      CONTENT_DIR: `tests/fixtures/content/${fixture}`,
      CACHE_DIR: `.tmp/cache-fixture-${fixture}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

describe('content errors stop the build', () => {
  it('accepts the valid fixture', () => {
    expect(sync('valid').status).toBe(0);
  });

  it.each([
    ['missing-title', 'title: expected a title'],
    ['unknown-part', 'part: unknown part "derde"; expected one of "eerste", "tweede"'],
    ['bad-date', 'updated: expected a date written as YYYY-MM-DD'],
  ])('%s: names the file and the field', (fixture, message) => {
    const { status, output } = sync(fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(`tests/fixtures/content/${fixture}/chapters/a.mdx`);
    expect(output).toContain(message);
  });
});
