import type { Page } from '@playwright/test';
import { axeAtBothWidths } from '../support/axe';
import { expect, test, visit } from './fixtures';

/** Queries a staff member would type, and the page that must be in the top three. */
const QUERIES: [query: string, page: string][] = [
  ['verzuim', '/klant/leren-van-een-echte-klantvraag/'], // inside "ziekteverzuim"
  ['tevredenheid', '/team/klanttevredenheid-meten/'], // inside "klanttevredenheid"
  ['formulier', '/klant/feedback-vragen/'], // inside "feedbackformulier"
  ['vier eigenschappen adviseur', '/rol/vier-eigenschappen/'],
  ['positie nemen', '/rol/positie-nemen/'],
  ['afdelingshoofd', '/rol/positie-nemen/'],
  ['taak overdragen', '/rol/uitvoerend-werk-overdragen/'],
  ['feedback van de klant', '/klant/feedback-vragen/'],
  ['teamdag', '/team/teamdag-klantgerichtheid/'],
  ['follow-up', '/team/follow-up-sessie/'],
  ['waartoe', '/veranderen/waartoe-gesprek/'],
  ['trainingen', '/veranderen/eerst-het-doel/'], // inflected: the text mostly says "training"
  ['werving selectie', '/veranderen/werving-en-selectie/'],
  ['autonomie', '/veranderen/motivatie/'],
  ['leertraject', '/leren/leertraject-opzetten/'],
  ['systeemwereld', '/team/regels-en-bedoeling/'],
  ['leerdag', '/klant/leerdag-klantvraag/'],
];

/** The top results once the status names this query: results and status are shown together. */
async function topResults(page: Page, query: string, count = 3): Promise<string[]> {
  await expect(page.locator('.search__status')).toContainText(`voor “${query}”`);
  return (await page.locator('.search-hit__title').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).slice(0, count);
}

// One page for all queries, typed one after the other as one reader would search: the
// search runtime and the index load once, and a miss names its query.
test(`the ${QUERIES.length} staff queries each find their page in the top three`, async ({ page }) => {
  const misses: string[] = [];
  await visit(page, '/zoeken/');
  const searchbox = page.getByRole('searchbox');
  for (const [query, expected] of QUERIES) {
    await searchbox.fill(query);
    const top = await topResults(page, query);
    if (!top.includes(expected)) misses.push(`“${query}” should find ${expected}, top three: ${top.join(', ') || 'nothing'}`);
  }
  expect(misses).toEqual([]);
});

test('a search link shows its results, and typing keeps the query in the URL', async ({ page }) => {
  await visit(page, '/zoeken/?q=teamdag');
  await expect(page.getByRole('searchbox')).toHaveValue('teamdag');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  await expect(page.locator('.search-hit__excerpt mark').first()).toHaveText(/teamdag/i);
  await page.getByRole('searchbox').fill('autonomie');
  await expect(page).toHaveURL(/\?q=autonomie$/);
});

test('results point at the section as well as the page', async ({ page }) => {
  await visit(page, '/zoeken/?q=valkuilen');
  const section = page.locator('.search-hit__sections a').first();
  await expect(section).toHaveAttribute('href', /\/#[a-z0-9-]+$/);
  const href = (await section.getAttribute('href'))!;
  await section.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test('the filters are offered before typing and narrow the results', async ({ page }) => {
  await visit(page, '/zoeken/');
  const types = page.getByRole('group', { name: 'Soort' });
  const parts = page.getByRole('group', { name: 'Deel' });
  await expect(types.getByRole('checkbox', { name: 'Werkvorm' })).toBeVisible();
  await expect(parts.getByRole('checkbox', { name: 'De rol van de adviseur' })).toBeVisible();

  const status = page.locator('.search__status');
  const count = async () => Number((await status.textContent())!.match(/^(\d+) resulta/)?.[1] ?? NaN);
  await page.getByRole('searchbox').fill('klant');
  await expect(status).toHaveText(/^\d+ resultaten voor “klant”$/);
  const all = await count();
  await types.getByRole('checkbox', { name: 'Werkvorm' }).check();
  await expect.poll(count).toBeLessThan(all);
  const plays = await count();
  expect(plays).toBeGreaterThan(0);
  expect(plays).toBeLessThan(all);
  for (const meta of await page.locator('.search-hit__meta').allTextContents()) expect(meta).toMatch(/^Werkvorm · /);
});

test('keyboard only: "/" opens search on any page, arrows choose, Enter opens, Escape returns focus', async ({ page }) => {
  await visit(page, '/rol/eerste-gesprek/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Zoeken in het playbook' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const trigger = page.getByRole('button', { name: 'Zoeken' });
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('autonomie');
  // The results for the whole word, not for a prefix still being replaced while typing.
  await expect(dialog.locator('.search__status')).toHaveText(/^\d+ (resultaat|resultaten) voor “autonomie”$/);
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('.search-hit__title').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.locator('.search-hit__title').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('motivatie');
  await expect(dialog.locator('.search__status')).toHaveText(/^\d+ (resultaat|resultaten) voor “motivatie”$/);
  await page.keyboard.press('ArrowDown');
  const target = await dialog.locator('.search-hit__title').first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
});

test('the result count is announced in a live region', async ({ page }) => {
  await visit(page, '/zoeken/?q=leerdag');
  await expect(page.locator('.search__status')).toHaveRole('status');
  await expect(page.locator('.search__status')).toHaveText(/^\d+ resultaten? voor “leerdag”$/);
});

test('axe finds no violation with the dialog open and results shown', async ({ page }) => {
  await visit(page, '/team/');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('group', { name: 'Soort' })).toBeVisible();
  let results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => `${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
  await dialog.getByRole('searchbox').fill('klant');
  await expect(dialog.locator('.search-hit').first()).toBeVisible();
  results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => `${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('a chapter loads nothing of search until search is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await visit(page, '/rol/eerste-gesprek/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.includes('pagefind') || path.includes('search-ui'))).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect.poll(() => requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('on a phone the results start on the first screen; the filters open from a button', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await visit(page, '/team/');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('gesprek');
  const first = dialog.locator('.search-hit__title').first();
  await expect(first).toBeInViewport();
  expect((await first.boundingBox())!.y, 'first result, px from the top').toBeLessThan(667 / 2);
  const types = dialog.getByRole('group', { name: 'Soort' });
  await expect(types).toBeHidden();
  const toggle = dialog.getByRole('button', { name: 'Filter op soort of deel' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await types.getByRole('checkbox', { name: 'Werkvorm' }).check();
  await expect(toggle).toHaveAccessibleName('Filter op soort of deel (1 gekozen)');
  await expect(dialog.locator('.search__status')).toHaveText(/^\d+ resultaten? voor “gesprek”$/);
  expect((await axeAtBothWidths(page)).violations.map((violation) => violation.id)).toEqual([]);
  // Collapsed again, the choice stays and still narrows the results.
  await toggle.click();
  await expect(types).toBeHidden();
  await expect(dialog.locator('.search__filters input[value="Werkvorm"]')).toBeChecked();
});

test('Pagefind searches in its web worker, and logs no warning or error', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') logged.push(message.text());
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await visit(page, '/zoeken/?q=teamdag');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  expect(workers).toEqual(['/pagefind/pagefind-worker.js']);
  expect(logged).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and offers the navigation', async ({ page }) => {
    await visit(page, '/zoeken/?q=teamdag');
    await expect(page.getByText(/Zoeken werkt met JavaScript/)).toBeVisible();
    await expect(page.locator('main').getByRole('link', { name: 'Klantgericht als team' })).toBeVisible();
  });
});
