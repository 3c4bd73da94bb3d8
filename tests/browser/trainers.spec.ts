import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { en } from '../../src/i18n/en/index';
import { nl } from '../../src/i18n/nl/index';
import { embedSnippet } from '../../src/lib/embed';
import { trainersPath } from '../../src/lib/urls';
import { encodeResult } from '../../src/tools/assessment/result-code';
import { slotsOf } from '../../src/tools/assessment/scoring';
import { contentAssessment } from '../support/assessments';
import { contentChapters } from '../support/content';
import { decodeQr } from '../support/qr';
import { expect, test, visit, visitHydrated } from './fixtures';

const SITE = 'https://adviesplaybook.example';
const chapters = contentChapters();
const dictionary = { nl, en };
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the trainers’ page opens with what a trainer comes for, and keeps the links, QR codes, SCORM and offline copy further down', async ({ page }) => {
  for (const locale of ['nl', 'en'] as const) {
    const t = dictionary[locale].trainers;
    await visit(page, trainersPath(locale));
    const headings = (await page.locator('main h2').allTextContents()).map(squash);
    const order = [t.chooseTitle, t.guideTitle, dictionary[locale].course.giveOut, t.courseTitle, t.discussionTitle, t.promiseTitle, t.chaptersTitle, t.embedTitle, t.scormTitle];
    const positions = order.map((heading) => headings.indexOf(heading));
    expect(positions, `${locale}: ${headings.join(' | ')}`).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // The first thing under the title is the choice of a programme.
    expect(headings[0]).toBe(t.chooseTitle);
  }
});

test('the trainers’ page lists every chapter with its URL, a copy button and a QR code that decodes to it', async ({ page, request }) => {
  await visit(page, '/trainers/');
  for (const chapter of chapters) {
    await expect(page.locator('.trainers__url', { hasText: new RegExp(`^${SITE}${chapter.path}$`) })).toHaveCount(1);
  }
  const row = page.locator('.trainers__row', { has: page.locator('.trainers__url', { hasText: `${SITE}${chapters[3]!.path}` }) });
  await row.getByRole('button', { name: `Kopieer de link naar “${chapters[3]!.title}”` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${chapters[3]!.path}`);
  const qr = row.locator('img.trainers__qr');
  await qr.scrollIntoViewIfNeeded();
  await expect(qr).toHaveJSProperty('complete', true);
  expect(decodeQr(await qr.screenshot())).toBe(`${SITE}${chapters[3]!.path}`);
  const download = await row.getByRole('link', { name: /^Download de QR-code/ }).getAttribute('href');
  const svg = await request.get(download!);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain('<svg');
});

test('the whole playbook is one printable page with a table of contents and every chapter', async ({ page }) => {
  await visit(page, '/compleet/');
  const toc = page.getByRole('navigation', { name: 'Inhoud' });
  await expect(toc.getByRole('link')).toHaveCount(chapters.length + 5);
  for (const chapter of chapters) await expect(page.getByRole('heading', { level: 3, name: chapter.title, exact: true })).toHaveCount(1);
  // A table-of-contents link lands on its chapter.
  await toc.getByRole('link', { name: chapters[7]!.title }).click();
  await expect(page.getByRole('heading', { level: 3, name: chapters[7]!.title, exact: true })).toBeInViewport();
  // No id is used twice, although every play has a "Doel" section.
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids.length - new Set(ids).size).toBe(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#site-nav')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  const qr = page.locator('.print-header__qr svg');
  await expect(qr).toBeVisible();
  expect(decodeQr(await qr.screenshot())).toBe(`${SITE}/compleet/`);
});

test('an embedded assessment renders in an iframe on another origin and reports its height', async ({ page, baseURL }) => {
  const assessment = contentAssessment('wat-geeft-mijn-werk-mij');
  const embedUrl = `${baseURL}embed/zelfscans/${assessment.id}/`;
  const host = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="nl"><head><title>Leeromgeving</title></head><body>
      <h1>Module 3</h1>
      <script>window.heights = []; window.addEventListener('message', (event) => { if (event.data && event.data.type === 'adviesplaybook:hoogte') window.heights.push(event.data.height); });</script>
      ${embedSnippet(embedUrl, assessment.title)}
    </body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const port = (host.address() as AddressInfo).port;
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    const frame = page.frameLocator('iframe[data-adviesplaybook]');
    await expect(frame.getByRole('heading', { level: 1, name: assessment.title })).toBeVisible();
    await expect(frame.locator('.site-header')).toHaveCount(0);
    await expect(frame.locator('#site-nav')).toHaveCount(0);
    await expect(frame.getByRole('button', { name: 'Begin de zelfscan' })).toBeEnabled();
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
    // The snippet sizes the frame to the reported height.
    const reported = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1)!);
    await expect.poll(async () => Math.round((await page.locator('iframe').boundingBox())!.height)).toBe(reported);
    await frame.getByRole('button', { name: 'Begin de zelfscan' }).click();
    await expect(frame.getByRole('heading', { name: `Vraag 1 van ${assessment.items.length}` })).toBeVisible();
  } finally {
    host.close();
  }
});

test('in an embed, the result’s links open a new tab, so the learner’s frame keeps the scan', async ({ page }) => {
  const wd = contentAssessment('wat-geeft-mijn-werk-mij');
  const points = wd.scale.points.map((point) => point.value);
  const code = encodeResult({ code: wd.code, version: wd.version, month: '2026-11', role: null, scores: slotsOf(wd.dimensions).map(() => 3) }, Math.min(...points), Math.max(...points));
  await visitHydrated(page, `/embed/zelfscans/${wd.id}/#resultaat=${code}`);
  const manual = page.getByRole('link', { name: 'Lees hoe deze uitkomsten tot stand komen (opent in een nieuw tabblad)' });
  await expect(manual).toHaveAttribute('target', '_blank');
  await expect(manual).toHaveAttribute('href', `/zelfscans/${wd.id}/verantwoording/`);
  const steps = page.locator('.result__dimension a[href^="/"]');
  expect(await steps.count()).toBeGreaterThan(0);
  for (const step of await steps.all()) await expect(step).toHaveAttribute('target', '_blank');
});

test('every chapter has a canonical URL and a link preview with its own image; the sitemap lists it', async ({ page, request }) => {
  const chapter = chapters[5]!;
  await visit(page, chapter.path);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${chapter.path}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', chapter.title);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${SITE}/og${chapter.path.replace(/\/$/, '')}.png`);
  const png = await request.get(new URL(image!).pathname.slice(1));
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const sitemap = await (await request.get('sitemap.xml')).text();
  for (const each of chapters) expect(sitemap).toContain(`<loc>${SITE}${each.path}</loc>`);
});

// The trainers' page, /compleet/ and the embeds are among every page that accessibility.spec.ts
// checks with axe at both widths.

test('a preview build warns beside the QR codes that they lead nowhere', async ({ page }) => {
  // The tests build for the example address (scripts/test.mjs), which only a preview may use.
  await visit(page, '/trainers/');
  const warning = page.getByRole('note', { name: 'Let op: dit is een proefversie' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(`gebouwd voor ${SITE}.`);
  await page.emulateMedia({ media: 'print' });
  await expect(warning).toBeVisible();
});
