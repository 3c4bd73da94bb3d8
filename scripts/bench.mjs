#!/usr/bin/env node
// Benchmark: builds generated playbooks of N chapters and reports how the site scales.
// Prints a table and writes reports/bench.json. Not a test: these machines are noisy.
//
//   npm run bench                      N = 100 and 1,000
//   npm run bench -- --sizes 100,1000,5000
//
// Per size: build seconds (Astro and Pagefind) and Astro's phases (setup, bundling, HTML pages,
// /compleet/, link-preview images, QR codes; scripts/lib/build-phases.mjs), ms per page, peak memory, a chapter's HTML,
// CSS and JS before interaction (raw and gzip), total output, the Pagefind index, and a first
// search in Chromium (bytes transferred and time from opening the dialog to results).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { buildPhases } from './lib/build-phases.mjs';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '100,1000';
const sizes = sizesArg.split(',').map(Number);
const root = '.tmp/bench';
/** Words of the playbook's field; each chapter takes one as its topic. */
const TOPICS = `adviseur klant afdeling opgave gesprek advies team medewerker manager organisatie bedrijfsvoering
  vraag antwoord luisteren doorvragen samenwerken verandering training coaching resultaat doel waartoe
  klanttevredenheid ziekteverzuim beleid regels systeem bedoeling eigenaarschap feedback vertrouwen leren oefenen
  planning interventie voorbeeld leiding verantwoordelijkheid ontwikkeling gedrag cultuur selectie werving
  vakmanschap autonomie zingeving motivatie praktijk ervaring inzicht kans risico`
  .split(/\s+/)
  .filter(Boolean);
const FUNCTION_WORDS = `de het een en van in op met voor naar bij door uit over om aan als dat die dit je jij we wij ze
  zij hij is zijn wordt heeft kan kun moet wil mag gaat komt maakt zegt vraagt geeft neemt ziet weet denkt werkt helpt
  ook nog wel niet meer minder vaak soms altijd eerst daarna samen zelf goed beter`
  .split(/\s+/)
  .filter(Boolean);
const SYLLABLES = 'be ver ont ge aan af in op uit over door werk klant raad plan stap team doel leer zorg kracht taak tijd vraag lijn punt wijs gang spraak stel hou ding heid ing schap baar lijk'.split(' ');

/**
 * Content words: 3,000 made-up Dutch-looking words used with a Zipf-like spread (rank r drawn
 * with weight ~1/r). The field's own words sit at middle ranks (100 to ~1,000), as topical
 * words do in real text: common in their own chapters, occasional elsewhere.
 */
function contentVocabulary() {
  const next = random(7);
  const made = new Set();
  while (made.size < 3000 - TOPICS.length) {
    const length = 2 + Math.floor(next() * 3);
    const word = Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
    if (!TOPICS.includes(word)) made.add(word);
  }
  const words = [...made];
  TOPICS.forEach((topic, index) => words.splice(100 + index * 20, 0, topic));
  return words;
}
const VOCABULARY = contentVocabulary();

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sentence: function words, content words (rank r drawn with weight ~1/r) and now and then the topic. */
function sentence(next, topic = TOPICS[0]) {
  const length = 6 + Math.floor(next() * 10);
  const words = Array.from({ length }, () => {
    const roll = next();
    if (roll < 0.45) return FUNCTION_WORDS[Math.floor(next() * FUNCTION_WORDS.length)];
    if (roll < 0.52) return topic;
    return VOCABULARY[Math.floor(Math.exp(next() * Math.log(VOCABULARY.length))) - 1];
  });
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

function paragraph(next, sentences = 5, topic) {
  return Array.from({ length: sentences }, () => sentence(next, topic)).join(' ');
}

/** A deterministic Dutch-looking playbook: parts of 25 chapters, every fifth a play. */
function generate(count, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'pages'), { recursive: true });
  const next = random(count);
  const partCount = Math.max(1, Math.ceil(count / 25));
  const parts = Array.from({ length: partCount }, (_, index) => `- id: deel-${index + 1}\n  title: Deel ${index + 1} over ${TOPICS[index % TOPICS.length]}\n  order: ${index + 1}\n  intro: ${sentence(next)}\n`);
  writeFileSync(join(dir, 'parts.yaml'), parts.join(''));
  writeFileSync(join(dir, 'pages', 'home.mdx'), `---\ntitle: Benchmark\ndescription: Een gegenereerd playbook.\nslug: home\nupdated: 2026-11-23\n---\n\n${paragraph(next)}\n`);
  for (let index = 0; index < count; index++) {
    const part = Math.floor(index / 25) + 1;
    const play = index % 5 === 4;
    const topic = TOPICS[(index * 7) % TOPICS.length];
    const folder = join(dir, 'chapters', `deel-${part}`);
    mkdirSync(folder, { recursive: true });
    const frontmatter = [
      '---',
      `title: Hoofdstuk ${index + 1} over ${topic}`,
      `description: ${sentence(next, topic)}`,
      `slug: hoofdstuk-${index + 1}`,
      `part: deel-${part}`,
      `order: ${index % 25}`,
      ...(play ? ['type: play', 'play:', '  duration: 1 uur', '  people: Het team', '  materials: []'] : []),
      'updated: 2026-11-23',
      'slides: prose',
      '---',
    ];
    const body = [1, 2, 3]
      .map((section) => `## Kop ${section} over ${VOCABULARY[(index * 31 + section * 13) % 400]}\n\n${paragraph(next, 5, topic)}\n\n${paragraph(next, 4, topic)}`)
      .join('\n\n');
    writeFileSync(join(folder, `h${index + 1}.mdx`), `${frontmatter.join('\n')}\n\n${paragraph(next, 3, topic)}\n\n<Callout type="tip">\n\n${sentence(next, topic)}\n\n</Callout>\n\n${body}\n`);
  }
}

