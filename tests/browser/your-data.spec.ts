/**
 * "Jouw gegevens" in a real browser: what is stored is listed by name with its size, one item
 * or everything is deleted after a question, and an export moves to a fresh profile (another
 * laptop) by an import that shows what it adds first and never overwrites. Axe on each state.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { completeAttempt, historyKey } from '../../src/tools/assessment/history';
import type { Assessment } from '../../src/tools/assessment/model';
import { contentAssessment } from '../support/assessments';
import { axeAtBothWidths } from '../support/axe';
import { blockStorage, expect, test, visitHydrated } from './fixtures';

const ea = contentAssessment('effectief-adviseren');
const PAGE = '/jouw-gegevens/';
const PLAN_KEY = 'adviesplaybook:intervention-planner';
const plan = { schema: 1, title: 'Juristen sluiten aan', goal: 'Afdelingen kunnen meteen verder', reviewDate: '', chosen: ['koppels'], steps: [] };
const BACKUP_KEY = `${PLAN_KEY}:beschadigd:2026-11-30T09:00:00.000Z`;

const attempt = (assessment: Assessment, value: number, day: string, id: string) =>
  completeAttempt(assessment, Object.fromEntries(assessment.items.map((item) => [item.id, value])), new Date(`${day}T10:00:00Z`), id);

async function seed(page: Page, entries: Record<string, string>) {
  await page.evaluate((all) => {
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, entries);
}

async function axe(page: Page, label: string) {
  const results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => `${label}: ${violation.id} ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

/** Chooses a file in the import picker, as a reader would. */
async function importFile(page: Page, name: string, text: string) {
  await page.getByLabel('Kies een bestand om te importeren').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((key) => key.startsWith('adviesplaybook:')).map((key) => [key, localStorage.getItem(key)])));

test('the footer and the privacy page lead to “Jouw gegevens”; an empty device says so', async ({ page }) => {
  await visitHydrated(page, '/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Jouw gegevens' }).click();
  await expect(page).toHaveURL(/\/jouw-gegevens\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jouw gegevens');
  await expect(page.getByText('Deze site bewaart nu niets op dit apparaat.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exporteer alles als bestand' })).toHaveCount(0);
  await visitHydrated(page, '/privacy/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Jouw gegevens' }).first()).toHaveAttribute('href', PAGE);
});

