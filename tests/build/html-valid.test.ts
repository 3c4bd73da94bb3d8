/** Every built page is valid HTML (html-validate, recommended rules). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    // Astro writes its island loader as <style> + <script> right before the first island,
    // in the body; browsers accept a <style> there, so allow it as flow content.
    { style: { flow: true } },
  ],
  rules: {
    // React writes ids from useId() such as "_r1R_", valid in HTML5 (any id without spaces).
    'valid-id': ['error', { relaxed: true }],
    // Matters of writing style, not validity, in markup that React renders.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'attr-case': 'off',
    // role="list" on styled lists is deliberate: Safari drops list semantics with list-style: none.
    'no-redundant-role': 'off',
  },
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('HTML validity', () => {
  const files = htmlFiles('dist');

  it('finds the built pages', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s is valid', async (file) => {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message} (${message.selector ?? ''})`));
    expect(messages).toEqual([]);
  });
});
