import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links';

describe.each([
  ['dist', '/'],
  ['dist-base', '/playbook/'],
])('links in %s (base %s)', (outDir, base) => {
  const report = checkLinks(outDir, base);

  it('every internal link and #anchor resolves', () => {
    expect(report.internal).toBeGreaterThan(50);
    expect(report.broken.map((link) => `${link.page}: ${link.href} (${link.reason})`)).toEqual([]);
  });

  it('external links are listed in a report, not fetched', () => {
    mkdirSync('reports', { recursive: true });
    const lines = report.external.map((link) => `${link.page}\t${link.href}`);
    writeFileSync(`reports/external-links-${outDir}.txt`, `${lines.join('\n')}\n`);
    expect(report.pages).toBeGreaterThan(5);
  });
});