function timed(command, commandArgs, env, log) {
  const timing = `${log}.time`;
  const result = spawnSync('/usr/bin/time', ['-o', timing, '-f', '%e %M', command, ...commandArgs], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  writeFileSync(log, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status}); see ${log}`);
  const [seconds, kilobytes] = readFileSync(timing, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, peakMB: kilobytes / 1024 };
}

function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  return readdirSync(path).reduce(
    (total, name) => {
      const inner = sizeOf(join(path, name));
      return { bytes: total.bytes + inner.bytes, files: total.files + inner.files };
    },
    { bytes: 0, files: 0 },
  );
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** HTML, CSS and JS a page loads before interaction, read from the build. */
function pageWeight(outDir, path) {
  const html = readFileSync(join(outDir, path, 'index.html'));
  const text = html.toString();
  const css = [...text.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((match) => readFileSync(join(outDir, match[1])));
  const js = [
    ...[...text.matchAll(/<script type="module" src="\/([^"]+)"/g)].map((match) => readFileSync(join(outDir, match[1]))),
    ...[...text.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => Buffer.from(match[1])),
  ];
  const sum = (buffers, measure) => buffers.reduce((total, buffer) => total + measure(buffer), 0);
  return {
    html: { raw: html.length, gzip: gz(html) },
    css: { raw: sum(css, (b) => b.length), gzip: sum(css, gz) },
    js: { raw: sum(js, (b) => b.length), gzip: sum(js, gz) },
  };
}

async function firstSearch(outDir, path, query) {
  const { server, url } = await serve({ root: outDir, port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(new URL(path.slice(1), url).href, { waitUntil: 'networkidle' });
    let transferred = 0;
    const pending = [];
    const files = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then((body) => {
          // Servers compress text (JS, JSON, CSS); Pagefind's index files are compressed already.
          const compressed = /\.(js|css|json)(\?|$)/.test(response.url()) ? gz(body) : body.length;
          transferred += compressed;
          files.push({ path: new URL(response.url()).pathname, bytes: compressed });
        }, () => {}),
      );
    });
    await page.keyboard.press('/');
    await page.waitForSelector('dialog[open] .search__input');
    const milliseconds = await page.evaluate(async (q) => {
      const started = performance.now();
      const input = document.querySelector('dialog[open] .search__input');
      input.value = q;
      input.dispatchEvent(new Event('input'));
      // A query without results would otherwise wait forever (small corpora lack some topics).
      const found = await new Promise((resolve) => {
        const check = () => {
          if (document.querySelector('dialog[open] .search-hit')) resolve(true);
          else if (performance.now() - started > 30_000) resolve(false);
          else requestAnimationFrame(check);
        };
        check();
      });
      return found ? performance.now() - started : Number.NaN;
    }, query);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return { bytes: transferred, files, milliseconds };
  } finally {
    await browser.close();
    server.close();
  }
}

const QUERIES = ['verandering', 'klant', 'training', 'feedback', 'autonomie'];
const results = [];
for (const count of sizes) {
  const dir = join(root, `content-${count}`);
  const outDir = join(root, `dist-${count}`);
  console.log(`\n▶ ${count} chapters: generating, building…`);
  generate(count, dir);
  rmSync(outDir, { recursive: true, force: true });
  const env = { CONTENT_DIR: dir, OUT_DIR: outDir, CACHE_DIR: join(root, `cache-${count}`), ASTRO_TELEMETRY_DISABLED: '1' };
  rmSync(env.CACHE_DIR, { recursive: true, force: true });
  // The production build as `npm run build` runs it (its Node options, the search index, the service worker),
  // with Astro's full log: build-phases.mjs reads each page's time from it.
  const astro = timed('node', ['scripts/build.mjs'], { ...env, LOCAL_PREVIEW: '1', BUILD_LOG: 'full' }, join(root, `astro-${count}.log`));
  const { phases } = buildPhases(readFileSync(join(root, `astro-${count}.log`), 'utf8'));
  const pages = readdirSync(outDir, { recursive: true }).filter((name) => String(name).endsWith('index.html')).length;
  const middle = Math.floor(count / 2);
  const chapterPath = `/deel-${Math.floor(middle / 25) + 1}/hoofdstuk-${middle + 1}/`;
  const output = sizeOf(outDir);
  const index = sizeOf(join(outDir, 'pagefind'));
  // Typical first queries: topics of the playbook at different places in the alphabet.
  const searches = [];
  for (const query of QUERIES) searches.push({ query, ...(await firstSearch(outDir, chapterPath, query)) });
  const byBytes = [...searches].sort((a, b) => a.bytes - b.bytes);
  const search = byBytes[Math.floor(byBytes.length / 2)];
  const result = {
    chapters: count,
    pages,
    buildSeconds: astro.seconds,
    pagefindSeconds: phases.searchIndex,
    phases,
    msPerPage: (astro.seconds * 1000) / pages,
    peakMemoryMB: astro.peakMB,
    chapterPage: { path: chapterPath, ...pageWeight(outDir, chapterPath) },
    outputBytes: output.bytes - index.bytes,
    pagefindBytes: index.bytes,
    pagefindFiles: index.files,
    firstSearch: search,
    firstSearches: searches.map(({ query, bytes, milliseconds }) => ({ query, bytes, milliseconds })),
  };
  results.push(result);
  console.log(JSON.stringify(result));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`;
console.log('\nBenchmark (sizes in KB; chapter page = what a chapter loads before interaction)\n');
const header = ['chapters', 'pages', 'build s', 'ms/page', 'peak MB', 'HTML raw/gz', 'CSS raw/gz', 'JS raw/gz', 'output MB', 'index MB', '1st search KB (median)', '1st search ms'];
console.log(header.join(' | '));
for (const r of results) {
  const page = r.chapterPage;
  console.log(
    [
      r.chapters,
      r.pages,
      r.buildSeconds.toFixed(1),
      r.msPerPage.toFixed(1),
      r.peakMemoryMB.toFixed(0),
      `${kb(page.html.raw)}/${kb(page.html.gzip)}`,
      `${kb(page.css.raw)}/${kb(page.css.gzip)}`,
      `${kb(page.js.raw)}/${kb(page.js.gzip)}`,
      (r.outputBytes / 1048576).toFixed(1),
      (r.pagefindBytes / 1048576).toFixed(1),
      kb(r.firstSearch.bytes),
      r.firstSearch.milliseconds.toFixed(0),
    ].join(' | '),
  );
}
console.log('\nBuild phases, seconds (Astro: setup, Vite bundling, then time per kind of route; images and QR codes count only what the routes did themselves, the rest is drawn in background processes):');
console.log('chapters | astro total | setup | bundling | HTML pages | /compleet/ | images /og/ | QR /qr/ | other routes | search index | service worker');
for (const r of results) {
  const p = r.phases;
  console.log([r.chapters, r.buildSeconds, p.setup, p.bundling, p.pages, p.complete, p.images, p.qr, p.otherRoutes, p.searchIndex, p.serviceWorker].map((value, index) => (index === 0 ? value : value.toFixed(2))).join(' | '));
}
console.log('\nFirst search per query (KB transferred / ms from dialog open to results):');
for (const r of results) {
  console.log(`  ${r.chapters}: ${r.firstSearches.map((s) => `${s.query} ${kb(s.bytes)}/${s.milliseconds.toFixed(0)}`).join(' · ')}`);
}
if (results.length > 1) {
  const [small, large] = [results[0], results.at(-1)];
  const scale = large.pages / small.pages;
  console.log(`\nGrowth from ${small.chapters} to ${large.chapters} chapters (${scale.toFixed(0)}× the pages):`);
  console.log(`  build time ×${(large.buildSeconds / small.buildSeconds).toFixed(1)}, ms per page ×${(large.msPerPage / small.msPerPage).toFixed(2)}`);
  console.log(`  chapter HTML ×${(large.chapterPage.html.raw / small.chapterPage.html.raw).toFixed(2)}, total output ×${(large.outputBytes / small.outputBytes).toFixed(1)}`);
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to reports/bench.json');
