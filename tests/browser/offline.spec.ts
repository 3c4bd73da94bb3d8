/**
 * Offline: nothing is stored until the reader asks for it (saving the whole playbook,
 * installing the app or opening it as one; never by itself under Save-Data); from then on the
 * service worker keeps visited pages, the offline page lists what is kept, "Bewaar het hele
 * playbook offline" keeps everything, a new deploy is offered and never swapped in unasked,
 * and a refusing browser gets a clear message. "Offline" here is the real thing: the test's
 * own server is stopped, and the context is set offline as well.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { BrowserContext, Page } from '@playwright/test';
import { BASE_DIST, BASE_PATH, ROOT_DIST } from '../../playwright.config';
import { contentAssessment } from '../support/assessments';
import { axeAtBothWidths } from '../support/axe';
import { contentChapters } from '../support/content';
import { startServer, type OwnServer } from '../support/own-server';
import { answerWithKeyboard } from './assessment-helpers';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

const chapters = contentChapters();
const [first, second] = [chapters[0]!, chapters[1]!];
const unvisited = chapters.at(-1)!;

/** Until the service worker has installed its shell and controls the page. */
async function untilControlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30_000 });
}

/** From the next document on, the page runs as an installed app (display-mode: standalone). */
async function openAsApp(page: Page, { saveData = false } = {}) {
  await page.addInitScript((saveData) => {
    const original = window.matchMedia.bind(window);
    window.matchMedia = (query: string) => (query.includes('display-mode: standalone') ? ({ ...original(query), matches: true, media: query } as MediaQueryList) : original(query));
    if (saveData) Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
  }, saveData);
}

/** The browser says the playbook was installed as an app. */
async function install(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
}

/** Longer than register.ts waits before it registers unasked (load, 1 s, then idle, at most 2 s). */
const REGISTER_DELAY = 4_000;

async function goOffline(context: BrowserContext, server: OwnServer) {
  await server.stop();
  await context.setOffline(true);
}

/**
 * The journey both the root and the base-path build take: the home page until the worker
 * controls it, then the first chapter; then offline, that chapter reloads and an unvisited one
 * gives the offline page. `whileOnline` runs before the network goes. Returns the offline
 * page's list of kept chapters.
 */
