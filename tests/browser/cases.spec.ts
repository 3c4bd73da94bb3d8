import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { axeAtBothWidths } from '../support/axe';
import { pdfPageCount, pdfPageTexts } from '../support/pdf';
import { expect, test, visit } from './fixtures';

interface CaseFile {
  slug: string;
  title: string;
  discipline: string;
  chapter: string;
  adviser: { goal: string; briefing: string[] };
  client: { briefing: string[]; play: string[] };
  observer: string[];
}
const cases = readdirSync('content/cases').map((name) => yaml.load(readFileSync(`content/cases/${name}`, 'utf8')) as CaseFile);
const DISCIPLINES = { hr: 'HR', financien: 'Financiën', ict: 'ICT', juridisch: 'Juridische zaken', informatiemanagement: 'Informatiemanagement' };
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('there are at least two practice cases for every discipline, each tied to a chapter', () => {
  for (const discipline of Object.keys(DISCIPLINES)) expect(cases.filter((each) => each.discipline === discipline).length, discipline).toBeGreaterThanOrEqual(2);
  expect(new Set(cases.map((each) => each.chapter))).toEqual(new Set(['/rol/eerste-gesprek/', '/rol/positie-nemen/', '/veranderen/waartoe-gesprek/']));
});

test('the cases page lists every case under its discipline and under its chapter', async ({ page }) => {
  await visit(page, '/casussen/');
  await expect(page.getByText('Dit is een verzonnen oefensituatie.')).toBeVisible();
  for (const [id, label] of Object.entries(DISCIPLINES)) {
    const group = page.locator('section', { has: page.locator(`#vakgebied-${id}`) });
    await expect(group.getByRole('heading', { level: 3 })).toContainText(label);
    for (const each of cases.filter((item) => item.discipline === id)) {
      await expect(group.getByRole('link', { name: each.title, exact: true })).toHaveAttribute('href', `/casussen/${each.slug}/`);
    }
  }
  const byChapter = page.locator('section', { has: page.getByRole('heading', { level: 3, name: 'Het eerste gesprek met een klant', exact: true }) });
  for (const each of cases.filter((item) => item.chapter === '/rol/eerste-gesprek/')) await expect(byChapter.getByRole('link', { name: each.title, exact: true })).toBeVisible();
});

test('on screen each briefing stays folded until its player opens it', async ({ page }) => {
  const each = cases[0]!;
  await visit(page, `/casussen/${each.slug}/`);
  await expect(page.getByText('Oefencasus', { exact: true })).toBeVisible();
  const client = page.getByText(each.client.briefing[0]!.slice(0, 40));
  const adviser = page.getByText(each.adviser.briefing[0]!.slice(0, 40));
  await expect(client).toBeHidden();
  await expect(adviser).toBeHidden();
  await page.locator('summary', { hasText: 'Briefing voor de adviseur' }).click();
  await expect(adviser).toBeVisible();
  await expect(client).toBeHidden();
  // The observer's checklist is open: every point, with room for what was seen.
  for (const point of each.observer) await expect(page.getByRole('cell', { name: point, exact: true })).toBeVisible();
});

test('printed, the adviser, the client and the observer each get their own page', async ({ page }) => {
  test.setTimeout(120_000);
  for (const each of cases) {
    await visit(page, `/casussen/${each.slug}/`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const texts = pdfPageTexts(pdf).map(squash);
    expect(pdfPageCount(pdf), each.slug).toBe(4);
    const [, adviser, client, observer] = texts as [string, string, string, string];
    const advisersOwn = squash(each.adviser.briefing[0]!).slice(0, 50);
    const clientsOwn = squash(each.client.briefing[0]!).slice(0, 50);
    expect(adviser, `${each.slug}: adviser page`).toContain('Briefing voor de adviseur');
    expect(adviser).toContain(advisersOwn);
    expect(adviser, `${each.slug}: the adviser's page shows the client's briefing`).not.toContain(clientsOwn);
    expect(client, `${each.slug}: client page`).toContain('Briefing voor de klant');
    expect(client).toContain(clientsOwn);
    expect(client, `${each.slug}: the client's page shows the adviser's briefing`).not.toContain(advisersOwn);
    expect(observer).toContain('Observatielijst');
    expect(observer).not.toContain(advisersOwn);
    expect(observer).not.toContain(clientsOwn);
    // Each sheet carries the case's title, so the pages can be handed out apart.
    for (const sheet of [adviser, client, observer]) expect(sheet).toContain(squash(each.title));
    for (const text of texts) expect(text).not.toMatch(/Zoeken|Kruimelpad|Over deze site/);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('axe finds no violation on the cases', async ({ page }) => {
  test.setTimeout(90_000);
  const found: string[] = [];
  for (const path of ['/casussen/', `/casussen/${cases[0]!.slug}/`]) {
    await visit(page, path);
    if (path !== '/casussen/') for (const summary of await page.locator('summary').all()) await summary.click();
    const results = await axeAtBothWidths(page);
    found.push(...results.violations.map((violation) => `${path} ${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`));
  }
  expect(found).toEqual([]);
});
