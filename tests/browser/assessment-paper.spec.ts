/**
 * The paper version and its scoring key, two sheets: the questionnaire prints statements and
 * answer boxes only (nothing says what a statement measures), the key prints on its own with
 * the leader's meanings and the balance's two sides before their difference. Axe and reflow
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

test('the key gives a balance as its two side averages, then the difference, and says 0 is not an exact balance', async ({ page }) => {
  const balance = ea.dimensions.find((dimension) => dimension.kind === 'balance')!;
  const [first, second] = balance.sides!;
  await page.goto(`zelfscans/${ea.id}/papier/scoresleutel/`);
  await page.emulateMedia({ media: 'print' });
  const section = page.locator('.paper__dimension', { has: page.getByRole('heading', { name: balance.name }) });
  const lines = section.locator('> p');
  await expect(lines.nth(0)).toHaveText(new RegExp(`^${first!.name} \\(gemiddelde, van 1 tot 5\\): \\d`));
  await expect(lines.nth(1)).toHaveText(new RegExp(`^${second!.name} \\(gemiddelde, van 1 tot 5\\): \\d`));
  await expect(lines.nth(2)).toHaveText(`Verschil: ${second!.name} min ${first!.name}`);
  // The sentence on the missing zero comes after the difference's bands.
  await expect(section.locator('table + .paper__balance-zero')).toHaveText(/^Een verschil van 0 betekent niet dat beide kanten precies in evenwicht zijn/);
  // Only a balance has it.
  await expect(page.locator('.paper__balance-zero')).toHaveCount(1);
});
