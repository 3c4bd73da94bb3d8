import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from '../support/axe';
import { contentChapters } from '../support/content';
import { chunkTitle, pageChunks } from '../support/page-chunks';
import { expect, test, visit } from './fixtures';

/** A phone and a laptop: target sizes (WCAG 2.2, SC 2.5.8) and reflow differ between them. */
const WIDTHS = [
  { name: 'phone', viewport: { width: 375, height: 740 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
];

// Every page is visited here, so the same visit also proves what privacy promises on every
// page: no cookie (asserted below) and no request to another origin (the fixture fails any).
for (const chunk of pageChunks()) {
  test(`axe at 375 and 1280 px finds no violation, and no cookie is set, on ${chunkTitle(chunk)}`, async ({ page, context }) => {
    // Up to 8 pages at two widths, and /compleet/ (every chapter) is among them.
    test.setTimeout(300_000);
    const violations: Record<string, string[]> = {};
    for (const path of chunk) {
      await visit(page, path);
      for (const { name, viewport } of WIDTHS) {
        await page.setViewportSize(viewport);
        // Only violations are collected: the passes' node details cost a fifth of the time.
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).analyze();
        const summary = results.violations.map(
          (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
        if (summary.length > 0) violations[`${path} at ${viewport.width} px (${name})`] = summary;
      }
    }
    expect(violations).toEqual({});
    expect(await context.cookies(), 'cookies set by these pages').toEqual([]);
  });
}

test('dark mode also passes axe on a chapter', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const chapter = contentChapters()[0]!.path;
  await visit(page, chapter);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
