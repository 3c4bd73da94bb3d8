/**
 * A second accessibility engine beside axe: HTML_CodeSniffer's WCAG2AA standard (the engine
 * pa11y runs), in Debian's Chromium. pa11y itself is not used: it depends on the full
 * `puppeteer` package, which downloads its own Chrome. HTMLCS.js comes from the
 * `html_codesniffer` package and is evaluated in the page (not added as a script element,
 * which the site's Content Security Policy would rightly refuse).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const HTMLCS = readFileSync(require.resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

export interface CodeSnifferIssue {
  code: string;
  message: string;
  element: string;
}

/** HTML_CodeSniffer's errors (not its warnings or notices) on the page as it is now. */
export async function codeSnifferErrors(page: Page): Promise<CodeSnifferIssue[]> {
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
