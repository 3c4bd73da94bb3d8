import { contentChapters } from '../support/content';
import { expect, test, visit } from './fixtures';

const chapters = contentChapters();

test('the home page lists every chapter and play', async ({ page }) => {
  await visit(page, '/');
  const linked = await page.locator('main a').evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
  for (const chapter of chapters) expect(linked, `home links to ${chapter.path}`).toContain(chapter.path);
});

test('a reader reaches a chapter through the navigation', async ({ page }) => {
  const target = chapters.at(-1)!;
  await visit(page, '/');
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await nav.locator(`a[href="/${target.part}/"]`).click();
  await expect(page).toHaveURL(new RegExp(`/${target.part}/$`));
  await expect(nav.locator(`a[href="/${target.part}/"]`)).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: target.title }).click();
  await expect(page).toHaveURL(new RegExp(`${target.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
  await expect(nav.getByRole('link', { name: target.title })).toHaveAttribute('aria-current', 'page');
});

test('the table of contents lands on each heading', async ({ page }) => {
  const withToc = chapters[0]!;
  await visit(page, withToc.path);
  const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
  const links = await toc.getByRole('link').all();
  expect(links.length).toBeGreaterThan(1);
  for (const link of links) {
    const hash = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    const heading = page.locator(`main :is(h2, h3)${hash}`);
    await expect(heading).toHaveCount(1);
    await expect(heading).toBeInViewport();
  }
});

test('previous and next walk the whole playbook in reading order, both ways', async ({ page }) => {
  // Forward by clicking "next"; on every page "previous" must lead to the page just left.
  // Clicking back through all of them again would only repeat the same link checks.
  const forward: string[] = [];
  const wrongPrevious: string[] = [];
  await visit(page, chapters[0]!.path);
  for (;;) {
    const here = new URL(page.url()).pathname;
    const previousLink = page.locator('a[rel="prev"]');
    const previous = (await previousLink.count()) > 0 ? await previousLink.getAttribute('href') : null;
    const expected = forward.at(-1) ?? null;
    if (previous !== expected) wrongPrevious.push(`${here}: previous leads to ${previous}, expected ${expected}`);
    forward.push(here);
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    const target = (await next.getAttribute('href'))!;
    await next.click();
    await page.waitForURL((url) => url.pathname === target);
  }
  expect(forward).toEqual(chapters.map((chapter) => chapter.path));
  expect(wrongPrevious).toEqual([]);

  // And "previous" is a working link: from the last chapter back to the one before it.
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL((url) => url.pathname === forward.at(-2));
});

test('breadcrumbs lead from a chapter back to its part and home', async ({ page }) => {
  const chapter = chapters[1]!;
  await visit(page, chapter.path);
  const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link');
  await expect(crumbs).toHaveCount(3);
  await expect(crumbs.last()).toHaveAttribute('aria-current', 'page');
  await crumbs.nth(1).click();
  await expect(page).toHaveURL(new RegExp(`/${chapter.part}/$`));
});

test('an unknown URL answers with the 404 page and a way home', async ({ page }) => {
  const response = await page.goto('bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page.getByRole('link', { name: 'Naar de beginpagina' })).toBeVisible();
});
