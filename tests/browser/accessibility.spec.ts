import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from '../support/axe';
import { contentChapters } from '../support/content';
import { builtPages } from '../support/site';
import { expect, test, visit } from './fixtures';

for (const path of builtPages()) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    // axe over a long page takes tens of seconds when the machine's cores are shared.
    test.setTimeout(90_000);
    await visit(page, path);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const summary = results.violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  });
}

test('dark mode also passes axe on a chapter', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const chapter = contentChapters()[0]!.path;
  await visit(page, chapter);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
