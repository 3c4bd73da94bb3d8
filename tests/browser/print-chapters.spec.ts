/**
 * Every chapter prints as a tight A4 handout: no page before the last one is more than half
 * empty. Emptiness is measured on the rendered page (pdftoppm at low resolution): the blank
 * band between the lowest ink and the bottom margin, as a share of the printable height.
 * That is what a reader sees, whatever made the gap (a figure pushed on, a block kept whole).
 * The pages per chapter are written to reports/print-pages.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { contentChapters } from '../support/content';
import { pdfPageCount, pdfPageFill } from '../support/pdf';
import { expect, test, visit } from './fixtures';

const A4_HEIGHT_MM = 297;
/** src/styles/print.css: @page margin (top and bottom). */
const MARGIN_MM = 18;
const contentTop = MARGIN_MM / A4_HEIGHT_MM;
const contentBottom = 1 - MARGIN_MM / A4_HEIGHT_MM;

/** Share of the printable height left blank below the last ink on a page. */
export function blankShare(fill: number): number {
  return Math.max(0, (contentBottom - Math.max(fill, contentTop)) / (contentBottom - contentTop));
}

test('every chapter prints without a page that is more than half empty before the last page', async ({ page }) => {
  test.setTimeout(180_000);
  const report: string[] = [];
  const problems: string[] = [];
  for (const chapter of contentChapters()) {
    await visit(page, chapter.path);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdfPageCount(pdf);
    const blanks = pdfPageFill(pdf).map(blankShare);
    expect(blanks).toHaveLength(pages);
    report.push(`${chapter.path}\t${pages}\t${blanks.map((blank) => `${Math.round(blank * 100)}%`).join(' ')}`);
    blanks.slice(0, -1).forEach((blank, index) => {
      if (blank > 0.5) problems.push(`${chapter.path}: page ${index + 1} of ${pages} is ${Math.round(blank * 100)}% empty`);
    });
  }
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/print-pages.txt', `chapter\tpages\tblank below the text, per page\n${report.join('\n')}\n`);
  expect(problems).toEqual([]);
});

test('the four traits print on at most three pages, with the diagram at most 9 cm high and its caption', async ({ page }) => {
  await visit(page, '/rol/vier-eigenschappen/');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  // Two pages of text, and a third for its discussion questions and facilitator notes.
  expect(pdfPageCount(pdf)).toBeLessThanOrEqual(3);
  const figure = page.locator('figure.diagram');
  await expect(figure.locator('figcaption')).toBeVisible();
  const box = (await figure.locator('svg').boundingBox())!;
  // At most about 9 cm high on paper (96 px per inch).
  expect(box.height).toBeLessThanOrEqual((90 / 25.4) * 96 + 1);
});
