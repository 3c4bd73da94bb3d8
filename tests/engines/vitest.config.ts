import { defineConfig } from 'vitest/config';

/**
 * The cross-engine journeys (npm test runs them after Playwright). One engine at a time:
 * the machine has two cores, and WebKitWebDriver holds one session at a time anyway.
 */
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/engines/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/engines/serve-site.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
