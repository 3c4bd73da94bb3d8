#!/usr/bin/env node
// Production build: Astro renders the site while Pagefind indexes it (src/integrations/search-index.ts);
// at the end Workbox writes the service worker (astro.config.mjs).
// Environment: SITE_URL (required, or LOCAL_PREVIEW=1, then PORT for the preview's address), BASE_PATH (e.g. /playbook/),
// OUT_DIR (default dist), CONTENT_DIR, BUILD_LOG=full (Astro's own log, with every page and its time).
import { spawn } from 'node:child_process';
import { chooseSiteUrl } from '../src/lib/site-url.ts';
import { pageListFilter } from './lib/build-log.mjs';

// A build for the web needs the address it will live at; only a local preview may go without.
const siteChoice = chooseSiteUrl(process.env);
if (!siteChoice.ok) {
  console.error(`\nThe build stopped: ${siteChoice.problem}\n`);
  process.exit(1);
}
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';
const outDir = process.env.OUT_DIR ?? 'dist';
console.log(
  siteChoice.preview
    ? `Building a preview of the playbook for ${siteChoice.url}${base} (/trainers/ warns that its QR codes only work here).\n`
    : `Building the playbook for ${siteChoice.url}${base}.\n`,
);

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  // Astro writes into a pipe here; keep its colours when a person watches.
  ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
  // A larger young generation: fewer scavenges of the many short-lived render strings.
  // Measured on the 200-page benchmark corpus: lower peak memory (about 780 against 850 MiB) and a little faster.
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-semi-space-size=32'].filter(Boolean).join(' '),
};

const child = spawn('astro', ['build'], { stdio: ['inherit', 'pipe', 'inherit'], env });
// Stopped from outside (Ctrl+C reaches the child by itself; a CI time limit's SIGTERM may not): stop Astro too.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
const full = process.env.BUILD_LOG === 'full';
const filter = pageListFilter((text) => process.stdout.write(text));
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => (full ? process.stdout.write(chunk) : filter.push(chunk)));
const [code, signal] = await new Promise((resolve) => child.on('close', (...result) => resolve(result)));
filter.end();
if (code !== 0) {
  console.error(`\nastro build failed (${code === null ? signal : `exit ${code}`}).`);
  process.exit(code ?? 1);
}
console.log(`\nThe playbook is built in ${outDir}/, for ${siteChoice.url}${base}${siteChoice.preview ? '' : '. Serve that folder, or look at it first with "npm run serve"'}.`);
