import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { en } from '../../src/i18n/en/index';
import { nl } from '../../src/i18n/nl/index';
import { coursePath, courseSessionSlidesPath, courseSheetPath, trainersPath, type Locale } from '../../src/lib/urls';
import { axeAtBothWidths } from '../support/axe';
import { overflowAtReflowWidth } from '../support/reflow';
import { pdfPageCount, pdfPageTexts } from '../support/pdf';
import { expect, test, visit } from './fixtures';

interface Block {
  minutes: number;
  title: string;
  break?: true;
  guests?: string[];
  rolePlay?: { groupSize: number; rounds: number };
  guide?: { steps: { minutes: number }[]; say: string[]; debrief: string[]; grouping: string; forTheRoom?: string[]; points?: string[] };
}
interface Session {
  title: string;
  start: string;
  minutes: number;
  forTheRoom?: string;
  agenda: Block[];
}
interface Programme {
  slug: string;
  key: string;
  title: string;
  sessions: Session[];
  letters: { id: string; to: string }[];
}
const folder: Record<Locale, string> = { nl: 'content/course', en: 'content/en/course' };
const programmes = (locale: Locale) =>
  readdirSync(folder[locale])
    .map((name) => yaml.load(readFileSync(`${folder[locale]}/${name}`, 'utf8')) as Programme)
    .sort((a, b) => a.key.localeCompare(b.key));
const dictionary = { nl, en };
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
const minutesOf = (start: string) => Number(start.split(':')[0]) * 60 + Number(start.split(':')[1]);

