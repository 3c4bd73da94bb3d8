#!/usr/bin/env node
// Lighthouse (mobile preset) on the home page, a chapter and an assessment, in Debian's
// Chromium, against a local production build whose canonical URLs point at the local
// server. Prints the four category scores; writes reports/lighthouse.json.
//
//   npm run lighthouse
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './serve.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4680);
const origin = `http://127.0.0.1:${PORT}`;
const outDir = '.tmp/lighthouse-dist';
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/rol/vier-eigenschappen/', '/zelfscans/effectief-adviseren/'];
const targets = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

const build = spawnSync('node', ['scripts/build.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: outDir, CACHE_DIR: '.tmp/lighthouse-cache', SITE_URL: origin },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const { server } = await serve({ root: outDir, port: PORT });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
const results = [];
try {
  for (const path of pages) {
    const run = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(targets) });
    const scores = Object.fromEntries(Object.entries(run.lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]));
    const failing = Object.values(run.lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    results.push({ path, scores, failing, lcp: run.lhr.audits['largest-contentful-paint']?.displayValue, tbt: run.lhr.audits['total-blocking-time']?.displayValue, cls: run.lhr.audits['cumulative-layout-shift']?.displayValue });
  }
} finally {
  chrome.kill();
  server.close();
}

console.log('\nLighthouse, mobile preset (target: performance ≥ 98, the rest 100)\n');
console.log(['page'.padEnd(34), 'perf', 'a11y', 'b.p.', 'seo', '  LCP / TBT / CLS', '  failing audits'].join(' '));
let ok = true;
for (const { path, scores, failing, lcp, tbt, cls } of results) {
  for (const [id, target] of Object.entries(targets)) if (scores[id] < target) ok = false;
  console.log(
    [path.padEnd(34), String(scores.performance).padStart(4), String(scores.accessibility).padStart(4), String(scores['best-practices']).padStart(4), String(scores.seo).padStart(4), `  ${lcp} / ${tbt} / ${cls}`, `  ${failing.join(', ') || '–'}`].join(' '),
  );
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${ok ? 'All targets met.' : 'Some targets are not met.'} Written to reports/lighthouse.json`);
process.exit(ok ? 0 : 1);
