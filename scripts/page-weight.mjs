#!/usr/bin/env node
// What a page costs before any interaction: HTML, CSS and JavaScript, raw and gzip, as
// Chromium loads it from the production build. For an island page it also shows what
// loads once the island scrolls into view. Prints a table; writes reports/page-weight.json.
//
//   npm run weight                       (after npm run build)
//   npm run weight -- /rol/ /zelfscans/wat-drijft-mij/
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/rol/vier-eigenschappen/', '/zelfscans/effectief-adviseren/', '/zoeken/'];

const { server, url: origin } = await serve({ root: process.env.OUT_DIR ?? 'dist', port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});

const kb = (bytes) => (bytes / 1024).toFixed(1);
const empty = () => ({ html: [0, 0], css: [0, 0], js: [0, 0] });
const add = (bucket, kind, body) => {
  bucket[kind][0] += body.length;
  bucket[kind][1] += gzipSync(body, { level: 9 }).length;
};

async function measure(path) {
  // A short viewport: anything below the first screen must wait until it is scrolled to.
  const page = await browser.newPage({ viewport: { width: 1280, height: 400 } });
  const before = empty();
  const after = empty();
  let phase = before;
  const pending = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : null;
    if (!kind) return;
    const bucket = phase;
    pending.push(response.body().then((body) => add(bucket, kind, body), () => {}));
  });
  await page.goto(new URL(path.replace(/^\//, ''), origin).href, { waitUntil: 'networkidle' });
  const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
  for (const text of inline) add(before, 'js', Buffer.from(text));
  await Promise.all(pending.splice(0));

  phase = after;
  const island = page.locator('astro-island').first();
  if (await island.count()) {
    await island.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
  }
  await Promise.all(pending.splice(0));
  await page.close();
  return { path, before, afterIsland: after };
}

const results = [];
for (const path of paths) results.push(await measure(path));
await browser.close();
server.close();

console.log('\nPage weight (KB, raw / gzip). "JS at load" is before any interaction; "+ island" is what loads when the island scrolls into view.\n');
console.log(['page'.padEnd(36), 'HTML'.padStart(13), 'CSS'.padStart(13), 'JS at load'.padStart(13), '+ island'.padStart(13), 'JS total gz'.padStart(12)].join(' '));
for (const { path, before, afterIsland } of results) {
  const cell = ([raw, gz]) => `${kb(raw)} / ${kb(gz)}`.padStart(13);
  console.log(
    [path.padEnd(36), cell(before.html), cell(before.css), cell(before.js), cell(afterIsland.js), kb(before.js[1] + afterIsland.js[1]).padStart(12)].join(' '),
  );
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/page-weight.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to reports/page-weight.json');
