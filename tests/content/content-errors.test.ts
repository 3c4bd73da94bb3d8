/**
 * Editors get a build error that names the file, the field and what was expected.
 * Each case runs `astro sync` on a small broken content folder in tests/fixtures/content.
 */
import { describe, expect, it } from 'vitest';
import { astroOnFixture } from '../support/fixture-site';

const sync = (fixture: string) => astroOnFixture('sync', fixture);

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

  it('play-timing: names the file, the line, the steps and the variant that do not add up', () => {
    const { status, output } = sync('play-timing');
    expect(status).not.toBe(0);
    const file = 'tests/fixtures/content/play-timing/chapters/a.mdx';
    expect(output).toContain(
      `${file}:21: the steps add up to 70 minutes (1 "Opening" 15 + 2 "Ronde" 40 + 3 "Afsluiting" 15), but "play.minutes" says 45`,
    );
    expect(output).toContain(`${file}: field "play.variants.0" ("Kort"): its steps add up to 30 minutes, but the variant says 20`);
  });

  it('house-terms: names file, line, column, the banned variant and the preferred term, and leaves URLs alone', () => {
    const { status, output } = sync('house-terms');
    expect(status).not.toBe(0);
    const file = 'tests/fixtures/content/house-terms/chapters/a.mdx';
    expect(output).toContain(`${file}:12:29: "follow-up sessie" is a banned variant of "follow-upsessie"; write "follow-upsessie"`);
    expect(output).toContain(`${file}:12:60: "follow-up-sessie" is a banned variant of "follow-upsessie"`);
    expect(output).toContain(`${file}:14:36: "play" is a banned variant of "werkvorm"; write "werkvorm"`);
    // The link text counts, its target /team/follow-up-sessie/ keeps the published spelling; "playbook" is another word.
    const [first] = output.split('Caused by:');
    expect(first!.match(/is a banned variant/g)).toHaveLength(3);
  });
});