test('the home page’s “Een sessie leiden” leads to the programmes, and the trainers’ page to each programme’s guide, hand-out, letters and evaluation', async ({ page }) => {
  await visit(page, '/');
  const card = page.locator('.audience', { has: page.getByRole('heading', { name: 'Een sessie leiden' }) });
  await card.getByRole('link', { name: nl.course.programmes.toLowerCase() }).click();
  await expect(page).toHaveURL(/\/trainers\/#programmas$/);
  await expect(page.getByRole('heading', { level: 2, name: nl.trainers.chooseTitle })).toBeInViewport();
  for (const locale of ['nl', 'en'] as const) {
    const t = dictionary[locale];
    await visit(page, trainersPath(locale));
    const section = page.getByRole('region', { name: t.trainers.chooseTitle });
    const list = programmes(locale);
    expect(list.map((each) => each.slug).sort()).toEqual(locale === 'nl' ? ['drie-dagdelen', 'eendaagse-training', 'leertraject'] : ['course', 'one-day-course', 'three-half-days']);
    for (const programme of list) {
      await expect(section.getByRole('heading', { level: 3, name: programme.title })).toBeVisible();
      const links = section.getByRole('list', { name: t.trainers.programmeLinks(programme.title) });
      await expect(links.getByRole('link', { name: t.course.guide })).toHaveAttribute('href', coursePath(programme.slug, locale));
      await expect(links.getByRole('link', { name: t.course.handout })).toHaveAttribute('href', courseSheetPath(programme.slug, 'handout', locale));
      await expect(links.getByRole('link', { name: t.course.letters })).toHaveAttribute('href', courseSheetPath(programme.slug, 'letters', locale));
      await expect(links.getByRole('link', { name: t.course.evaluation })).toHaveAttribute('href', courseSheetPath(programme.slug, 'evaluation', locale));
    }
    await expect(page.getByRole('link', { name: t.cases.title, exact: true })).toHaveAttribute('href', locale === 'nl' ? '/casussen/' : '/en/cases/');
    await expect(page.getByRole('link', { name: t.worksheets.title, exact: true })).toHaveAttribute('href', locale === 'nl' ? '/werkbladen/' : '/en/worksheets/');
  }
});

for (const locale of ['nl', 'en'] as const) {
  const t = dictionary[locale];
  for (const programme of programmes(locale)) {
    test(`${locale} ${programme.slug}: every session’s agenda adds up and runs on the clock, every block has a guide whose steps add up, every role play rotates so everyone advises`, async ({ page }) => {
      test.setTimeout(120_000);
      await visit(page, coursePath(programme.slug, locale));
      await expect(page.getByRole('heading', { level: 1, name: programme.title })).toBeVisible();
      const many = programme.sessions.length > 1;
      for (const [index, session] of programme.sessions.entries()) {
        const section = page.getByRole('region', { name: many ? `${t.course.session(index + 1)} ${session.title}` : session.title, exact: true });
        await expect(section).toBeVisible();
        const last = index === programme.sessions.length - 1;
        for (const heading of [t.course.goal, t.course.preparation, t.course.bring, t.course.uses, t.course.agenda, last ? t.course.homeworkAfter : t.course.homework]) {
          await expect(section.getByRole('heading', { level: 3, name: heading, exact: true })).toBeVisible();
        }
        const agenda = section.locator('table.course__agenda');
        const minutes = (await agenda.locator('tbody td.course__minutes').allTextContents()).map(Number);
        expect(minutes.reduce((a, b) => a + b, 0), session.title).toBe(session.minutes);
        await expect(agenda.locator('tfoot td.course__minutes')).toHaveText(String(session.minutes));
        const clocks = await agenda.locator('td.course__clock').allTextContents();
        expect(clocks[0]).toMatch(new RegExp(`^${session.start}–`));
        expect(clocks.at(-1)).toMatch(new RegExp(`–${clock(minutesOf(session.start) + session.minutes)}$`));
        expect(await section.locator('.course__uses a').count()).toBeGreaterThan(0);

        const blocks = section.locator('section.course__block');
        expect(await blocks.count()).toBe(session.agenda.filter((item) => !item.break).length);
        for (const [b, block] of session.agenda.filter((item) => !item.break).entries()) {
          const guide = blocks.nth(b);
          await expect(guide.getByRole('heading', { level: 3 })).toContainText(block.title);
          for (const heading of [t.course.say, t.course.steps, t.course.grouping, t.course.materials, t.course.printList, t.course.debrief, t.course.trouble]) {
            await expect(guide.getByRole('heading', { level: 4, name: heading, exact: true })).toBeVisible();
          }
          const steps = (await guide.locator('.course__step-minutes').allTextContents()).map((text) => Number.parseInt(text, 10));
          expect(steps.reduce((a, c) => a + c, 0), block.title).toBe(block.minutes);
          if (block.rolePlay) {
            await expect(guide.getByRole('heading', { level: 4, name: t.course.oddNumbers })).toBeVisible();
            const rotation = guide.getByRole('table', { name: t.course.rotation });
            const rows = rotation.locator('tbody tr');
            await expect(rows).toHaveCount(block.rolePlay.groupSize);
            for (const row of await rows.all()) {
              // Each person plays the adviser exactly once.
              await expect(row.locator('td.course__rotation-adviser')).toHaveCount(1);
            }
            expect(await guide.locator('.course__cases a').count()).toBeGreaterThan(0);
          }
        }
      }
    });
  }
}

test('printed, the guide of a programme in sessions starts every session on a new page; the one-day guide has no empty title page; neither prints the site’s chrome', async ({ page }) => {
  test.setTimeout(120_000);
  const [days, , trajectory] = [...programmes('nl')].sort((a, b) => a.sessions.length - b.sessions.length);
  await visit(page, coursePath(trajectory!.slug, 'nl'));
  await page.emulateMedia({ media: 'print' });
  let texts = pdfPageTexts(await page.pdf({ format: 'A4', preferCSSPageSize: true })).map(squash);
  trajectory!.sessions.forEach((session, index) => {
    const label = `sessie ${index + 1} ${squash(session.title)}`.toLowerCase();
    expect(texts.findIndex((text) => text.toLowerCase().startsWith(label)), session.title).toBeGreaterThan(0);
  });
  for (const text of texts) expect(text).not.toMatch(/Kruimelpad|Over deze site/);

  await visit(page, coursePath(days!.slug, 'nl'));
  await page.emulateMedia({ media: 'print' });
  texts = pdfPageTexts(await page.pdf({ format: 'A4', preferCSSPageSize: true })).map(squash);
  expect(days!.sessions).toHaveLength(1);
  // The only session follows the introduction on page 1.
  expect(texts[0]).toContain(days!.sessions[0]!.title);
});

for (const locale of ['nl', 'en'] as const) {
  const t = dictionary[locale].course;
  test(`${locale}: the hand-out gives participants the programme with its times, and prints on at most five A4 pages`, async ({ page }) => {
    for (const programme of programmes(locale)) {
      await visit(page, courseSheetPath(programme.slug, 'handout', locale));
      await expect(page.getByRole('heading', { level: 1, name: programme.title })).toBeVisible();
      const agenda = page.getByRole('region', { name: t.yourAgenda });
      for (const session of programme.sessions) {
        // The last item ends when the session ends.
        const last = session.agenda.at(-1)!;
        const end = minutesOf(session.start) + session.minutes;
        await expect(agenda.getByRole('listitem').filter({ hasText: `${clock(end - last.minutes)}–${clock(end)} ${last.title}` }).first()).toBeVisible();
        await expect(agenda.locator('.course__clock').filter({ hasText: new RegExp(`^${session.start}–`) }).first()).toBeVisible();
      }
      await expect(page.getByRole('table', { name: t.rotation })).toBeVisible();
      for (const heading of [t.bringYou, t.keyPoints, t.homeworkAll, t.readMore]) await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      expect(pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true })), programme.slug).toBeLessThanOrEqual(5);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test(`${locale}: each letter says when its reader is needed, from the agenda; printed, each letter has a page of its own without the trainer’s note`, async ({ page }) => {
    for (const programme of programmes(locale)) {
      await visit(page, courseSheetPath(programme.slug, 'letters', locale));
      for (const letter of programme.letters) {
        const section = page.getByRole('region', { name: letter.to });
        await expect(section).toBeVisible();
        await expect(section.getByRole('heading', { level: 3, name: t.ifCancelled })).toBeVisible();
        const moments = programme.sessions.flatMap((session) => {
          let start = minutesOf(session.start);
          return session.agenda.flatMap((block) => {
            const from = start;
            start += block.minutes;
            return block.guests?.includes(letter.id) ? [`${clock(from)}`, `${clock(start)}`, block.title] : [];
          });
        });
        for (const fact of moments) await expect(section.getByRole('listitem').filter({ hasText: fact }).first()).toBeVisible();
        if (moments.length === 0) {
          // A reader who joins no block (a participant's line manager) still learns when and where: each session's times, with the date and the venue to fill in.
          await expect(section.getByRole('heading', { level: 3, name: t.letterCourseWhen })).toBeVisible();
          for (const session of programme.sessions) await expect(section.getByRole('listitem').filter({ hasText: session.start }).filter({ hasText: t.letterDay }).first()).toBeVisible();
          await expect(section.getByText(`${t.letterPlace}:`)).toBeVisible();
        }
      }
      await page.emulateMedia({ media: 'print' });
      const texts = pdfPageTexts(await page.pdf({ format: 'A4', preferCSSPageSize: true })).map(squash);
      expect(texts.length, programme.slug).toBeGreaterThanOrEqual(programme.letters.length);
      for (const letter of programme.letters) expect(texts.some((text) => text.startsWith(squash(letter.to)) || text.includes(` ${squash(letter.to)} `))).toBe(true);
      for (const text of texts) expect(text).not.toContain(t.ifCancelled);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test(`${locale}: the evaluation form rates every session (or every block of a one-day course) and prints on one A4 page`, async ({ page }) => {
    for (const programme of programmes(locale)) {
      await visit(page, courseSheetPath(programme.slug, 'evaluation', locale));
      const rows = page.locator('table.course__rating tbody tr');
      const parts = programme.sessions.length > 1 ? programme.sessions.length : programme.sessions[0]!.agenda.filter((block) => !block.break).length;
      await expect(rows).toHaveCount(parts);
      await expect(page.getByRole('region', { name: t.evaluationForTrainer }).getByRole('link')).toHaveCount(2);
      await page.emulateMedia({ media: 'print' });
      expect(pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true })), programme.slug).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    }
  });
}

test('nothing on a programme’s pages scrolls sideways at 320 px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const locale of ['nl', 'en'] as const) {
    for (const programme of programmes(locale)) {
      for (const path of [coursePath(programme.slug, locale), ...(['handout', 'letters', 'evaluation'] as const).map((sheet) => courseSheetPath(programme.slug, sheet, locale))]) {
        await visit(page, path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    }
  }
});

test('axe finds no violation on a programme’s guide, letters and evaluation form', async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of ['/trainers/leertraject/', '/trainers/leertraject/brieven/', '/en/trainers/one-day-course/evaluation/']) {
    await visit(page, path);
    const results = await axeAtBothWidths(page);
    expect(results.violations.map((violation) => `${path} ${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
  }
});

for (const locale of ['nl', 'en'] as const) {
  const t = dictionary[locale];
  test(`${locale}: each session has a deck that follows the programme: its times, per block the groups and the debrief, the rotation of every role play, the guide in the notes`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const programme of programmes(locale)) {
      for (const [index, session] of programme.sessions.entries()) {
        // The guide links to the session's deck.
        await visit(page, coursePath(programme.slug, locale));
        await page.getByRole('link', { name: t.course.sessionSlidesFor(session.title), exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`${courseSessionSlidesPath(programme.slug, index + 1, locale)}$`));
        const slides = page.locator('.deck__item');
        const blocks = session.agenda.filter((item) => !item.break);
        const breaks = session.agenda.length - blocks.length;
        const rolePlays = blocks.filter((item) => item.rolePlay).length;
        // Title, programme, per block its slide and its debrief, a role play's rotation, each break, the homework.
        await expect(slides).toHaveCount(2 + 2 * blocks.length + rolePlays + breaks + 1);
        await expect(slides.first()).toContainText(session.title);
        const programmeRows = slides.nth(1).locator('tbody tr');
        await expect(programmeRows).toHaveCount(session.agenda.length);
        let start = minutesOf(session.start);
        for (const [row, item] of session.agenda.entries()) {
          await expect(programmeRows.nth(row)).toHaveText(`${clock(start)}–${clock(start + item.minutes)}${item.title}`, { useInnerText: false });
          start += item.minutes;
        }
        // Only the current slide is shown, so the slides are found by their names, shown or not.
        const slideNamed = (heading: string) => page.locator(`.deck__item > section[aria-label$=": ${heading}"]`);
        if (session.forTheRoom) await expect(slides.first().locator('.slide__lead').last()).toHaveText(squash(session.forTheRoom));
        for (const item of blocks) {
          await expect(slideNamed(item.title).first().locator('.slide__notes')).toContainText(squash(item.guide!.say[0]!).slice(0, 60));
          // The group reads its task and the block's key points; the grouping rules are the trainer's, in the notes.
          const shown = slideNamed(item.title).first().locator('.slide__points > li');
          if (item.guide!.forTheRoom) {
            await expect(shown).toHaveText([...item.guide!.forTheRoom, ...(item.guide!.points ?? [])].map(squash));
            await expect(slideNamed(item.title).first().locator('.slide__notes')).toContainText(squash(item.guide!.grouping).slice(0, 60));
          }
        }
        for (const item of blocks) {
          const debrief = slideNamed(t.course.debriefOf(item.title));
          for (const question of item.guide!.debrief) await expect(debrief.locator('li').filter({ hasText: question })).toHaveCount(1);
        }
        const rotations = page.locator('.deck__item table.course__rotation');
        await expect(rotations).toHaveCount(rolePlays);
        for (const [r, item] of blocks.filter((each) => each.rolePlay).entries()) {
          await expect(rotations.nth(r).locator('tbody tr')).toHaveCount(item.rolePlay!.groupSize);
        }
      }
    }
  });

  test(`${locale}: a session deck is axe-clean at both widths and fits 320 px on every slide`, async ({ page }) => {
    test.setTimeout(120_000);
    const programme = programmes(locale).find((each) => each.sessions.length === 3)!;
    await visit(page, courseSessionSlidesPath(programme.slug, 2, locale));
    const results = await axeAtBothWidths(page);
    expect(results.violations.map((violation) => `${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
    const total = await page.locator('.deck__item').count();
    for (let slide = 1; slide <= total; slide++) {
      await expect(page.locator('[data-deck-counter]')).toHaveText(t.slides.counter.replace('{n}', String(slide)).replace('{total}', String(total)));
      expect(await overflowAtReflowWidth(page), `slide ${slide}`).toBeUndefined();
      await page.keyboard.press('ArrowRight');
    }
  });
}
