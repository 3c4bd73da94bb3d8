/**
 * Reads PDFs that Chromium printed, with poppler-utils (pdfinfo, pdftotext, pdftoppm):
 * page count, text per page, and how far down each page the ink goes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withPdf<T>(pdf: Buffer, work: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-pdf-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfPageCount(pdf: Buffer): number {
  return withPdf(pdf, (file) => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
  });
}

/** The text of each page, in reading order (pdftotext separates pages by form feeds). */
export function pdfPageTexts(pdf: Buffer): string[] {
  return withPdf(pdf, (file) => {
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1);
  });
}

/** Page size in points (width, height) of the first page. */
export function pdfPageSize(pdf: Buffer): { width: number; height: number } {
  return withPdf(pdf, (file) => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const match = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
    return { width: Number(match?.[1]), height: Number(match?.[2]) };
  });
}

/**
 * For each page, the share of its height (0–1) down to the lowest row that has any ink.
 * Rendering the pages is what a reader sees: it counts text, images and rules alike and
 * does not depend on how the PDF stores them. 1 − fill is the blank space at the bottom.
 */
export function pdfPageFill(pdf: Buffer, dpi = 24): number[] {
  return withPdf(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'p')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort()
      .map((name) => lowestInkRow(readFileSync(join(dir, name))));
  });
}

/** A binary PGM (P5): the share of the height down to the lowest row darker than near-white. */
function lowestInkRow(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [whole, w, h] = header;
  const width = Number(w);
  const height = Number(h);
  const pixels = pgm.subarray(whole.length);
  for (let row = height - 1; row >= 0; row--) {
    for (let column = 0; column < width; column++) {
      if (pixels[row * width + column]! < 200) return (row + 1) / height;
    }
  }
  return 0;
}
