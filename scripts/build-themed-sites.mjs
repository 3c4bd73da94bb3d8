#!/usr/bin/env node
// The themed demonstration builds the browser tests check (tests/browser/organisation.spec.ts):
// the small content set in tests/fixtures/themes/content with the organisation file of the
// NL Design System example theme (voorbeeld) and of our own test theme, each into
// .tmp/dist-theme-<name>/. `node scripts/build-themed-sites.mjs [name …]` builds some.
import { spawnSync } from 'node:child_process';

export const THEMED_SITES = ['voorbeeld', 'test-theme'];

const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : THEMED_SITES;
for (const name of names) {
  console.log(`\n▶ Themed site: ${name}\n`);
  const result = spawnSync('node', ['scripts/build.mjs'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      LOCAL_PREVIEW: '1',
      SITE_URL: process.env.SITE_URL ?? 'https://adviesplaybook.example',
      CONTENT_DIR: 'tests/fixtures/themes/content',
      ORGANISATION_FILE: `tests/fixtures/themes/${name}/organisation.yaml`,
      OUT_DIR: `.tmp/dist-theme-${name}`,
      CACHE_DIR: `.tmp/cache-theme-${name}`,
      BASE_PATH: '/',
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
