/**
 * The same site built with BASE_PATH=/playbook/ (as an intranet would host it) and served
 * only under that path: navigation, styles and every link keep working.
 */
import { expect, test } from './fixtures';

test('the home page, its styles and the navigation work under /playbook/', async ({ page }) => {
  const response = await page.goto('');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe('/playbook/');
  // The stylesheet loaded: the header carries the theme colour, not the browser default.
  const headerBackground = await page.locator('.site-header').evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(headerBackground).not.toBe('rgba(0, 0, 0, 0)');

  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  const partLink = nav.getByRole('link').first();
  await expect(partLink).toHaveAttribute('href', /^\/playbook\//);
  await partLink.click();
  await expect(page).toHaveURL(/\/playbook\/[a-z-]+\/$/);
  const chapterLink = nav.locator('.sidebar__chapters a').first();
  await chapterLink.click();
  await expect(page).toHaveURL(/\/playbook\/[a-z-]+\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/playbook\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

// Over HTTP, as the server answers: every page's HTML is read (not rendered, which would
// only slow the crawl down) and every link, stylesheet, script and image in it followed.
test('every link on every page stays under /playbook/ and resolves', async ({ request }) => {
  const seen = new Set<string>();
  const queue = ['/playbook/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path);
    expect(response.status(), `status of ${path}`).toBe(200);
    const html = await response.text();
    const hrefs = [...html.matchAll(/<(?:a|link)\b[^>]*?\shref="([^"]*)"|<(?:script|img)\b[^>]*?\ssrc="([^"]*)"/g)].map((match) => (match[1] ?? match[2] ?? '').replaceAll('&amp;', '&'));
    for (const href of hrefs) {
      if (href.startsWith('#') || /^[a-z]+:/i.test(href)) continue;
      expect(href, `link on ${path}`).toMatch(/^\/playbook\//);
      const target = href.split('#')[0]!;
      if (target.endsWith('/')) queue.push(target);
      else if (!seen.has(target)) {
        seen.add(target);
        expect((await request.get(target)).status(), `${target} linked from ${path}`).toBe(200);
      }
    }
  }
  expect(seen.size).toBeGreaterThan(5);
});

test('search works under /playbook/ and its results link inside it', async ({ page }) => {
  await page.goto('zoeken/?q=systeemwereld');
  const first = page.locator('.search-hit__title').first();
  await expect(first).toHaveAttribute('href', /^\/playbook\/team\/regels-en-bedoeling\/$/);
  await first.click();
  await expect(page).toHaveURL(/\/playbook\/team\/regels-en-bedoeling\/$/);
});
