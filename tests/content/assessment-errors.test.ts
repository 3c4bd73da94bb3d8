/**
 * A broken assessment stops the build with the file, the field and the reason. The schema
 * cases run directly against the schema; one runs through `astro sync` and the link check
 * through a real build, on small fixture sites in tests/fixtures/content.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/schemas/assessment';

// The cases break the fixture in ways its schema type forbids, so it is deliberately untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
const valid = yaml.load(readFileSync('tests/fixtures/content/valid/assessments/proef.yaml', 'utf8')) as Record<string, any>;
const clone = () => structuredClone(valid);

function issues(input: unknown): string[] {
  const result = assessmentSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function astro(command: 'sync' | 'build', fixture: string) {
  const result = spawnSync('astro', [command], {
    env: {
      ...process.env,
      CONTENT_DIR: `tests/fixtures/content/${fixture}`,
      CACHE_DIR: `.tmp/cache-fixture-${fixture}`,
      OUT_DIR: `.tmp/dist-fixture-${fixture}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

describe('assessment schema', () => {
  it('accepts the valid fixture', () => {
    expect(issues(valid)).toEqual([]);
  });

  it('names a repeated item id', () => {
    const data = clone();
    data.items[2].id = 'l1';
    expect(issues(data)).toContain('items.2.id: item id "l1" repeats item 1; every item needs its own id');
  });

  it('names an item with an unknown dimension', () => {
    const data = clone();
    data.items[1].dimension = 'spreken';
    expect(issues(data)).toContain('items.1.dimension: unknown dimension "spreken"; expected one of "luisteren"');
  });

  it('names a dimension with fewer than three items', () => {
    const data = clone();
    data.items.pop();
    data.items.push({ id: 'x', text: 'Extra.', dimension: 'luisteren' });
    data.dimensions.push({ ...data.dimensions[0], id: 'spreken' });
    data.items[2].dimension = 'spreken';
    expect(issues(data)).toContain('dimensions.1.id: dimension "spreken" has 1 item; it needs at least 3');
  });

  it('names a gap between bands', () => {
    const data = clone();
    data.dimensions[0].bands[1].from = 2.5;
    expect(issues(data)).toEqual(['dimensions.0.bands.1.from: gap: scores from 2 to 2.5 fall in no band; start this band at 2']);
  });

  it('names overlapping bands', () => {
    const data = clone();
    data.dimensions[0].bands[1].from = 1.5;
    expect(issues(data)[0]).toMatch(/^dimensions\.0\.bands\.1\.from: overlap/);
  });

  it('names bands that do not cover the whole scale', () => {
    const low = clone();
    low.dimensions[0].bands[0].from = 1.5;
    expect(issues(low)).toContain('dimensions.0.bands.0.from: expected the first band to start at the scale minimum 1, not 1.5');
    const high = clone();
    high.dimensions[0].bands[1].to = 2.8;
    expect(issues(high)).toContain('dimensions.0.bands.1.to: expected the last band to end at the scale maximum 3, not 2.8');
  });

  it('rejects a next step that is not a site path', () => {
    const data = clone();
    data.dimensions[0].bands[0].next[0].link = 'https://example.org/';
    expect(issues(data)[0]).toMatch(/^dimensions\.0\.bands\.0\.next\.0\.link: expected a site path/);
  });
});

describe('broken assessments stop the build', () => {
  it('astro sync names the file and field of a band gap', () => {
    const { status, output } = astro('sync', 'assessment-band-gap');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/assessment-band-gap/assessments/proef.yaml');
    expect(output).toContain('gap: scores from 2 to 2.5 fall in no band');
  });

  it('the build names a next step that links to a heading that does not exist', () => {
    const { status, output } = astro('build', 'assessment-bad-link');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'assessments/proef.yaml: field "dimensions.0.bands.0.next.0.link": page /eerste/hoofdstuk-a/ has no heading with id "bestaat-niet"; its headings are "kop-een"',
    );
  });

  it('the valid fixture builds', () => {
    const { status, output } = astro('build', 'valid');
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });
});
