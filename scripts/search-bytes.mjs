#!/usr/bin/env node
// What a first search costs in bytes, split by kind, against Pagefind's own floor on the same pages.
//
//   npm run search:bytes -- [built dir, default dist] [--query advies] [--page /]
//
// 1. The site's search: open the dialog on --page, type --query, wait for the first result and
//    a quiet network; every response after the page load is counted (gzip for text, as a host
//    sends it; Pagefind's own files are compressed already).
// 2. Pagefind's floor: a copy of the same HTML with no filters, no metadata and no extra terms
//    (compound parts, keywords), indexed by Pagefind with its defaults and searched through its
//    API: search(query), then data() of the first 3 results (what the dialog shows at once).
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const positional = args.filter((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
const dir = positional[0] ?? 'dist';
const query = option('--query', 'advies');
const pagePath = option('--page', '/');
const RESULTS = 3;

const KINDS = [
  ['Pagefind runtime', /\/pagefind\/pagefind(-worker)?\.js$/],
  ['WASM', /\.pagefind$/],
  ['metadata', /(pagefind-entry\.json|\.pf_meta)$/],
  ['index chunks', /\.pf_index$/],
  ['filters', /\.pf_filter$/],
  ['fragments', /\.pf_fragment$/],
  ['our UI', /./],
];
const kindOf = (path) => KINDS.find(([, pattern]) => pattern.test(path))[0];

async function measure(root, action) {
  const { server, url } = await serve({ root, port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    await page.goto(new URL(pagePath.slice(1), url).href, { waitUntil: 'networkidle' });
    const split = Object.fromEntries(KINDS.map(([kind]) => [kind, 0]));
    const pending = [];
    page.on('response', (response) =>
      pending.push(
        response.body().then((body) => {
          const path = new URL(response.url()).pathname;
          split[kindOf(path)] += /\.(js|css|json|html)$/.test(path) ? gzipSync(body, { level: 6 }).length : body.length;
        }, () => {}),
      ),
    );
    await action(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await Promise.all(pending);
    return split;
  } finally {
    await browser.close();
    server.close();
  }
}

const siteSearch = (page) =>
  page.keyboard.press('/').then(async () => {
    await page.waitForSelector('dialog[open] .search__input');
    await page.fill('dialog[open] .search__input', query);
    await page.waitForSelector('dialog[open] .search-hit');
  });

const apiSearch = (options) => (page) =>
  page.evaluate(
    async ({ q, n, options }) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options(options);
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, n).map((result) => result.data()));
    },
    { q: query, n: RESULTS, options },
  );

/** The same built pages without filters, metadata and extra terms, indexed with Pagefind's defaults. */
function floorCopy(source) {
  const target = `${source.replace(/\/$/, '')}-pagefind-floor`;
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true, filter: (path) => !path.includes('/pagefind') });
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const file = join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) {
        const html = readFileSync(file, 'utf8')
          .replace(/<span hidden data-pagefind-index-attrs="data-terms" data-terms="[^"]*"><\/span>/g, '')
          .replace(/ data-pagefind-(filter|meta)="[^"]*"/g, '');
        writeFileSync(file, html);
      }
    }
  };
  walk(target);
  const run = spawnSync('pagefind', ['--site', target, '--silent'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('pagefind failed on the floor copy');
  return target;
}

const total = (split) => Object.values(split).reduce((sum, bytes) => sum + bytes, 0);
const kib = (bytes) => (bytes / 1024).toFixed(1);
const rows = [
  ['site search (dialog, 3 results)', await measure(dir, siteSearch)],
  ['Pagefind API on the site index (3 results)', await measure(dir, apiSearch({ noWorker: true }))],
];
const floor = floorCopy(dir);
rows.push(['floor: plain index, API, defaults (3 results)', await measure(floor, apiSearch({}))]);
rows.push(['floor: plain index, API, noWorker (3 results)', await measure(floor, apiSearch({ noWorker: true }))]);
rmSync(floor, { recursive: true, force: true });

console.log(`\nFirst search for "${query}" on ${pagePath} of ${dir}, KiB transferred\n`);
console.log(`| measured | total | ${KINDS.map(([kind]) => kind).join(' | ')} |`);
console.log(`|---|---|${KINDS.map(() => '---').join('|')}|`);
for (const [name, split] of rows) console.log(`| ${name} | ${kib(total(split))} | ${KINDS.map(([kind]) => kib(split[kind])).join(' | ')} |`);
const [site, , floorDefault, floorNoWorker] = rows.map(([, split]) => total(split));
const lowest = Math.min(floorDefault, floorNoWorker);
console.log(`\nSite search − floor: ${kib(site - lowest)} KiB (goal: ≤ 10 KiB, or ≤ 0.8× Starlight)`);
