import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/support/chromium';

/**
 * Browser tests run in Debian's Chromium against the production build, served the way a
 * static host serves it. Two builds are tested: one at the root (dist/) and one under a
 * base path, as an intranet would host it (dist-base/, see scripts/test.mjs).
 */
export const ROOT_PORT = Number(process.env.TEST_PORT ?? 4510);
export const BASE_PORT = ROOT_PORT + 1;
export const BASE_PATH = '/playbook/';
/** Build folders under test; other folders let several test runs share a machine. */
export const ROOT_DIST = process.env.TEST_DIST ?? 'dist';
export const BASE_DIST = process.env.TEST_DIST_BASE ?? 'dist-base';

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  // Two workers: the machines that run this have two cores, on CI and locally alike.
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // Budgets against hangs, not waits: a passing test is no slower for them. Under a CPU hog
  // (npm run test:stress) a long journey with two axe runs needs more than 30 s.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: process.env.TEST_REPORT ?? 'reports/browser.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${ROOT_PORT}/`,
    trace: 'off',
    // Debian's Chromium, started once per worker; each test gets its own context (fixtures.ts).
    launchOptions: launchOptions(),
    // The service worker stays out of the other tests: its install downloads the whole shell
    // in the background of every fresh context. offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'site', testIgnore: /base-path\.spec\.ts/ },
    { name: 'base-path', testMatch: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}` } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs`,
      env: { PORT: String(ROOT_PORT), OUT_DIR: ROOT_DIST, BASE_PATH: '/' },
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs`,
      env: { PORT: String(BASE_PORT), OUT_DIR: BASE_DIST, BASE_PATH },
      url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`,
      reuseExistingServer: false,
    },
  ],
});