async function visitThenGoOffline(page: Page, context: BrowserContext, server: OwnServer, whileOnline?: () => Promise<void>) {
  await openAsApp(page);
  try {
    await page.goto(server.url);
    await untilControlled(page);
    await whileOnline?.();
    await page.goto(`${server.url}${first.path.slice(1)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  } finally {
    await goOffline(context, server);
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await page.goto(`${server.url}${unvisited.path.slice(1)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je bent offline');
  return page.getByRole('region', { name: 'Alle delen en hoofdstukken' });
}

test('a visited chapter opens offline; an unvisited one shows what is kept; search says what it needs', async ({ page, context }) => {
  const kept = await visitThenGoOffline(page, context, await startServer(ROOT_DIST));
  await expect(kept.getByRole('link', { name: first.title, exact: true })).toBeVisible();
  await expect(kept.getByRole('link', { name: unvisited.title, exact: true })).toBeHidden();
  // The home page (visited before the worker took over) is kept too.
  await expect(page.getByRole('region', { name: 'Andere pagina’s' }).getByRole('link', { name: 'Start', exact: true })).toBeVisible();
  await expect(page.locator('[data-offline-count]')).toHaveText(/^\d+ pagina’s staan op dit apparaat\.$/);
  expect((await axeAtBothWidths(page)).violations.map((violation) => violation.id)).toEqual([]);

  // Pagefind's runtime is precached, its index is not (only "save all" keeps it): the reader
  // is told why nothing is found, and how to search offline.
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill(unvisited.title);
  await expect(dialog.getByRole('status')).toHaveText(/^Zonder internet zoek je alleen in wat je eerder online hebt gezocht\./);
});

test('"Bewaar het hele playbook offline" keeps every chapter, the scans and the tools; removing it stops offline use and keeps the answers', async ({ page, context }) => {
  test.setTimeout(180_000);
  const server = await startServer(ROOT_DIST);
  try {
    // No worker before the reader asks: pressing the button starts it.
    await page.goto(`${server.url}trainers/`);
    const section = page.getByRole('region', { name: 'Het playbook zonder internet' });
    await section.getByRole('button', { name: 'Bewaar het hele playbook offline' }).click();
    await expect(section.getByRole('status')).toHaveText(/^Klaar: het hele playbook staat op dit apparaat \(\d+(,\d)? MB\)/, { timeout: 60_000 });
    await expect(section.locator('.offline__progress-text')).toHaveText(/^(\d+) van \1 bestanden bewaard/);
    await expect(section.getByRole('progressbar', { name: 'Voortgang van het bewaren' })).toHaveAttribute('aria-valuetext', /^(\d+) van \1 bestanden/);
    expect((await axeAtBothWidths(page)).violations.map((violation) => violation.id)).toEqual([]);
  } finally {
    await goOffline(context, server);
  }

  const missing: string[] = [];
  for (const chapter of chapters) {
    await page.goto(`${server.url}${chapter.path.slice(1)}`);
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    if (heading !== chapter.title) missing.push(`${chapter.path}: ${heading}`);
  }
  expect(missing, 'chapters that did not open offline').toEqual([]);

  // "Save all" kept the whole search index: a chapter never visited is found offline.
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill(unvisited.title);
  await expect(dialog.getByRole('link', { name: unvisited.title })).toBeVisible();
  await page.keyboard.press('Escape');

  // An assessment, completed offline: the result shows and lands in the history.
  const assessment = contentAssessment('effectief-adviseren');
  await page.goto(`${server.url}zelfscans/${assessment.id}/`);
  await expect(page.locator('.assessment-widget[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await answerWithKeyboard(page, assessment, assessment.items.map(() => 4));
  await expect(page.locator('.result__dimension')).toHaveCount(assessment.dimensions.length);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Eerdere resultaten op dit apparaat' }).getByRole('listitem')).toHaveCount(1);

  // The NPS calculator and the team profile work offline.
  await page.goto(`${server.url}hulpmiddelen/nps/`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByLabel('Score 10', { exact: true }).fill('3');
  await page.getByLabel('Score 0', { exact: true }).fill('1');
  await expect(page.getByTestId('nps-score')).toHaveText('+50');
  await page.goto(`${server.url}hulpmiddelen/teamprofiel/`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByLabel('Plak de resultaatcodes van de teamleden')).toBeEditable();

  // Removing the copy stops offline use altogether, and keeps what the reader filled in.
  await page.goto(`${server.url}trainers/`);
  const control = page.getByRole('region', { name: 'Het playbook zonder internet' });
  await control.getByRole('button', { name: 'Verwijder de offline kopie' }).click();
  await control.getByRole('button', { name: 'Ja, verwijder de kopie' }).click();
  await expect(control.getByRole('status')).toHaveText(/^De offline kopie is verwijderd\./);
  expect(
    await page.evaluate(async () => ({
      worker: Boolean(await navigator.serviceWorker.getRegistration()),
      caches: await caches.keys(),
      stored: Object.keys(localStorage).length > 0,
    })),
  ).toEqual({ worker: false, caches: [], stored: true });
});

test('a new deploy is offered with a notice, never swapped in mid-assessment, and shows after reload', async ({ page }) => {
  test.setTimeout(120_000);
  const versions = ['.tmp/offline-v1', '.tmp/offline-v2'];
  for (const dir of versions) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(ROOT_DIST, dir, { recursive: true });
  }
  // Version 2: one chapter's title edited, then indexed and given its worker, as a build does.
  const chapterFile = `${versions[1]}${second.path}index.html`;
  writeFileSync(chapterFile, readFileSync(chapterFile, 'utf8').replace(`>${second.title}</h1>`, `>${second.title} (bijgewerkt)</h1>`));
  for (const [command, args] of [
    ['pagefind', ['--site', versions[1]!, '--silent']],
    [process.execPath, ['scripts/service-worker.mjs']],
  ] as const) {
    const result = spawnSync(command, args, { env: { ...process.env, OUT_DIR: versions[1], BASE_PATH: '/' }, encoding: 'utf8' });
    expect(result.status, `${command} ${args.join(' ')}: ${result.stderr}`).toBe(0);
  }

  const assessment = contentAssessment('effectief-adviseren');
  let server = await startServer(versions[0]!);
  await page.goto(server.url);
  await install(page);
  await untilControlled(page);
  await page.goto(`${server.url}zelfscans/${assessment.id}/`);
  await expect(page.locator('.assessment-widget[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await answerWithKeyboard(page, assessment, [2, 4, 5]);

  // Deploy version 2 on the same origin; the browser checks for a new worker.
  await server.stop();
  server = await startServer(versions[1]!, '/', server.port);
  try {
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const notice = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van het playbook.' });
    await expect(notice).toBeVisible();
    // Nothing swapped: the reader is still at question 4, and axe is clean with the notice.
    await expect(page.getByRole('heading', { name: `Vraag 4 van ${assessment.items.length}` })).toBeVisible();
    expect((await axeAtBothWidths(page)).violations.map((violation) => violation.id)).toEqual([]);

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Laad de nieuwe versie' }).click()]);
    await expect(page.locator('.assessment-widget[data-ready="true"]')).toBeVisible();
    await page.getByRole('button', { name: `Ga verder bij vraag 4 van ${assessment.items.length}` }).click();
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    await expect(page.locator('.question input[value="5"]')).toBeChecked();

    await page.goto(`${server.url}${second.path.slice(1)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${second.title} (bijgewerkt)`);
  } finally {
    await server.stop();
  }
});

test('when storage is refused or full, the reader is told and the site works online', async ({ page, browser, baseURL }) => {
  const server = await startServer(ROOT_DIST);
  try {
    // Full: every write to Cache Storage fails as a browser over its quota does.
    await page.addInitScript(() => {
      Cache.prototype.put = () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
    });
    await page.goto(`${server.url}trainers/`);
    const section = page.getByRole('region', { name: 'Het playbook zonder internet' });
    await section.getByRole('button', { name: 'Bewaar het hele playbook offline' }).click();
    await expect(section.getByRole('status')).toHaveText(/^Je browser geeft niet genoeg opslagruimte/);
    await expect(section.getByRole('button', { name: 'Bewaar het hele playbook offline' })).toBeFocused();
    await page.goto(`${server.url}${first.path.slice(1)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  } finally {
    await server.stop();
  }

  // Refused: a browser that does not allow a service worker (Firefox's private windows throw
  // a SecurityError, as here).
  const refusing = await browser.newContext({ baseURL });
  try {
    const other = await refusing.newPage();
    await other.addInitScript(() => {
      ServiceWorkerContainer.prototype.register = () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
    });
    await other.goto('trainers/');
    const section = other.getByRole('region', { name: 'Het playbook zonder internet' });
    // The browser refuses only when asked: pressing the button is asking.
    await section.getByRole('button', { name: 'Bewaar het hele playbook offline' }).click();
    await expect(section.getByRole('status')).toHaveText(/^Deze browser kan het playbook niet offline bewaren/);
    await expect(section.getByRole('status')).toBeFocused();
    await expect(section.getByRole('button', { name: 'Bewaar het hele playbook offline' })).toBeHidden();
  } finally {
    await refusing.close();
  }
});

/** What a visit made the browser fetch (as the server saw it) and keep: the worker's registration, Cache Storage. */
async function footprint(page: Page, server: OwnServer) {
  return {
    serviceWorkerFetched: server.requested.some((path) => path.endsWith('/sw.js')),
    precacheDownloads: server.requested.filter((path) => /\/pagefind\/|offline-files\.json/.test(path)),
    registered: await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())),
    caches: await page.evaluate(() => caches.keys()),
  };
}

test('a first visit downloads what it reads: no service worker, no precache, nothing stored', async ({ page }) => {
  const server = await startServer(ROOT_DIST);
  try {
    await page.goto(server.url);
    await page.goto(`${server.url}${first.path.slice(1)}`);
    await page.waitForTimeout(REGISTER_DELAY);
    expect(await footprint(page, server)).toEqual({ serviceWorkerFetched: false, precacheDownloads: [], registered: false, caches: [] });

    // The same page opened as an installed app: the worker starts and keeps the shell.
    await openAsApp(page);
    await page.reload();
    await untilControlled(page);
    const after = await footprint(page, server);
    expect(after.serviceWorkerFetched).toBe(true);
    expect(after.precacheDownloads).toContain('/pagefind/pagefind.js');
    expect(after.caches).toContainEqual(expect.stringMatching(/^adviesplaybook-precache/));
  } finally {
    await server.stop();
  }
});

test('with Save-Data on, opening or installing the app stores nothing', async ({ page }) => {
  const server = await startServer(ROOT_DIST);
  try {
    await openAsApp(page, { saveData: true });
    await page.goto(`${server.url}${first.path.slice(1)}`);
    await install(page);
    await page.waitForTimeout(REGISTER_DELAY);
    expect(await footprint(page, server)).toEqual({ serviceWorkerFetched: false, precacheDownloads: [], registered: false, caches: [] });
  } finally {
    await server.stop();
  }
});

test('under a base path the playbook installs and works offline in /playbook/', async ({ page, context }) => {
  const server = await startServer(BASE_DIST, BASE_PATH);
  const kept = await visitThenGoOffline(page, context, server, async () => {
    const manifest = await (await page.request.get(`${server.url}manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ start_url: BASE_PATH, scope: BASE_PATH, lang: 'nl', display: 'standalone' });
  });
  await expect(kept.getByRole('link', { name: first.title, exact: true })).toHaveAttribute('href', `${BASE_PATH}${first.path.slice(1)}`);
});
