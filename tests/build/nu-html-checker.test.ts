/**
 * Every built page passes the W3C Nu HTML Checker (the `vnu-jar` package, run with the
 * system's Java; .ci/run installs default-jre-headless). It catches what html-validate does
 * not, such as ARIA attributes an element may not carry. One Java run checks the whole build.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/site';

const require = createRequire(import.meta.url);
const outDir = process.env.TEST_DIST ?? 'dist';

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

function check(): NuMessage[] {
  const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  const result = spawnSync('java', ['-Xss4m', '-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', outDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`Could not run java (install default-jre-headless): ${result.error.message}`);
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  return (JSON.parse(result.stderr) as { messages: NuMessage[] }).messages;
}

describe('W3C Nu HTML Checker', () => {
  const messages = check();
  const pagePath = (url: string) => `/${url.replace(/^file:/, '').split(`${outDir}/`).pop()!.replace(/index\.html$/, '')}`;

  it('checked the built pages', () => {
    expect(builtPages(outDir).length).toBeGreaterThan(40);
  });

  it.each(builtPages(outDir))('%s has no error', (path) => {
    const errors = messages.filter((message) => pagePath(message.url) === path).map((message) => `line ${message.lastLine}: ${message.message}`);
    expect(errors).toEqual([]);
  });

  it('reports nothing outside the pages (fatal errors, files that are not pages)', () => {
    const pages = new Set(builtPages(outDir));
    expect(messages.filter((message) => !pages.has(pagePath(message.url))).map((message) => `${message.url}: ${message.message}`)).toEqual([]);
  });
});
