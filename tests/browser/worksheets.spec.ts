import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { pdfPageCount, pdfPageFill, pdfPageSize, pdfPageTexts } from '../support/pdf';
import { expect, test, visit } from './fixtures';

interface SheetFile {
  slug: string;
  title: string;
  blocks: { kind: string; lines?: number; rows?: number }[];
}
const sheets = readdirSync('content/worksheets').map((name) => yaml.load(readFileSync(`content/worksheets/${name}`, 'utf8')) as SheetFile);

test('the overview lists every worksheet', async ({ page }) => {
  await visit(page, '/werkbladen/');
  await expect(page.getByRole('heading', { level: 1, name: 'Werkbladen' })).toBeVisible();
  for (const sheet of sheets) await expect(page.getByRole('link', { name: sheet.title, exact: true })).toHaveAttribute('href', `/werkbladen/${sheet.slug}/`);
});

test('every worksheet prints on exactly one A4 page, filled with room to write and without the site’s navigation', async ({ page }) => {
  test.setTimeout(120_000);
  expect(sheets.length).toBeGreaterThanOrEqual(5);
  for (const sheet of sheets) {
    await visit(page, `/werkbladen/${sheet.slug}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '#site-nav', '.site-footer', '.breadcrumbs']) await expect(page.locator(selector).first()).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPageCount(pdf), `${sheet.slug}: pages`).toBe(1);
    const size = pdfPageSize(pdf);
    expect(size.height, `${sheet.slug}: portrait`).toBeGreaterThan(size.width);
    const [text] = pdfPageTexts(pdf);
    expect(text, sheet.slug).toContain(sheet.title);
    for (const chrome of ['Naar de inhoud', 'Zoeken', 'Hoofdnavigatie', 'Kruimelpad', 'Over deze site', 'Hoort bij', 'Print dit werkblad']) {
      expect(text, `${sheet.slug} printed “${chrome}”`).not.toContain(chrome);
    }
    // The sheet uses the page: ink (ruled lines, table, footer) reaches the bottom margin.
    const [fill] = pdfPageFill(pdf);
    expect(fill, `${sheet.slug}: lowest ink`).toBeGreaterThan(0.9);
    // Every ruled line of the content file is there, at least 7 mm apart (96 px per inch).
    const lines = sheet.blocks.reduce((total, block) => total + (block.kind === 'lines' ? block.lines! : 0), 0);
    const heights = await page.locator('.ws-line').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
    expect(heights).toHaveLength(lines);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual((7 / 25.4) * 96 - 0.5);
    await page.emulateMedia({ media: 'screen' });
  }
});

// The worksheets are static pages: accessibility.spec.ts checks each with axe at both widths.
