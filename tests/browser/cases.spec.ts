import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { axeAtBothWidths } from '../support/axe';
import { pdfPageCount, pdfPageTexts } from '../support/pdf';
import { expect, test, visit } from './fixtures';

interface CaseFile {
  slug: string;
  title: string;
  discipline: string;
  situation: string;
  chapter: string;
  adviser: { goal: string; briefing: string[] };
  client: { briefing: string[]; play: string[] };
  observer: string[];
  reserve?: true;
}
const casesIn = (folder: string) => readdirSync(folder).map((name) => yaml.load(readFileSync(`${folder}/${name}`, 'utf8')) as CaseFile);
const cases = casesIn('content/cases');
const englishCases = casesIn('content/en/cases');
/** The cases the index shows: a reserve case waits, unseen, for the day a guest cancels. */
const listed = cases.filter((each) => !each.reserve);
const DISCIPLINES = { hr: 'HR', financien: 'Financiën', ict: 'IT', juridisch: 'Juridische zaken', informatiemanagement: 'Informatiemanagement' };
const SITUATIONS = { 'eerste-gesprek': 'Eerste gesprek', 'positie-nemen': 'Positie nemen', 'waartoe-gesprek': 'Waartoe-gesprek', 'werk-overdragen': 'Werk overdragen' };
const CHAPTERS = {
  'eerste-gesprek': '/rol/eerste-gesprek/',
  'positie-nemen': '/rol/positie-nemen/',
  'waartoe-gesprek': '/veranderen/waartoe-gesprek/',
  'werk-overdragen': '/rol/uitvoerend-werk-overdragen/',
};
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('every discipline has a case for every situation the course practises, in both languages, tied to its chapter', () => {
  for (const [language, list] of [['nl', cases], ['en', englishCases]] as const) {
    for (const discipline of Object.keys(DISCIPLINES)) {
      for (const situation of Object.keys(SITUATIONS)) {
        const found = list.filter((each) => each.discipline === discipline && each.situation === situation);
        expect(found.length, `${language}: ${discipline} × ${situation}`).toBeGreaterThanOrEqual(1);
      }
    }
  }
  for (const each of cases) expect(each.chapter, each.slug).toBe(CHAPTERS[each.situation as keyof typeof CHAPTERS]);
});

test('the cases page opens with a table of discipline × conversation, each cell linking its cases', async ({ page }) => {
  await visit(page, '/casussen/');
  const table = page.getByRole('table', { name: 'Casussen per vak (rijen) en per gesprek (kolommen)' });
  await expect(table.getByRole('columnheader')).toHaveText(['Vak', ...Object.values(SITUATIONS)]);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(Object.keys(DISCIPLINES).length);
  for (const [row, [discipline, label]] of Object.entries(DISCIPLINES).entries()) {
    await expect(rows.nth(row).getByRole('rowheader')).toHaveText(label);
    for (const [column, situation] of Object.keys(SITUATIONS).entries()) {
      const cell = rows.nth(row).getByRole('cell').nth(column);
      const expected = listed.filter((each) => each.discipline === discipline && each.situation === situation);
      await expect(cell.getByRole('link')).toHaveCount(expected.length);
      for (const each of expected) await expect(cell.getByRole('link', { name: each.title, exact: true })).toHaveAttribute('href', `/casussen/${each.slug}/`);
    }
  }
});

test('the cases page lists every case under its discipline and under its chapter', async ({ page }) => {
  await visit(page, '/casussen/');
  await expect(page.getByText('Dit is een verzonnen oefensituatie.')).toBeVisible();
  for (const [id, label] of Object.entries(DISCIPLINES)) {
    const group = page.locator('section', { has: page.locator(`#vakgebied-${id}`) });
    await expect(group.getByRole('heading', { level: 3 })).toContainText(label);
    for (const each of listed.filter((item) => item.discipline === id)) {
      await expect(group.getByRole('link', { name: each.title, exact: true })).toHaveAttribute('href', `/casussen/${each.slug}/`);
    }
  }
  const byChapter = page.locator('section', { has: page.getByRole('heading', { level: 3, name: 'Het eerste gesprek met een klant', exact: true }) });
  for (const each of listed.filter((item) => item.chapter === '/rol/eerste-gesprek/')) await expect(byChapter.getByRole('link', { name: each.title, exact: true })).toBeVisible();
});

test('a reserve case has its page but stays off the cases page and out of every role play’s case table', async ({ page }) => {
  const reserves = cases.filter((each) => each.reserve);
  expect(reserves.length).toBeGreaterThan(0);
  await visit(page, '/casussen/');
  for (const each of reserves) await expect(page.locator(`a[href="/casussen/${each.slug}/"]`)).toHaveCount(0);
  await visit(page, '/trainers/drie-dagdelen/');
  for (const each of reserves) await expect(page.locator(`table.course__cases a[href="/casussen/${each.slug}/"]`)).toHaveCount(0);
  for (const each of reserves) {
    await visit(page, `/casussen/${each.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(each.title);
  }
});

test('on screen each briefing stays folded until its player opens it', async ({ page }) => {
  const each = cases[0]!;
  await visit(page, `/casussen/${each.slug}/`);
  await expect(page.getByText('Oefencasus', { exact: true })).toBeVisible();
  const client = page.getByText(each.client.briefing[0]!.slice(0, 40));
  const adviser = page.getByText(each.adviser.briefing[0]!.slice(0, 40));
  await expect(client).toBeHidden();
  await expect(adviser).toBeHidden();
  await page.locator('summary', { hasText: 'Rolkaart voor de adviseur' }).click();
  await expect(adviser).toBeVisible();
  await expect(client).toBeHidden();
  // The observer's checklist is open: every point, with room for what was seen.
  for (const point of each.observer) await expect(page.getByRole('cell', { name: point, exact: true })).toBeVisible();
});

test('printed, the adviser, the client and the observer each get their own page', async ({ page }) => {
  test.setTimeout(240_000);
  for (const each of cases) {
    await visit(page, `/casussen/${each.slug}/`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const texts = pdfPageTexts(pdf).map(squash);
    expect(pdfPageCount(pdf), each.slug).toBe(4);
    const [, adviser, client, observer] = texts as [string, string, string, string];
    const advisersOwn = squash(each.adviser.briefing[0]!).slice(0, 50);
    const clientsOwn = squash(each.client.briefing[0]!).slice(0, 50);
    expect(adviser, `${each.slug}: adviser page`).toContain('Rolkaart voor de adviseur');
    expect(adviser).toContain(advisersOwn);
    expect(adviser, `${each.slug}: the adviser's page shows the client's briefing`).not.toContain(clientsOwn);
    expect(client, `${each.slug}: client page`).toContain('Rolkaart voor de klant');
    expect(client).toContain(clientsOwn);
    expect(client, `${each.slug}: the client's page shows the adviser's briefing`).not.toContain(advisersOwn);
    expect(observer).toContain('Waarnemerslijst');
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
  for (const path of ['/casussen/', `/casussen/${cases[0]!.slug}/`, '/en/cases/']) {
    await visit(page, path);
    if (!path.endsWith('/casussen/') && !path.endsWith('/cases/')) for (const summary of await page.locator('summary').all()) await summary.click();
    const results = await axeAtBothWidths(page);
    found.push(...results.violations.map((violation) => `${path} ${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`));
  }
  expect(found).toEqual([]);
});
