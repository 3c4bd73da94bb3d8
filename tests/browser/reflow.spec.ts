/**
 * Reflow (WCAG 2.2, SC 1.4.10) on every page of the build, both editions: at 320 CSS px no
 * page scrolls sideways, and a failure names the element that sticks out. Each page is
 * loaded once, at that width, with its islands hydrated; no axe here (accessibility.spec.ts
 * runs it, and every axe check in the suite checks reflow too, for the widget states the
 * other specs reach).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIST } from '../../playwright.config';
import { overflowNow, REFLOW_WIDTH } from '../support/reflow';
import { builtPages } from '../support/site';
import type { Page } from '@playwright/test';
import { expect, test, visit } from './fixtures';

/** Pages a reader can land on: not the stubs that forward an old address at once. */
const pages = builtPages(ROOT_DIST).filter((path) => !readFileSync(join(ROOT_DIST, path, 'index.html'), 'utf8').includes('http-equiv="refresh"'));

/** Groups of pages per test, so the two workers share the sweep and a failure lists every page of its group. */
const GROUP = 24;
const groups = Array.from({ length: Math.ceil(pages.length / GROUP) }, (_, index) => pages.slice(index * GROUP, (index + 1) * GROUP));

/**
 * Loads a page and hydrates every island: one that waits until it is visible (the
 * assessment) is below the fold at this width, so each is scrolled to once.
 */
async function visitWithIslands(page: Page, path: string) {
  await visit(page, path);
  await page.evaluate(async () => {
    // An island is display: contents (no box of its own): scroll to what it renders.
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      (island.firstElementChild ?? island).scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  await expect(page.locator('astro-island[ssr]'), `islands not hydrated on ${path}`).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

test.use({ viewport: { width: REFLOW_WIDTH, height: 740 } });

test('the sweep covers both editions', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/en/');
  expect(pages.length).toBeGreaterThan(100);
});

for (const group of groups) {
  test(`nothing scrolls sideways at ${REFLOW_WIDTH} px: ${group[0]} … ${group.at(-1)} (${group.length} pages)`, async ({ page }) => {
    test.setTimeout(240_000);
    const overflowing: Record<string, string> = {};
    for (const path of group) {
      await visitWithIslands(page, path);
      const overflow = await overflowNow(page);
      if (overflow) overflowing[path] = overflow;
    }
    expect(overflowing, `pages wider than ${REFLOW_WIDTH} px`).toEqual({});
  });
}
