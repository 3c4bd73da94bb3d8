import { axeAtBothWidths } from '../support/axe';
import { contentChapters } from '../support/content';
import { codeSnifferErrors } from '../support/html-codesniffer';
import { chunkTitle, pageChunks } from '../support/page-chunks';
import { expect, test, visit, visitHydrated } from './fixtures';

// Every built page of both editions, checked by two accessibility engines in one visit: axe
// (WCAG 2.2 AA and best practices, at a phone and a desktop width), reflow (nothing scrolls
// sideways at 320 px, SC 1.4.10; axeAtBothWidths checks it and names the element that sticks
// out) and HTML_CodeSniffer (WCAG2AA, the engine pa11y runs). The same visit also proves what
// privacy promises on every page: no cookie (asserted below) and no request to another origin
// (the fixture fails any).
const chunks = pageChunks();

test('the sweep covers both editions', () => {
  const pages = chunks.flat();
  expect(pages).toContain('/');
  expect(pages).toContain('/en/');
  expect(pages.length).toBeGreaterThan(100);
});

for (const chunk of chunks) {
  test(`axe at 375 and 1280 px, reflow at 320 px and HTML_CodeSniffer find nothing, and no cookie is set, on ${chunkTitle(chunk)}`, async ({ page, context }) => {
    // Up to 8 pages at two widths, or /compleet/ (every chapter) on its own.
    test.setTimeout(300_000);
    const axeViolations: Record<string, string[]> = {};
    const codeSnifferFindings: Record<string, string[]> = {};
    for (const path of chunk) {
      // Hydrated: the islands' final markup is what both engines should judge.
      await visitHydrated(page, path);
      const results = await axeAtBothWidths(page);
      const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      if (summary.length > 0) axeViolations[path] = summary;
      const errors = await codeSnifferErrors(page);
      if (errors.length > 0) codeSnifferFindings[path] = errors.map((error) => `${error.code}: ${error.message} (${error.element})`);
    }
    expect(axeViolations, 'axe violations per page').toEqual({});
    expect(codeSnifferFindings, 'HTML_CodeSniffer errors per page').toEqual({});
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
