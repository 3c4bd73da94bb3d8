#!/usr/bin/env node
// `npm run test:stress`: the browser suites (Playwright, then the cross-engine journeys)
// three times in a row while a CPU hog keeps both cores busy, with retries off. A test
// that fails only under load is a bug, in the test or in the product. Builds first (not
// under load), prints each run's result, and fails when any run has a failure.
//
//   TEST_PORT=4610 npm run test:stress        (RUNS=3 by default)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const runs = Number(process.env.RUNS ?? 3);
// Its own build folders and reports, so it can run beside `npm test` (with another TEST_PORT).
const dist = process.env.TEST_DIST ?? 'dist-stress';
const distBase = process.env.TEST_DIST_BASE ?? 'dist-stress-base';
const reports = 'reports-stress';
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  TEST_DIST: dist,
  TEST_DIST_BASE: distBase,
  // The same local preview build as npm test (scripts/test.mjs).
  LOCAL_PREVIEW: '1',
  SITE_URL: process.env.SITE_URL ?? 'https://adviesplaybook.example',
};
mkdirSync(reports, { recursive: true });

function step(command, args, extraEnv = {}) {
  return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status === 0;
}

console.log(`▶ Building ${dist}/ and ${distBase}/ (before the load starts)`);
const built =
  step('node', ['scripts/build.mjs'], { OUT_DIR: dist, CACHE_DIR: 'node_modules/.astro-stress' }) &&
  step('node', ['scripts/build.mjs'], { BASE_PATH: '/playbook/', OUT_DIR: distBase, CACHE_DIR: 'node_modules/.astro-stress-base' });
if (!built) {
  console.error('The build failed; nothing to stress.');
  process.exit(1);
}

// The hog: Debian's stress-ng when installed, else one busy Node process per core.
const cores = Math.max(2, availableParallelism());
const hogs = [];
if (spawnSync('sh', ['-c', 'command -v stress-ng'], { stdio: 'ignore' }).status === 0) {
  hogs.push(spawn('stress-ng', ['--cpu', String(cores), '--quiet'], { stdio: 'ignore' }));
  console.log(`▶ CPU hog: stress-ng --cpu ${cores}`);
} else {
  for (let core = 0; core < cores; core++) hogs.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  console.log(`▶ CPU hog: ${cores} busy Node processes`);
}
const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGTERM'));
process.on('exit', stopHogs);
process.on('SIGINT', () => process.exit(130));

function counts(file, kind) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, note: 'no report' };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'playwright') return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

const results = [];
for (let run = 1; run <= runs; run++) {
  console.log(`\n▶ Run ${run} of ${runs} under load`);
  const started = Date.now();
  const browserReport = `${reports}/run-${run}-browser.json`;
  const enginesReport = `${reports}/run-${run}-engines.json`;
  const browserRan = step('playwright', ['test', '--retries=0'], { TEST_REPORT: browserReport });
  const enginesRan = step('vitest', ['run', '--config', 'tests/engines/vitest.config.ts', '--retry=0', '--reporter=default', '--reporter=json', `--outputFile=${enginesReport}`]);
  const browser = counts(browserReport, 'playwright');
  const engines = counts(enginesReport, 'vitest');
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  // A runner that exits with an error (a server that cannot start) or runs nothing is not green.
  const ok = browserRan && enginesRan && browser.passed > 0 && engines.passed > 0 && browser.failed + browser.skipped + engines.failed + engines.skipped === 0;
  const line = `run ${run}: ${ok ? 'green' : 'RED'} · Playwright ${browser.passed} passed, ${browser.failed} failed, ${browser.skipped} skipped · engines ${engines.passed} passed, ${engines.failed} failed, ${engines.skipped} skipped · ${minutes} min`;
  results.push({ ok, line });
  console.log(`\n${line}`);
}

stopHogs();
console.log('\nStress results:');
for (const { line } of results) console.log(`  ${line}`);
const allGreen = results.every((result) => result.ok);
console.log(allGreen ? `PASS: all ${runs} loaded runs green` : 'FAIL: a test failed under load');
process.exit(allGreen ? 0 : 1);
