import { chromium } from 'playwright';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
for (const path of process.argv.slice(2)) {
  await page.goto('http://127.0.0.1:4650' + path);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const name = '/tmp/shots/' + path.replace(/^\/|\/$/g, '').replace(/\//g, '_') + '.pdf';
  writeFileSync(name, pdf);
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [name], { encoding: 'utf8' }))[1];
  console.log(pages.padStart(3), path);
}
await browser.close();