test('everything stored is listed by name with its size; one item and then everything is deleted after a question', async ({ page }) => {
  await visitHydrated(page, PAGE);
  await seed(page, {
    [historyKey(ea.id)]: JSON.stringify({ schema: 1, progress: null, attempts: [attempt(ea, 4, '2026-10-01', 'a'), attempt(ea, 3, '2026-11-01', 'b')] }),
    [PLAN_KEY]: JSON.stringify(plan),
    [BACKUP_KEY]: '{"schema":1,"chosen":["heksenjacht"]',
    'iets-van-een-andere-site': 'blijft',
  });
  await visitHydrated(page, PAGE);

  const assessments = page.getByRole('region', { name: 'Zelfscans' });
  await expect(assessments.getByRole('listitem')).toHaveCount(1);
  await expect(assessments.getByRole('listitem')).toContainText(ea.title);
  await expect(assessments.getByRole('listitem')).toContainText(/2 afgeronde resultaten · [\d,]+ (byte|kB)/);
  await expect(page.getByRole('region', { name: 'Hulpmiddelen' }).getByRole('listitem')).toContainText(/^InterventieplannerWat je in dit hulpmiddel hebt opgeslagen · [\d,]+ (byte|kB)/);
  const backups = page.getByRole('region', { name: 'Apart gezette beschadigde gegevens' });
  await expect(backups.getByRole('listitem')).toContainText('Beschadigde gegevens van Interventieplanner');
  await expect(backups.getByRole('listitem')).toContainText('apart gezet op 30 november 2026');
  await expect(page.getByText(/^3 onderdelen, samen [\d,]+ (byte|kB)\.$/)).toBeVisible();
  await axe(page, 'list');

  // Delete one: the button names what it deletes; it asks first, and cancel keeps everything.
  const removePlan = page.getByRole('button', { name: 'Verwijder: Interventieplanner' });
  await removePlan.click();
  await expect(page.getByRole('button', { name: 'Annuleer' })).toBeFocused();
  await expect(page.getByText('“Interventieplanner” verwijderen van dit apparaat?')).toBeVisible();
  await axe(page, 'question');
  await page.keyboard.press('Enter');
  await expect(removePlan).toBeFocused();
  expect(Object.keys(await stored(page))).toContain(PLAN_KEY);
  await removePlan.click();
  await page.getByRole('button', { name: 'Ja, verwijder' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Verwijderd: Interventieplanner.');
  await expect(page.getByRole('heading', { name: 'Wat op dit apparaat staat' })).toBeFocused();
  expect(Object.keys(await stored(page)).sort()).toEqual([BACKUP_KEY, historyKey(ea.id)].sort());

  await page.getByRole('button', { name: 'Verwijder alles' }).click();
  await page.getByRole('button', { name: 'Ja, verwijder alles' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Alles van deze site is van dit apparaat verwijderd.');
  await expect(page.getByText('Deze site bewaart nu niets op dit apparaat.')).toBeVisible();
  expect(await stored(page)).toEqual({});
  // Only this site's data: another site's key on the same origin stays.
  expect(await page.evaluate(() => localStorage.getItem('iets-van-een-andere-site'))).toBe('blijft');
});

test('an export moves to a fresh profile: the import shows what it adds, adds it, keeps what was there, and a second import adds nothing', async ({ page, browser, baseURL }) => {
  await visitHydrated(page, PAGE);
  const mine = { schema: 1, progress: null, attempts: [attempt(ea, 4, '2026-10-01', 'a'), attempt(ea, 3, '2026-11-01', 'b')] };
  await seed(page, { [historyKey(ea.id)]: JSON.stringify(mine), [PLAN_KEY]: JSON.stringify(plan) });
  await visitHydrated(page, PAGE);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer alles als bestand' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^adviesplaybook-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(Object.keys(JSON.parse(exported).entries).sort()).toEqual([PLAN_KEY, historyKey(ea.id)].sort());
  await expect(page.getByRole('main').getByRole('status')).toContainText('Je vindt het bij je downloads.');

  // The new laptop: one attempt of its own (kept), an earlier attempt that is also in the file, and its own plan.
  const laptop = await browser.newContext({ baseURL, locale: 'nl-NL' });
  const other = await laptop.newPage();
  await visitHydrated(other, PAGE);
  const ownPlan = { ...plan, title: 'Het plan van deze laptop' };
  const theirs = { schema: 1, progress: null, attempts: [mine.attempts[0], attempt(ea, 2, '2026-11-20', 'c')] };
  await seed(other, { [historyKey(ea.id)]: JSON.stringify(theirs), [PLAN_KEY]: JSON.stringify(ownPlan) });
  await visitHydrated(other, PAGE);

  await importFile(other, 'export.json', exported);
  const preview = other.getByRole('region', { name: 'Dit voegt de import toe' });
  await expect(preview.getByRole('heading', { name: 'Dit voegt de import toe' })).toBeFocused();
  await expect(preview.getByRole('listitem').first()).toContainText(`${ea.title}1 resultaat erbij; wat hier al stond, blijft`);
  await expect(preview).toContainText('Interventieplannerhier staat iets anders; dat blijft staan');
  await axe(other, 'import preview');
  // Nothing has changed before the reader agrees.
  expect(JSON.parse((await stored(other))[historyKey(ea.id)]!).attempts).toHaveLength(2);
  await preview.getByRole('button', { name: 'Voeg toe' }).click();
  await expect(other.getByRole('main').getByRole('status')).toHaveText('1 onderdeel is toegevoegd.');
  const after = await stored(other);
  expect(JSON.parse(after[historyKey(ea.id)]!).attempts.map((kept: { id: string }) => kept.id)).toEqual(['a', 'b', 'c']);
  expect(JSON.parse(after[PLAN_KEY]!).title).toBe('Het plan van deze laptop');
  await expect(other.getByRole('region', { name: 'Zelfscans' })).toContainText('3 afgeronde resultaten');

  await importFile(other, 'export.json', exported);
  await expect(other.getByRole('main').getByRole('status')).toHaveText('Dit bestand voegt niets toe: alles wat erin staat, staat al op dit apparaat. Er is niets veranderd.');
  expect(await stored(other)).toEqual(after);
  await laptop.close();
});

test('a foreign, damaged or newer file is refused with a clear message and changes nothing', async ({ page }) => {
  await visitHydrated(page, PAGE);
  await seed(page, { [PLAN_KEY]: JSON.stringify(plan) });
  await visitHydrated(page, PAGE);
  const before = await stored(page);
  const envelope = (entries: Record<string, unknown>, version = 1) => JSON.stringify({ format: 'adviesplaybook-gegevens', version, exportedAt: '2026-12-01T10:00:00.000Z', entries });
  const cases: [string, string, RegExp][] = [
    ['foto.json', 'GIF89a', /geen JSON/],
    ['ander.json', '{"naam":"iets anders"}', /geen export van “Jouw gegevens”/],
    ['nieuwer.json', envelope({}, 2), /nieuwere versie/],
    ['vreemd.json', envelope({ 'adviesplaybook:onbekend': '{}' }), /niet kent \(adviesplaybook:onbekend\)/],
    ['kapot.json', envelope({ [historyKey(ea.id)]: '{"schema":1,"attempts":[{"kapot":' }), /beschadigd \(adviesplaybook:assessment:effectief-adviseren\)/],
    ['opmaak.json', envelope({ [PLAN_KEY]: JSON.stringify({ ...plan, title: '<img src=x onerror=alert(1)>' }), 'adviesplaybook:<b>x</b>': '1' }), /niet kent/],
  ];
  for (const [name, text, message] of cases) {
    await importFile(page, name, text);
    await expect(page.getByRole('main').getByRole('status'), name).toContainText(message);
    await expect(page.getByRole('main').getByRole('status'), name).toContainText('Er is niets veranderd.');
    await expect(page.getByRole('region', { name: 'Dit voegt de import toe' })).toHaveCount(0);
    expect(await stored(page), name).toEqual(before);
  }
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await axe(page, 'refused');
});

test.describe('with storage blocked', () => {
  test('the page says it cannot reach the storage, and offers nothing that would fail', async ({ page }) => {
    await blockStorage(page);
    await visitHydrated(page, PAGE);
    await expect(page.getByText(/geeft de site geen toegang tot de lokale opslag/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Exporteer alles als bestand' })).toHaveCount(0);
    await expect(page.getByLabel('Kies een bestand om te importeren')).toHaveCount(0);
  });
});
