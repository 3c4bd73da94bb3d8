import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), html);
  }
  return root;
}

describe('the link check', () => {
  it('finds a link to a missing page and a missing anchor, and accepts good ones', () => {
    const root = site({
      'index.html': '<a href="/a/">a</a><a href="/a/#kop">kop</a><a href="/a/#weg">weg</a><a href="/b/">b</a><a href="https://example.org/">x</a>',
      'a/index.html': '<h2 id="kop">Kop</h2><a href="#kop">terug</a><link href="/style.css">',
      'style.css': '',
    });
    const report = checkLinks(root, '/');
    expect(report.broken.map((link) => `${link.href}: ${link.reason}`)).toEqual([
      '/a/#weg: no element with id "weg"',
      '/b/: no such page or file',
    ]);
    expect(report.external).toEqual([{ page: '/', href: 'https://example.org/' }]);
  });

  it('reports a link that escapes the base path', () => {
    const root = site({ 'index.html': '<a href="/rol/">rol</a>', 'rol/index.html': '' });
    expect(checkLinks(root, '/playbook/').broken[0]?.reason).toBe('outside the base path /playbook/');
  });
});
