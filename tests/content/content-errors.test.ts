/**
 * Editors get a build error that names the file, the field and what was expected.
 * Each case runs `astro sync` on a small broken content folder in tests/fixtures/content.
 */
import { readFileSync } from 'node:fs';
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
      `${file}:22: the steps add up to 70 minutes (1 "Opening" 15 + 2 "Ronde" 40 + 3 "Afsluiting" 15), but "play.minutes" says 45`,
    );
    expect(output).toContain(`${file}: field "play.variants.0" ("Kort"): its steps add up to 30 minutes, but the variant says 20`);
  });

  it('house-terms: names file, line, column, the banned variant and the preferred term, and leaves URLs alone', () => {
    const { status, output } = sync('house-terms');
    expect(status).not.toBe(0);
    const file = 'tests/fixtures/content/house-terms/chapters/a.mdx';
    expect(output).toContain(`${file}:13:29: "follow-up sessie" is a banned variant of "follow-upsessie"; write "follow-upsessie"`);
    expect(output).toContain(`${file}:13:60: "follow-up-sessie" is a banned variant of "follow-upsessie"`);
    expect(output).toContain(`${file}:15:36: "play" is a banned variant of "werkvorm"; write "werkvorm"`);
    // The link text counts, its target /team/follow-up-sessie/ keeps the published spelling; "playbook" is another word.
    const [first] = output.split('Caused by:');
    expect(first!.match(/is a banned variant/g)).toHaveLength(3);
  });

  it('straight-quotes: finds a straight quote anywhere in prose, the first character of a line included, but not YAML or JSX quoting', () => {
    const { status, output } = sync('straight-quotes');
    expect(status).not.toBe(0);
    const file = 'tests/fixtures/content/straight-quotes/chapters/a.mdx';
    const [first] = output.split('Caused by:');
    const found = [...first!.matchAll(new RegExp(`${file}:(\\d+:\\d+): a straight (single|double) quote`, 'g'))].map((match) => `${match[1]} ${match[2]}`);
    expect(found).toEqual(['15:1 double', '15:18 double', '17:3 double', '17:28 double', '19:8 double', '19:29 double', '23:12 single', '23:22 single']);
    expect(output).toContain(`${file}:15:1: a straight double quote (") is a banned variant of "“ ”"; write "“ ”"`);
  });
});

describe('every chapter has slides a room can read', () => {
  it('slides-missing: a chapter without key points names the file and the field, and says what to write', () => {
    const { status, output } = sync('slides-missing');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/slides-missing/chapters/a.mdx');
    expect(output).toContain('slides: expected key-point slides for the presentation: a list of { section, points }, or "prose" to show the text itself');
  });

  it('slides-unknown-section: names the file, the slide and the headings it could name', () => {
    const { status, output } = astroOnFixture('build', 'slides-unknown-section');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/content/slides-unknown-section/chapters/a.mdx: field "slides.2.section": no heading with id "kop-drie" in this chapter; expected "intro" or one of "kop-een", "kop-twee"',
    );
    // The intro and the heading that exists are not reported.
    const [first] = output.split('Caused by:');
    expect(first!.match(/no heading with id/g)).toHaveLength(1);
  });
});

describe('role-play cases cover every discipline in every situation', () => {
  it('case-coverage-gap: names the cases folder, the fields and each discipline × situation without a case', () => {
    const { status, output } = astroOnFixture('build', 'case-coverage-gap');
    expect(status).not.toBe(0);
    const folder = 'tests/fixtures/content/case-coverage-gap/cases/';
    expect(output).toContain(`${folder}: fields "discipline" and "situation": no case with discipline "hr" and situation "positie-nemen"; add one`);
    expect(output).toContain(`${folder}: fields "discipline" and "situation": no case with discipline "ict" and situation "werk-overdragen"`);
    // HR's first conversation has its two cases, so it is not reported; the other 19 cells are.
    expect(output).not.toContain('discipline "hr" and situation "eerste-gesprek"');
    const [first] = output.split('Caused by:');
    expect(first!.match(/no case with discipline/g)).toHaveLength(19);
  });

  it('case-coverage-thin: a discipline with one case in a situation is reported too, since two advisers of one discipline each need their own', () => {
    const { status, output } = astroOnFixture('build', 'case-coverage-thin');
    expect(status).not.toBe(0);
    const folder = 'tests/fixtures/content/case-coverage-thin/cases/';
    expect(output).toContain(
      `${folder}: fields "discipline" and "situation": only 1 case with discipline "hr" and situation "eerste-gesprek"; add another, so two advisers of one discipline in a group each have their own (at least 2)`,
    );
  });
});

