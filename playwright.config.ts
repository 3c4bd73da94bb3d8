import { defineConfig } from '@playwright/test';

/**
 * Browser tests run in Debian's Chromium against the production build, served the way a
 * static host serves it. Two builds are tested: one at the root (dist/) and one under a
 * base path, as an intranet would host it (dist-base/, see scripts/test.mjs).
 */
export const ROOT_PORT = Number(process.env.TEST_PORT ?? 4510);
export const BASE_PORT = ROOT_PORT + 1;
export const BASE_PATH = '/playbook/';

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/browser.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${ROOT_PORT}/`,
    trace: 'off',
  },
  projects: [
    { name: 'site', testIgnore: /base-path\.spec\.ts/ },
    { name: 'base-path', testMatch: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}` } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs`,
      env: { PORT: String(ROOT_PORT), OUT_DIR: 'dist', BASE_PATH: '/' },
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs`,
      env: { PORT: String(BASE_PORT), OUT_DIR: 'dist-base', BASE_PATH },
      url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`,
      reuseExistingServer: false,
    },
  ],
});
