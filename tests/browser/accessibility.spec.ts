import { axeAtBothWidths } from '../support/axe';
import { contentChapters } from '../support/content';
import { chunkTitle, pageChunks } from '../support/page-chunks';
import { expect, test, visit } from './fixtures';

// Every page is visited here, so the same visit also proves what privacy promises on every
// page: no cookie (asserted below) and no request to another origin (the fixture fails any).
for (const chunk of pageChunks()) {
  test(`axe at 375 and 1280 px finds no violation, and no cookie is set, on ${chunkTitle(chunk)}`, async ({ page, context }) => {
    // Up to 8 pages at two widths, or /compleet/ (every chapter) on its own.
    test.setTimeout(300_000);
    const violations: Record<string, string[]> = {};
    for (const path of chunk) {
      await visit(page, path);
      const results = await axeAtBothWidths(page);
      const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      if (summary.length > 0) violations[path] = summary;
    }
    expect(violations).toEqual({});
    expect(await context.cookies(), 'cookies set by these pages').toEqual([]);
  });
}

test('dark mode also passes axe on a chapter', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const chapter = contentChapters()[0]!.path;
  await visit(page, chapter);
  const results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
