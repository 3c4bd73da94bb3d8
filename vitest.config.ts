import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // A budget against hangs, not a wait: the content tests each run `astro sync`, which took
    // over 60 s with the machine at load 45 (issue 17's loaded run).
    testTimeout: 240_000,
  },
});