describe('a programme that does not add up stops the build', () => {
  it('course-timing: names the file and field of a session that does not add up, a role play that does not fit and a block without a guide', () => {
    const { status, output } = sync('course-timing');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/course-timing/course/programma.yaml');
    expect(output).toContain('sessions.0.agenda: the agenda adds up to 45 minutes, but the session "Eerste sessie" lasts 60; make them equal');
    expect(output).toContain(
      'sessions.1.agenda.0.rolePlay: 3 rounds × (3 reading + 15 conversation + 7 feedback) = 75 minutes do not fit in "Rollenspel" (45 minutes); make the block longer or the rounds shorter',
    );
    expect(output).toContain('sessions.1.agenda.1.guide: expected a facilitator guide for "Afsluiting" (purpose, say, steps, grouping, materials, debrief, trouble); only a break (break: true) has none');
  });

  it('course-slide-lines: names the file and field of a slide the back of the room cannot read: a line too long, more lines than fit', () => {
    const { status, output } = sync('course-slide-lines');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/course-slide-lines/course/programma.yaml');
    expect(output).toContain('sessions.1.agenda.0.guide.forTheRoom.1: a line for the room on a slide is at most 70 characters; shorten it or split it');
    expect(output).toContain('sessions.1.agenda.0.guide.points: at most 6 key points fit on a slide; move the rest to the guide');
  });

  it.each([
    ['course-no-sessions', 'geen'],
    ['course-seven-sessions', 'zeven'],
  ])('%s: refuses a programme with no sessions or with seven', (fixture, file) => {
    const { status, output } = sync(fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(`tests/fixtures/content/${fixture}/course/${file}.yaml`);
    expect(output).toContain('sessions: expected 1 to 6 sessions');
  });
});

describe('the English edition pairs every file with its counterpart', () => {
  it('translation-missing: names the Dutch file without an English one and the English file without a Dutch one', () => {
    const { status, output } = astroOnFixture('build', 'translation-missing');
    expect(status).not.toBe(0);
    const root = 'tests/fixtures/content/translation-missing';
    expect(output).toContain(`${root}/chapters/b.mdx: field key: no English file has key "chapter-b"; add its counterpart under content/en/, or mark this file "translation: pending"`);
    expect(output).toContain(`${root}/en/chapters/orphan.mdx: field key: no Dutch file has key "orphan"`);
    // The pair that is complete is not reported.
    expect(output).not.toContain(`${root}/chapters/a.mdx`);
  });

  it('translation-pending: builds, and the page says it is not in English yet and offers the English home page', () => {
    const { status, output } = astroOnFixture('build', 'translation-pending');
    expect(status, output).toBe(0);
    const page = readFileSync('.tmp/dist-fixture-translation-pending/eerste/hoofdstuk-b/index.html', 'utf8');
    const link = page.match(/<a class="language-switch"[^>]*>[\s\S]*?<\/a>/)?.[0] ?? '';
    expect(link).toContain('href="/en/" hreflang="en" lang="en"');
    expect(link.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('English (this page is not in English yet: go to the English home page)');
    // Without a counterpart it claims no alternate; the translated chapter does.
    expect(page).not.toContain('hreflang="en" href=');
    expect(readFileSync('.tmp/dist-fixture-translation-pending/eerste/hoofdstuk-a/index.html', 'utf8')).toMatch(/<link rel="alternate" hreflang="en" href="https?:\/\/[^/"]+\/en\/first\/chapter-a\/">/);
  });
});
