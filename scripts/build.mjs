#!/usr/bin/env node
// Production build: Astro renders the site, then Pagefind indexes it.
// Environment: BASE_PATH (e.g. /playbook/), OUT_DIR (default dist), CONTENT_DIR, SITE_URL.
import { spawnSync } from 'node:child_process';

const outDir = process.env.OUT_DIR ?? 'dist';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

run('astro', ['build']);
run('pagefind', ['--site', outDir, '--silent']);
