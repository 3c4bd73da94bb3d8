import { axeAtBothWidths } from '../support/axe';
import type { Page } from '@playwright/test';
import { contentChapters } from '../support/content';
import { pdfPageCount, pdfPageSize, pdfPageTexts } from '../support/pdf';
import { decodeQr } from '../support/qr';
import { expect, test, visit } from './fixtures';

const SITE = 'https://adviesplaybook.example';
const chapters = contentChapters();
const presentation = (path: string) => `${path}presentatie/`;

test('a trainer opens a chapter as slides and walks through them with the keyboard', async ({ page }) => {
  await visit(page, '/rol/vier-eigenschappen/');
  const sectionHeadings = await page.locator('main article h2').allTextContents();
  await page.getByRole('link', { name: 'Open als presentatie' }).click();
  await expect(page).toHaveURL(/\/rol\/vier-eigenschappen\/presentatie\/$/);

  const slides = page.getByRole('region', { name: /^Dia \d+ van \d+: /, includeHidden: true });
  const total = await slides.count();
  expect(total).toBeGreaterThan(sectionHeadings.length);
  // Every section of the chapter is a slide with its own heading (the reading list is no slide: its links are in the chapter).
  for (const heading of sectionHeadings.filter((text) => text.trim() !== 'Verder lezen')) {
    await expect(page.getByRole('heading', { level: 2, name: heading.trim(), exact: true, includeHidden: true })).toHaveCount(1);
  }

  // The title slide: the chapter's title, its QR code and its short URL.
  const first = page.getByRole('region', { name: `Dia 1 van ${total}: De vier eigenschappen van een effectieve adviseur` });
  await expect(first).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Presentatie: De vier eigenschappen van een effectieve adviseur');
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('De vier eigenschappen van een effectieve adviseur');
  await expect(first).toContainText('adviesplaybook.example/rol/vier-eigenschappen');
  expect(decodeQr(await first.locator('.slide__qr svg').screenshot())).toBe(`${SITE}/rol/vier-eigenschappen/`);
  const counter = page.getByRole('status').filter({ hasText: /^Dia \d+ van/ });
  await expect(counter).toHaveText(`Dia 1 van ${total}`);
  await expect(slides.filter({ visible: true })).toHaveCount(1);

  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(`Dia 2 van ${total}`);
  await expect(page).toHaveURL(/#dia-2$/);
  await expect(slides.filter({ visible: true })).toHaveCount(1);
  // Focus moves onto the slide, so a screen reader reads it.
  await expect(page.getByRole('region', { name: new RegExp(`^Dia 2 van ${total}: `) })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(counter).toHaveText(`Dia 3 van ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText(`Dia 2 van ${total}`);
  await page.keyboard.press('End');
  await expect(counter).toHaveText(`Dia ${total} van ${total}`);
  await expect(page.getByRole('button', { name: 'Volgende dia' })).toBeDisabled();
  await page.keyboard.press('Home');
  await expect(counter).toHaveText(`Dia 1 van ${total}`);
  await expect(page.getByRole('button', { name: 'Vorige dia' })).toBeDisabled();

  // The buttons work too, and keep focus where it is.
  const next = page.getByRole('button', { name: 'Volgende dia' });
  await next.click();
  await expect(counter).toHaveText(`Dia 2 van ${total}`);
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(counter).toHaveText(`Dia 3 van ${total}`);

  // A reload, or a shared link, opens the same slide.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /^Dia/ })).toHaveText(`Dia 3 van ${total}`);
});

test('speaker notes from the MDX show on request and close with Escape; the chapter does not show them', async ({ page }) => {
  await visit(page, '/rol/vier-eigenschappen/');
  await expect(page.getByText('Laat iedereen een hand opsteken')).toHaveCount(0);
  // The note stands in the chapter's introduction, which the key-point slide 2 names as its section.
  await visit(page, '/rol/vier-eigenschappen/presentatie/#dia-2');
  const notesButton = page.getByRole('button', { name: 'Notities' });
  await expect(notesButton).toHaveAttribute('aria-pressed', 'false');
  const current = page.getByRole('region', { name: /^Dia 2 van/ });
  const notes = current.getByRole('complementary', { name: 'Notities bij dia 2' });
  await expect(notes).toBeHidden();
  await notesButton.click();
  await expect(notesButton).toHaveAttribute('aria-pressed', 'true');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('Laat iedereen een hand opsteken');
  // With the trainer's note, the chapter's own text: the key points on the slide, the prose in the notes.
  await expect(notes).toContainText('De vier eigenschappen horen bij elkaar. Jij staat als adviseur in het midden.');
  await page.keyboard.press('Escape');
  await expect(notes).toBeHidden();
  await expect(notesButton).toHaveAttribute('aria-pressed', 'false');
});

test('the full-screen button puts the slides on the whole screen, and Escape leaves it', async ({ page }) => {
  await visit(page, '/veranderen/zes-interventies/presentatie/');
  const button = page.getByRole('button', { name: 'Volledig scherm' });
  await button.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('SLIDE-DECK');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: /^Dia/ })).toHaveText(/^Dia 2 van/);
  await page.evaluate(() => document.exitFullscreen());
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
});

test('every presentation prints as landscape pages, one slide per page, without the controls', async ({ page }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  for (const chapter of chapters) {
    await visit(page, presentation(chapter.path));
    const slides = await page.locator('section.slide').count();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = pdfPageCount(pdf);
    if (pages !== slides) problems.push(`${chapter.path}: ${slides} slides printed on ${pages} pages`);
    const size = pdfPageSize(pdf);
    if (!(size.width > size.height)) problems.push(`${chapter.path}: pages are not landscape (${size.width} × ${size.height})`);
    const texts = pdfPageTexts(pdf).map((text) => text.replace(/\s+/g, ' '));
    if (!texts[0]?.includes(chapter.title.split(' ').slice(0, 2).join(' '))) problems.push(`${chapter.path}: page 1 does not show the title`);
    if (texts.some((text) => /Volgende dia|Volledig scherm|Zoeken/.test(text))) problems.push(`${chapter.path}: the controls or the header were printed`);
    texts.forEach((text, index) => {
      if (!new RegExp(`\\b${index + 1} ?/ ?${slides}\\b`).test(text)) problems.push(`${chapter.path}: page ${index + 1} does not carry slide number ${index + 1} / ${slides}`);
    });
    await page.emulateMedia({ media: 'screen' });
  }
  expect(problems).toEqual([]);
});

test('the slides respect reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await visit(page, '/rol/eerste-gesprek/presentatie/');
  await page.keyboard.press('ArrowRight');
  const animation = await page.locator('.deck__item[data-current] .slide').evaluate((element) => getComputedStyle(element).animationName);
  expect(animation).toBe('none');
});

test('axe finds no violation in a presentation, with and without the notes open', async ({ page }) => {
  test.setTimeout(90_000);
  await visit(page, '/team/teamdag-klantgerichtheid/presentatie/');
  const scan = async (label: string) => {
    const results = await axeAtBothWidths(page);
    return results.violations.map((violation) => `${label}: ${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`);
  };
  const found = await scan('title slide');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Notities' }).click();
  found.push(...(await scan('slide 2 with notes')));
  expect(found).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('all slides show as a list, and the controls that need the script are not there', async ({ page }) => {
    await visit(page, '/rol/vier-eigenschappen/presentatie/');
    const items = page.getByRole('list', { name: 'Dia’s' }).getByRole('listitem');
    const total = await items.count();
    expect(total).toBeGreaterThan(4);
    for (let index = 0; index < total; index++) await expect(items.nth(index)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Volgende dia' })).toBeHidden();
    await expect(page.getByText('Zonder JavaScript zie je alle dia’s onder elkaar')).toBeVisible();
  });
});

test('the trainers’ page links every chapter to its presentation', async ({ page, request }) => {
  await visit(page, '/trainers/');
  for (const chapter of chapters) {
    const link = page.getByRole('link', { name: `Open “${chapter.title}” als presentatie` });
    await expect(link).toHaveAttribute('href', presentation(chapter.path));
  }
  expect((await request.get(presentation(chapters[0]!.path).slice(1))).status()).toBe(200);
});

/** Every presentation of both editions, as the trainers' pages link them. */
async function presentationPaths(page: Page): Promise<string[]> {
  const paths: string[] = [];
  for (const [trainers, name] of [['/trainers/', /als presentatie$/], ['/en/trainers/', /as a presentation$/]] as const) {
    await visit(page, trainers);
    paths.push(...(await page.getByRole('link', { name }).evaluateAll((links) => links.map((link) => link.getAttribute('href')!))));
  }
  return paths;
}

test.describe('key points a room can read', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a key-point slide shows a few short lines in large type, with the chapter’s text as its notes', async ({ page }) => {
    await visit(page, '/rol/eerste-gesprek/presentatie/#dia-3');
    const slide = page.getByRole('region', { name: /^Dia 3 van \d+: De valkuil: alleen maar vragen$/ });
    const points = slide.getByRole('listitem');
    await expect(points.first()).toHaveText('Eerst luisteren, dan adviseren. Dat klopt.');
    expect(await points.count()).toBeLessThanOrEqual(6);
    // At least 2.2rem (35.2 px) on a 1280 px projector.
    const size = await points.first().evaluate((point) => parseFloat(getComputedStyle(point).fontSize));
    expect(size).toBeGreaterThanOrEqual(35.2);
    // The chapter's prose is not on the slide; it is in the notes.
    await expect(slide.locator('.slide__body')).not.toContainText('blijft je klant met lege handen achter');
    await page.getByRole('button', { name: 'Notities' }).click();
    await expect(slide.getByRole('complementary', { name: 'Notities bij dia 3' })).toContainText('blijft je klant met lege handen achter');
  });

  test('every key-point slide of every presentation, Dutch and English, fits its slide at 1280 × 720 without scrolling', async ({ page }) => {
    test.setTimeout(180_000);
    const paths = await presentationPaths(page);
    expect(paths.length).toBeGreaterThanOrEqual(40);
    const problems: string[] = [];
    for (const path of paths) {
      await visit(page, path);
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.deck__item')].flatMap((item, index) => {
          const current = document.querySelector('.deck__item[data-current]');
          current?.removeAttribute('data-current');
          item.setAttribute('data-current', '');
          const slide = item.querySelector<HTMLElement>('.slide')!;
          const points = slide.querySelector<HTMLElement>('.slide__points');
          const tooSmall = points && parseFloat(getComputedStyle(points).fontSize) < 35.2;
          const over = slide.scrollHeight - slide.clientHeight;
          item.removeAttribute('data-current');
          current?.setAttribute('data-current', '');
          if (!slide.classList.contains('slide--points')) return [];
          return over > 1 || tooSmall ? [`slide ${index + 1}: ${over} px too tall${tooSmall ? ', points smaller than 2.2rem' : ''}`] : [];
        }),
      );
      problems.push(...overflowing.map((problem) => `${path} ${problem}`));
    }
    expect(problems).toEqual([]);
  });
});

test.describe('the presenter view', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('opens in a second window that follows the deck, and the deck follows it; it shows the notes, the next slide and a timer', async ({ page, context }) => {
    await context.clock.install();
    await visit(page, '/rol/eerste-gesprek/presentatie/');
    const audienceCounter = page.getByRole('status').filter({ hasText: /^Dia/ });
    const total = Number((await audienceCounter.textContent())!.match(/van (\d+)/)![1]);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presentatorweergave' }).click()]);
    await presenter.waitForLoadState();
    await expect(presenter).toHaveURL(/\?presenter=1$/);
    const presenterCounter = presenter.getByRole('status').filter({ hasText: /^Dia/ });
    await expect(presenterCounter).toHaveText(`Dia 1 van ${total}`);

    // The notes of the title slide: the chapter's introduction, readable as a region with a heading.
    const notes = presenter.getByRole('region', { name: 'Notities bij dia 1' });
    await expect(notes).toContainText('Het eerste gesprek met een klant is belangrijk.');
    await expect(presenter.getByText('Hierna: Wat je klant wil weten')).toBeVisible();

    // Keys in the presenter window move both windows.
    await presenter.keyboard.press('ArrowRight');
    await expect(presenterCounter).toHaveText(`Dia 2 van ${total}`);
    await expect(audienceCounter).toHaveText(`Dia 2 van ${total}`);
    await expect(page).toHaveURL(/#dia-2$/);
    await expect(presenter.getByRole('region', { name: 'Notities bij dia 2' })).toContainText('Zij wil in het eerste gesprek vooral één ding weten');
    await presenter.keyboard.press('PageDown');
    await expect(audienceCounter).toHaveText(`Dia 3 van ${total}`);
    await presenter.keyboard.press('PageUp');
    await expect(audienceCounter).toHaveText(`Dia 2 van ${total}`);
    // … and keys in the audience's window move the presenter view.
    await page.keyboard.press('ArrowRight');
    await expect(presenterCounter).toHaveText(`Dia 3 van ${total}`);
    await expect(presenter.getByRole('region', { name: 'Notities bij dia 3' })).toContainText('blijft je klant met lege handen achter');
    await page.keyboard.press('End');
    await expect(presenterCounter).toHaveText(`Dia ${total} van ${total}`);
    await expect(presenter.getByText('Dit is de laatste dia.')).toBeVisible();
    await presenter.getByRole('button', { name: 'Vorige dia' }).click();
    await expect(audienceCounter).toHaveText(`Dia ${total - 1} van ${total}`);

    // The timer: start, pause, reset.
    const clock = presenter.getByRole('timer', { name: 'Verstreken tijd' });
    await expect(clock).toHaveText('0:00');
    await presenter.getByRole('button', { name: 'Start de tijd' }).click();
    await context.clock.runFor(65_000);
    await expect(clock).toHaveText('1:05');
    await presenter.getByRole('button', { name: 'Pauzeer de tijd' }).click();
    await context.clock.runFor(30_000);
    await expect(clock).toHaveText('1:05');
    await presenter.getByRole('button', { name: 'Start de tijd' }).click();
    await context.clock.runFor(10_000);
    await expect(clock).toHaveText('1:15');
    await presenter.getByRole('button', { name: 'Zet de tijd op nul' }).click();
    await expect(clock).toHaveText('0:00');
    await context.clock.runFor(3_000);
    await expect(clock).toHaveText('0:03');

    // Closing the presenter view closes its window; the deck stays.
    await presenter.getByRole('button', { name: 'Sluit presentatorweergave' }).click();
    await expect.poll(() => presenter.isClosed()).toBe(true);
    await expect(audienceCounter).toHaveText(`Dia ${total - 1} van ${total}`);
  });

  test('a play shows its planned minutes beside the timer, and P opens the view from the keyboard', async ({ page, context }) => {
    await visit(page, '/veranderen/waartoe-gesprek/presentatie/');
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.waitForLoadState();
    await expect(presenter.getByText('Gepland: 60 minuten')).toBeVisible();
  });

  test('on a phone it opens in the same window, and closes back to the deck', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await visit(page, '/rol/eerste-gesprek/presentatie/#dia-2');
    await page.getByRole('button', { name: 'Presentatorweergave' }).click();
    await expect(page.getByRole('region', { name: 'Notities bij dia 2' })).toContainText('Zij wil in het eerste gesprek vooral één ding weten');
    await expect(page.getByRole('timer', { name: 'Verstreken tijd' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('region', { name: 'Notities bij dia 3' })).toBeVisible();
    await page.getByRole('button', { name: 'Sluit presentatorweergave' }).click();
    await expect(page.getByRole('region', { name: /^Notities bij dia/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Presentatorweergave' })).toBeFocused();
  });

  test('axe finds no violation in the presenter view', async ({ page }) => {
    test.setTimeout(90_000);
    await visit(page, '/veranderen/zes-interventies/presentatie/?presenter#dia-3');
    await expect(page.getByRole('region', { name: 'Notities bij dia 3' })).toBeVisible();
    const results = await axeAtBothWidths(page);
    expect(results.violations.map((violation) => `${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
  });

  test('printed from the presenter view, each slide comes with its notes; the audience’s print has the slides alone', async ({ page }) => {
    await visit(page, '/rol/eerste-gesprek/presentatie/');
    await page.emulateMedia({ media: 'print' });
    const slidesOnly = pdfPageTexts(await page.pdf({ preferCSSPageSize: true })).join(' ').replace(/\s+/g, ' ');
    expect(slidesOnly).toContain('Vragen en bieden: wissel af');
    expect(slidesOnly).not.toContain('blijft je klant met lege handen achter');
    await visit(page, '/rol/eerste-gesprek/presentatie/?presenter');
    await page.emulateMedia({ media: 'print' });
    const withNotes = pdfPageTexts(await page.pdf({ preferCSSPageSize: true })).join(' ').replace(/\s+/g, ' ');
    expect(withNotes).toContain('Vragen en bieden: wissel af');
    expect(withNotes).toContain('blijft je klant met lege handen achter');
    expect(withNotes).not.toMatch(/Verstreken tijd|Start de tijd/);
  });
});

test('at 320 px nothing scrolls sideways and the slide counter shows in full, in the deck and in the presenter view', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await visit(page, '/team/teamdag-klantgerichtheid/presentatie/');
  const counter = page.getByRole('status').filter({ hasText: /^Dia/ });
  await page.keyboard.press('End');
  const check = async (label: string) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${label}: page width`).toBeLessThanOrEqual(320);
    const box = (await counter.boundingBox())!;
    expect(box.x + box.width, `${label}: counter inside the screen`).toBeLessThanOrEqual(320);
    expect(await counter.evaluate((element) => element.scrollWidth <= element.clientWidth), `${label}: counter text not cut off`).toBe(true);
  };
  await expect(counter).toHaveText(/^Dia (\d+) van \1$/);
  await check('deck');
  await page.getByRole('button', { name: 'Presentatorweergave' }).click();
  await expect(page.getByRole('timer', { name: 'Verstreken tijd' })).toBeVisible();
  await check('presenter view');
});
