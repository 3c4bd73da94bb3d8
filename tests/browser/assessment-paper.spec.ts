/**
 * The paper version and its scoring key, two sheets: the questionnaire prints statements and
 * answer boxes only (nothing says what a statement measures), the key prints on its own with
 * the leader's meanings and the balance's two sides as areas of their own. Axe and reflow
 * on both pages, in both languages.
 */
import type { Page } from '@playwright/test';
import { contentAssessment, contentAssessments } from '../support/assessments';
import { axeAtBothWidths } from '../support/axe';
import { expect, test } from './fixtures';

const ea = contentAssessment('effectief-adviseren');
const kt = contentAssessment('klantgerichtheid-team');

test.describe.configure({ timeout: 120_000 });

async function axe(page: Page) {
  const results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

/** Counts the calls of window.print (the dialog itself cannot be driven). */
async function countPrints(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { prints: number }).prints = 0;
    window.print = () => {
      (window as unknown as { prints: number }).prints++;
    };
  });
}
const prints = (page: Page) => page.evaluate(() => (window as unknown as { prints: number }).prints);

test('the questionnaire prints statements and boxes only; the key is a sheet of its own with its own print button', async ({ page }) => {
  await countPrints(page);
  await page.goto(`zelfscans/${kt.id}/papier/`);
  const printQuestionnaire = page.getByRole('button', { name: 'Print de vragenlijst' });
  await expect(printQuestionnaire).toBeVisible();
  await printQuestionnaire.click();
  expect(await prints(page)).toBe(1);
  // On screen: where the key is and when to hand it out.
  const keyNote = page.getByRole('region', { name: 'De scoresleutel' });
  await expect(keyNote).toContainText('Geef hem pas uit als de vragenlijst is ingevuld');
  await axe(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.paper__items tbody tr')).toHaveCount(kt.items.length);
  await expect(page.locator('.paper__items').first()).toBeVisible();
  await expect(printQuestionnaire).toBeHidden();
  await expect(keyNote).toBeHidden();
  // Nothing printed says what a statement measures: no dimension names, no reverse marks, no bands.
  const printed = await page.locator('main').innerText();
  for (const dimension of kt.dimensions) expect(printed, dimension.name).not.toContain(dimension.name);
  expect(printed).not.toContain('↺');
  expect(printed).not.toContain(kt.dimensions[0]!.bands[0]!.meaning);

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Naar de scoresleutel' }).click();
  await expect(page).toHaveURL(/\/zelfscans\/klantgerichtheid-team\/papier\/scoresleutel\/$/);
  await expect(page.getByText('Geef dit blad pas uit als de vragenlijst is ingevuld.')).toBeVisible();
  const printKey = page.getByRole('button', { name: 'Print de scoresleutel' });
  await printKey.click();
  expect(await prints(page)).toBe(1);
  await axe(page);

  await page.emulateMedia({ media: 'print' });
  await expect(printKey).toBeHidden();
  await expect(page.getByText('Geef dit blad pas uit als de vragenlijst is ingevuld.')).toBeHidden();
  await expect(page.locator('.paper__items')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Zo reken je je uitkomst uit' })).toBeVisible();
  await expect(page.locator('.paper__dimension h3')).toHaveText(kt.dimensions.map((dimension) => dimension.name));
  // A band with a meaning for the leader prints it too, labelled.
  const withLeader = kt.dimensions.flatMap((dimension) => dimension.bands).filter((band) => band.leaderMeaning);
  expect(withLeader.length).toBeGreaterThan(0);
  const leaderMeanings = page.locator('.paper__leader-meaning');
  await expect(leaderMeanings).toHaveText(withLeader.map((band) => `Voor de leidinggevende: ${band.leaderMeaning}`));
  await expect(leaderMeanings.first()).toBeVisible();
});

test('the English questionnaire and key are separate sheets too', async ({ page }) => {
  const en = contentAssessments('content/en/assessments').find((candidate) => candidate.id === kt.id)!;
  await page.goto('en/self-assessments/team-client-focus/paper/');
  await expect(page.getByRole('button', { name: 'Print the questionnaire' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('main').innerText();
  for (const dimension of en.dimensions) expect(printed, dimension.name).not.toContain(dimension.name);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Go to the scoring key' }).click();
  await expect(page).toHaveURL(/\/en\/self-assessments\/team-client-focus\/paper\/scoring-key\/$/);
  await expect(page.getByRole('button', { name: 'Print the scoring key' })).toBeVisible();
  await expect(page.locator('.paper__leader-meaning').first()).toHaveText(/^For the manager: /);
  await axe(page);
});

test('the key gives each side of a balance as an area of its own, with its statements and bands, and no difference to work out', async ({ page }) => {
  const sides = ea.dimensions.filter((dimension) => dimension.partOf?.id === 'eerste-gesprek');
  expect(sides).toHaveLength(2);
  await page.goto(`zelfscans/${ea.id}/papier/scoresleutel/`);
  await page.emulateMedia({ media: 'print' });
  for (const side of sides) {
    const section = page.locator('.paper__dimension', { has: page.getByRole('heading', { name: side.name, exact: true }) });
    const numbers = ea.items.flatMap((item, index) => (item.dimension === side.id ? [index + 1] : []));
    await expect(section.locator('> p')).toHaveText(`Uitspraken: ${numbers.join(', ')}`);
    await expect(section.locator('.paper__bands th')).toHaveText(['1 tot 3', '3 tot 4', '4 tot en met 5']);
    await expect(section.locator('.paper__bands td strong')).toHaveText(side.bands.map((band) => band.label));
  }
  await expect(page.locator('.paper__key')).not.toContainText(/Verschil:|min Vragen stellen|Klein verschil/);
});
