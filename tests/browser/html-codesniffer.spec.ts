/**
 * A second accessibility engine beside axe: HTML_CodeSniffer's WCAG2AA standard (the engine
 * pa11y runs) over every built page, in Debian's Chromium. pa11y itself is not used: it
 * depends on the full `puppeteer` package, which downloads its own Chrome. HTMLCS.js comes
 * from the `html_codesniffer` package and is evaluated in the page (not added as a script
 * element, which the site's Content Security Policy would rightly refuse).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chunkTitle, pageChunks } from '../support/page-chunks';
import { expect, test, visitHydrated } from './fixtures';

const require = createRequire(import.meta.url);
const HTMLCS = readFileSync(require.resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

interface Issue {
  code: string;
  message: string;
  element: string;
}

async function codeSnifferErrors(page: import('@playwright/test').Page): Promise<Issue[]> {
  return page.evaluate(`(() => {
    ${HTMLCS}
    return new Promise((resolve, reject) => {
      window.HTMLCS.process('WCAG2AA', document, () => {
        resolve(window.HTMLCS.getMessages()
          .filter((message) => message.type === window.HTMLCS.ERROR)
          .map((message) => ({ code: message.code, message: message.msg, element: (message.element.outerHTML || String(message.element)).slice(0, 160) })));
      }, reject, 'en');
    });
  })()`);
}

for (const chunk of pageChunks()) {
  test(`HTML_CodeSniffer (WCAG2AA) finds no error on ${chunkTitle(chunk)}`, async ({ page }) => {
    test.setTimeout(300_000);
    const errors: Record<string, Issue[]> = {};
    for (const path of chunk) {
      await visitHydrated(page, path);
      const found = await codeSnifferErrors(page);
      if (found.length > 0) errors[path] = found;
    }
    expect(errors).toEqual({});
  });
}

test('HTML_CodeSniffer finds no error in the search dialog with results', async ({ page }) => {
  await visitHydrated(page, '/team/');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('klant');
  await expect(dialog.locator('.search__status')).toHaveText(/^\d+ resultaten voor “klant”$/);
  expect(await codeSnifferErrors(page)).toEqual([]);
});
