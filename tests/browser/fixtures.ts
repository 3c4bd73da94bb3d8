/**
 * Every browser test gets a page in a fresh browser context, and fails if the page asked
 * for anything outside the local test server: the site may never reach another origin.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Fixtures {
  /** Requests that left 127.0.0.1 during the test (checked after every test). */
  foreignRequests: string[];
  /** Content Security Policy violations and uncaught errors (checked after every test). */
  pageProblems: string[];
}

export const test = base.extend<Fixtures>({
  // A fresh, isolated context per test in the worker's browser (Debian's Chromium, see
  // playwright.config.ts): empty storage and no cookies, without starting a browser each time.
  context: async ({ browser, baseURL, viewport, colorScheme, javaScriptEnabled, serviceWorkers }, use) => {
    const context = await browser.newContext({
      baseURL,
      viewport,
      colorScheme,
      javaScriptEnabled,
      serviceWorkers,
      locale: 'nl-NL',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        const local = url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
        if (!local) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, 'requests that left the local server').toEqual([]);
    },
    { auto: true },
  ],
  pageProblems: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to (load|execute|apply|run|connect|frame)/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(problems);
      expect(problems, 'CSP violations and uncaught errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Loads a site path ("/rol/") relative to the project's base URL. */
export async function visit(page: Page, path: string) {
  const response = await page.goto(path.replace(/^\//, ''));
  expect(response?.status(), `status of ${path}`).toBeLessThan(400);
  return response;
}

/** Loads a page and waits until every island on it has hydrated (Astro drops their `ssr` attribute). */
export async function visitHydrated(page: Page, path: string) {
  const response = await visit(page, path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  return response;
}

/** From the next document on, reading localStorage throws, as with strict privacy settings. */
export async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Opslag geweigerd', 'SecurityError');
      },
    });
  });
}
