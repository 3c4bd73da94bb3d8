#!/usr/bin/env node
// `npm test`: every test, in the order that fails fastest.
//   1. static checks, each one test: lint (ESLint, zero warnings), dependency rules
//      (dependency-cruiser), copy-paste (jscpd, under its threshold), type check (astro check,
//      zero errors and warnings)
//   2. unit and content tests (Vitest): pure logic, schemas, broken-content fixtures
//   3. production builds: at the root (dist/) and under a base path (dist-base/), and two small
//      themed sites (.tmp/dist-theme-*, scripts/build-themed-sites.mjs) for organisation.spec.ts
//   4. build tests (Vitest) over the built HTML
//   5. browser tests (Playwright, Debian's Chromium) against both builds
//   6. cross-engine journeys (tests/engines/): Chromium, Firefox ESR and WebKitGTK
//   7. a dependency audit of the production dependencies (a report; fails on high/critical)
// The last line states how many tests passed and failed. A skipped test counts as a failure.
// Stopped (Ctrl+C, a CI time limit's SIGTERM), it stops the running stage and everything that
// stage started, the browser tests' web servers included (scripts/lib/run-stage.mjs).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { runStage } from './lib/run-stage.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`\nNo Chromium at ${chromium}. Browser tests need it and never skip.`);
  console.error('Install it with "sudo apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium binary.\n');
  process.exit(1);
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
// A local preview build for the example address: the tests check canonical URLs and QR codes
// against it, and the trainers' page shows its preview warning (see src/lib/site-url.ts).
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  CHROMIUM_PATH: chromium,
  LOCAL_PREVIEW: '1',
  SITE_URL: process.env.SITE_URL ?? 'https://adviesplaybook.example',
};
const stages = [];

const durations = [];

async function run(name, command, args, extraEnv = {}) {
  console.log(`\n▶ ${name}\n`);
  const started = Date.now();
  const status = await runStage(command, args, { env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = status === 0;
  console.log(`\n${ok ? '✔' : '✘'} ${name} (${seconds} s)`);
  durations.push(`${name} ${seconds} s`);
  return ok;
}

/** Seconds per engine, from the cross-engine suite's Vitest report (one file per engine). */
function engineDurations(file) {
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return report.testResults.map((result) => `${result.name.replace(/^.*\/(\w+)\.test\.ts$/, '$1')} ${((result.endTime - result.startTime) / 1000).toFixed(1)} s`);
}

function vitestCounts(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(file) {
  if (!existsSync(file)) return undefined;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

const vitestArgs = (out, ...paths) => ['run', ...paths, '--reporter=default', '--reporter=json', `--outputFile=${out}`];

/**
 * A runner that exits with an error has failed, even when its report counts no failed
 * test (a web server that cannot start, a crash before the first test): count one.
 */
function atLeastOneFailure(ok, counts) {
  if (ok || !counts || counts.failed > 0) return counts;
  return { ...counts, failed: 1 };
}

/** A check that passes or fails as a whole counts as one test. */
async function check(name, stage, command, args) {
  const ok = await run(name, command, args);
  stages.push([stage, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 }]);
}

await check('Lint (ESLint, no warnings allowed)', 'lint', 'eslint', ['.', '--max-warnings', '0', '--cache', '--cache-location', 'node_modules/.cache/eslint/']);
await check('Dependency rules (dependency-cruiser)', 'dependency rules', 'depcruise', ['src', 'astro.config.mjs', '--config', '.dependency-cruiser.cjs']);
await check('Copy-paste detector (jscpd)', 'copy-paste', 'jscpd', ['--config', '.jscpd.json']);
// astro check runs astro sync first, so it also works on a fresh clone without .astro/.
await check('Type check (astro check)', 'type check', 'astro', ['check', '--minimumFailingSeverity', 'warning']);

const unitTested = await run('Unit and content tests', 'vitest', vitestArgs('reports/unit.json', 'tests/unit', 'tests/content', 'src'));
stages.push(['unit', atLeastOneFailure(unitTested, vitestCounts('reports/unit.json'))]);

const built =
  (await run('Build at the root', 'node', ['scripts/build.mjs'])) &&
  (await run('Build under the base path /playbook/', 'node', ['scripts/build.mjs'], {
    BASE_PATH: '/playbook/',
    OUT_DIR: 'dist-base',
    CACHE_DIR: 'node_modules/.astro-base',
  })) &&
  (await run('Themed demonstration sites (voorbeeld, test theme)', 'node', ['scripts/build-themed-sites.mjs']));
stages.push(['build', { passed: built ? 3 : 0, failed: built ? 0 : 1, skipped: 0 }]);

if (built) {
  const buildChecked = await run('Build tests', 'vitest', vitestArgs('reports/build.json', 'tests/build'));
  stages.push(['build checks', atLeastOneFailure(buildChecked, vitestCounts('reports/build.json'))]);
  const browsed = await run('Browser tests', 'playwright', ['test']);
  stages.push(['browser', atLeastOneFailure(browsed, playwrightCounts('reports/browser.json'))]);
  const engined = await run('Cross-engine journeys (Chromium, Firefox ESR, WebKitGTK)', 'vitest', [
    ...vitestArgs('reports/engines.json'),
    '--config',
    'tests/engines/vitest.config.ts',
  ]);
  stages.push(['engines', atLeastOneFailure(engined, vitestCounts('reports/engines.json'))]);
} else {
  console.log('\nThe build failed, so the build checks and browser tests did not run.');
}

// A report, not a test: it fails the run only on high or critical production vulnerabilities.
const audited = await run('Dependency audit (production dependencies)', 'node', ['scripts/audit.mjs']);
if (!audited) stages.push(['dependency audit', { passed: 0, failed: 1, skipped: 0 }]);

let passed = 0;
let failed = 0;
let skipped = 0;
const parts = [];
for (const [name, counts] of stages) {
  if (!counts) {
    failed += 1;
    parts.push(`${name}: no report`);
    continue;
  }
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  parts.push(`${name} ${counts.passed}/${counts.passed + counts.failed + counts.skipped}`);
}
const ok = failed === 0 && skipped === 0;
console.log(`\nTime per stage: ${durations.join(' · ')}`);
const engines = engineDurations('reports/engines.json');
if (engines.length > 0) console.log(`Time per engine: ${engines.join(' · ')}`);
console.log(`\n${parts.join(' · ')}`);
console.log(`${ok ? 'PASS' : 'FAIL'}: ${passed} tests passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
