import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { axeAtBothWidths } from '../support/axe';
import { pdfPageTexts } from '../support/pdf';
import { expect, test, visit } from './fixtures';

interface CourseFile {
  title: string;
  sessions: { title: string; minutes: number; agenda: { minutes: number }[] }[];
}
const course = yaml.load(readFileSync('content/course/leertraject.yaml', 'utf8')) as CourseFile;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the home page’s “Een sessie leiden” and the trainers’ page lead to the course', async ({ page }) => {
  await visit(page, '/');
  const card = page.locator('.audience', { has: page.getByRole('heading', { name: 'Een sessie leiden' }) });
  await card.getByRole('link', { name: course.title }).click();
  await expect(page).toHaveURL(/\/trainers\/leertraject\/$/);
  await visit(page, '/trainers/');
  await expect(page.getByRole('link', { name: course.title })).toHaveAttribute('href', '/trainers/leertraject/');
  await expect(page.getByRole('link', { name: 'Oefencasussen' })).toHaveAttribute('href', '/casussen/');
  await expect(page.getByRole('link', { name: 'Werkbladen' })).toHaveAttribute('href', '/werkbladen/');
});

test('every session has a goal, preparation, what it uses, a timed agenda that adds up, and homework', async ({ page }) => {
  test.setTimeout(90_000);
  await visit(page, '/trainers/leertraject/');
  expect(course.sessions.length).toBeGreaterThanOrEqual(4);
  expect(course.sessions.length).toBeLessThanOrEqual(6);
  for (const [index, session] of course.sessions.entries()) {
    const section = page.getByRole('region', { name: `Sessie ${index + 1} ${session.title}` });
    await expect(section).toBeVisible();
    for (const heading of ['Doel', 'Voorbereiding', 'Je gebruikt', 'Programma', 'Opdracht voor het werk tot de volgende sessie']) {
      await expect(section.getByRole('heading', { level: 3, name: heading, exact: true })).toBeVisible();
    }
    const minutes = (await section.locator('tbody td.course__minutes').allTextContents()).map(Number);
    expect(minutes.reduce((a, b) => a + b, 0), session.title).toBe(session.minutes);
    await expect(section.locator('tfoot td.course__minutes')).toHaveText(String(session.minutes));
    // The clock runs from 0:00 to the end of the session.
    const clocks = await section.locator('td.course__clock').allTextContents();
    expect(clocks[0]).toMatch(/^0:00–/);
    expect(clocks.at(-1)).toMatch(new RegExp(`–${Math.floor(session.minutes / 60)}:${String(session.minutes % 60).padStart(2, '0')}$`));
    expect(await section.locator('.course__uses a').count()).toBeGreaterThan(0);
  }
});

test('printed, every session starts on a new page', async ({ page }) => {
  await visit(page, '/trainers/leertraject/');
  await page.emulateMedia({ media: 'print' });
  const texts = pdfPageTexts(await page.pdf({ format: 'A4', preferCSSPageSize: true })).map(squash);
  expect(texts.length).toBeGreaterThanOrEqual(course.sessions.length + 1);
  course.sessions.forEach((session, index) => {
    // The session's label and title open a page of their own (page 1 is the introduction).
    const label = `sessie ${index + 1} ${squash(session.title)}`.toLowerCase();
    const first = texts.findIndex((text) => text.toLowerCase().startsWith(label));
    expect(first, session.title).toBeGreaterThan(0);
  });
  for (const text of texts) expect(text).not.toMatch(/Kruimelpad|Over deze site/);
});

test('axe finds no violation on the course page', async ({ page }) => {
  test.setTimeout(120_000);
  await visit(page, '/trainers/leertraject/');
  const results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => `${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
});
