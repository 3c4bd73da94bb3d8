#!/usr/bin/env node
// Screenshots of built pages at 375 px and 1280 px, light and dark, to look at what we made.
//   node scripts/screenshots.mjs http://127.0.0.1:4321/ /rol/vier-eigenschappen/ …  → .tmp/shots/*.png
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [origin, ...paths] = process.argv.slice(2);
const outDir = process.env.SHOTS_DIR ?? '.tmp/shots';
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--disable-gpu'],
});
for (const path of paths.length ? paths : ['/']) {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(new URL(path.replace(/^\//, ''), origin).href);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL !== '0' });
      await page.close();
      console.log(`${outDir}/${name}`);
    }
  }
}
await browser.close();
