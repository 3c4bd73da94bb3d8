import { axeAtBothWidths } from '../support/axe';
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
  // Every section of the chapter is a slide with its own heading.
  for (const heading of sectionHeadings) {
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
  await visit(page, '/rol/vier-eigenschappen/presentatie/#dia-3');
  const notesButton = page.getByRole('button', { name: 'Notities' });
  await expect(notesButton).toHaveAttribute('aria-pressed', 'false');
  const current = page.getByRole('region', { name: /^Dia 3 van/ });
  const notes = current.getByRole('complementary', { name: 'Notities bij dia 3' });
  await expect(notes).toBeHidden();
  await notesButton.click();
  await expect(notesButton).toHaveAttribute('aria-pressed', 'true');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('Laat iedereen een hand opsteken');
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
