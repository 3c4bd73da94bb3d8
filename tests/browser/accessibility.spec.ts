import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from '../support/axe';
import { contentChapters } from '../support/content';
import { builtPages } from '../support/site';
import { expect, test, visit } from './fixtures';

/** A phone and a laptop: target sizes (WCAG 2.2, SC 2.5.8) and reflow differ between them. */
const WIDTHS = [
  { name: 'phone', viewport: { width: 375, height: 740 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
];

for (const { name, viewport } of WIDTHS) {
  test.describe(`at ${viewport.width} px (${name})`, () => {
    test.use({ viewport });
    for (const path of builtPages()) {
      test(`axe finds no violation on ${path}`, async ({ page }) => {
        // The two largest pages (the whole playbook; every URL with its QR code): axe needs
        // minutes there when the machine is busy.
        if (path.endsWith('/compleet/') || path.endsWith('/trainers/')) test.slow();
        await visit(page, path);
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        const summary = results.violations.map(
          (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

test('dark mode also passes axe on a chapter', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const chapter = contentChapters()[0]!.path;
  await visit(page, chapter);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
