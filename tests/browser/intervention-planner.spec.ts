import type { Locator, Page } from '@playwright/test';
import { axeAtBothWidths } from '../support/axe';
import { expect, test, visitHydrated as visit } from './fixtures';

const PATH = '/hulpmiddelen/interventieplanner/';
const KEY = 'adviesplaybook:intervention-planner';

async function open(page: Page) {
  await visit(page, PATH);
  await expect(page.locator('.intervention-planner[data-ready="true"]')).toBeVisible();
}

const checkbox = (page: Page, name: RegExp) => page.getByRole('checkbox', { name });
const stepsOf = (page: Page, name: string) => page.getByRole('region', { name });

async function axeViolations(page: Page) {
  const results = await axeAtBothWidths(page);
  return results.violations.map((violation) => violation.id);
}

/** Presses Tab until `target` has focus (fails after 80 presses). */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('target never received focus');
}

test('a chosen intervention shows what it needs and which others strengthen it', async ({ page }) => {
  await open(page);
  await expect(page.getByTestId('plan-summary')).toHaveText('Je hebt nog geen interventies gekozen.');

  await checkbox(page, /Training of coaching/).check();
  const training = page.getByTestId('details-training');
  await expect(training).toContainText('Wat is ervoor nodig?');
  await expect(training).toContainText('niet een losse korte cursus');
  await expect(training.getByRole('listitem').filter({ hasText: 'Benoem het gewenste gedrag' })).toContainText('(nog niet gekozen)');
  await expect(page.getByTestId('plan-findings')).toContainText('Een losse training blijft zelden hangen');

  await checkbox(page, /Benoem het gewenste gedrag/).check();
  await expect(page.getByTestId('plan-summary')).toHaveText('Je koos 2 interventies. Ze versterken elkaar direct.');
  await expect(training.getByRole('listitem').filter({ hasText: 'Benoem het gewenste gedrag' })).toContainText('(gekozen)');
  await expect(page.getByTestId('details-gedrag')).toContainText('Wordt versterkt door');
  await checkbox(page, /Maak koppels/).check();
  await expect(page.getByTestId('plan-summary')).toHaveText('Je koos 3 interventies. In 3 van de 3 mogelijke paren versterken de interventies elkaar direct.');
  await expect(page.getByTestId('plan-findings')).not.toContainText('beklijft zelden');
  await expect(page.getByTestId('plan-findings')).toContainText('“Maak koppels van collega’s” heeft nog geen stap.');
});

test('steps with an owner and a date survive a reload; unticking keeps them', async ({ page }) => {
  await open(page);
  await page.getByLabel('Titel van het plan').fill('Stafteam Financiën');
  await page.getByLabel('Waartoe? Wat moet de klant merken?').fill('Interne klanten krijgen een advies dat past');
  await checkbox(page, /Benoem het gewenste gedrag/).check();
  const behaviour = stepsOf(page, '1. Benoem het gewenste gedrag');
  await behaviour.getByRole('button', { name: /Stap toevoegen/ }).click();
  const step = behaviour.getByRole('group', { name: 'Stap 1' });
  await step.getByLabel('Wat gebeurt er?').fill('Drie gedragingen opschrijven');
  await step.getByLabel('Eigenaar').fill('Sanne de Vries');
  await step.getByLabel('Klaar op').fill('2027-02-15');

  await page.reload();
  await expect(page.locator('.intervention-planner[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Titel van het plan')).toHaveValue('Stafteam Financiën');
  const reloaded = stepsOf(page, '1. Benoem het gewenste gedrag').getByRole('group', { name: 'Stap 1' });
  await expect(reloaded.getByLabel('Wat gebeurt er?')).toHaveValue('Drie gedragingen opschrijven');
  await expect(reloaded.getByLabel('Eigenaar')).toHaveValue('Sanne de Vries');
  await expect(reloaded.getByLabel('Klaar op')).toHaveValue('2027-02-15');

  await checkbox(page, /Benoem het gewenste gedrag/).uncheck();
  await expect(page.getByText('1 stap bewaard.')).toBeVisible();
  await checkbox(page, /Benoem het gewenste gedrag/).check();
  await expect(stepsOf(page, '1. Benoem het gewenste gedrag').getByLabel('Eigenaar')).toHaveValue('Sanne de Vries');
});

test('a step is added and filled in with the keyboard only', async ({ page }) => {
  await open(page);
  const behaviour = checkbox(page, /Benoem het gewenste gedrag/);
  await tabTo(page, behaviour);
  await page.keyboard.press('Space');
  await expect(behaviour).toBeChecked();
  const add = page.getByRole('button', { name: 'Stap toevoegen bij “Benoem het gewenste gedrag”' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  const step = stepsOf(page, '1. Benoem het gewenste gedrag').getByRole('group', { name: 'Stap 1' });
  await expect(step.getByLabel('Wat gebeurt er?')).toBeFocused();
  await page.keyboard.type('Gedrag bespreken in het teamoverleg');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ahmed');
  await page.keyboard.press('Tab');
  await expect(step.getByLabel('Klaar op')).toBeFocused();
  // Day and month are equal, so the field's segment order (which follows the browser's locale) does not matter.
  await page.keyboard.type('03032027');
  await expect(step.getByLabel('Wat gebeurt er?')).toHaveValue('Gedrag bespreken in het teamoverleg');
  await expect(step.getByLabel('Eigenaar')).toHaveValue('Ahmed');
  await expect(step.getByLabel('Klaar op')).toHaveValue('2027-03-03');

  // Removing the step returns focus to the add button.
  await tabTo(page, step.getByRole('button', { name: /Verwijder stap/ }));
  await page.keyboard.press('Enter');
  await expect(add).toBeFocused();
  await expect(page.getByRole('group', { name: 'Stap 1' })).toHaveCount(0);
});

test('print shows the plan with steps in date order, without navigation; axe is clean', async ({ page }) => {
  await open(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Titel van het plan').fill('Klantgericht adviseren');
  await checkbox(page, /Benoem het gewenste gedrag/).check();
  await checkbox(page, /Het management geeft het voorbeeld/).check();
  const behaviour = stepsOf(page, '1. Benoem het gewenste gedrag');
  for (const [what, owner, due] of [
    ['Later', 'Kim', '2027-04-01'],
    ['Eerder', 'Ahmed', '2027-01-10'],
  ]) {
    await behaviour.getByRole('button', { name: /Stap toevoegen/ }).click();
    const step = behaviour.getByRole('group').last();
    await step.getByLabel('Wat gebeurt er?').fill(what!);
    await step.getByLabel('Eigenaar').fill(owner!);
    await step.getByLabel('Klaar op').fill(due!);
  }
  await stepsOf(page, '5. Het management geeft het voorbeeld').getByRole('button', { name: /Stap toevoegen/ }).click();
  await page.getByRole('button', { name: 'Nieuw plan' }).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Annuleer' }).click();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#site-nav')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print het plan' })).toBeHidden();
  await expect(page.getByLabel('Titel van het plan')).toBeHidden();
  const printed = page.getByTestId('printed-plan');
  await expect(printed).toBeVisible();
  await expect(printed.getByRole('heading', { level: 2 })).toHaveText('Klantgericht adviseren');
  const rows = printed.locator('section').first().locator('tbody tr');
  await expect(rows).toHaveText([/Eerder\s*Ahmed\s*10 januari 2027/, /Later\s*Kim\s*1 april 2027/]);
  await expect(printed.locator('section').nth(1)).toContainText('nog niet beschreven');
});

test('a new plan starts only after an inline confirmation', async ({ page }) => {
  await open(page);
  await page.getByLabel('Titel van het plan').fill('Weg ermee');
  await page.getByRole('button', { name: 'Nieuw plan' }).click();
  await expect(page.getByRole('group', { name: /Weet je het zeker/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuleer' })).toBeFocused();
  await page.getByRole('button', { name: 'Annuleer' }).click();
  await expect(page.getByLabel('Titel van het plan')).toHaveValue('Weg ermee');
  await expect(page.getByRole('button', { name: 'Nieuw plan' })).toBeFocused();

  await page.getByRole('button', { name: 'Nieuw plan' }).click();
  await page.getByRole('button', { name: 'Ja, wis het en begin opnieuw' }).click();
  await expect(page.getByLabel('Titel van het plan')).toHaveValue('');
  await expect(page.getByLabel('Titel van het plan')).toBeFocused();
  await page.reload();
  await expect(page.locator('.intervention-planner[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Titel van het plan')).toHaveValue('');
});

test('damaged stored data is set aside with a message, not lost', async ({ page }) => {
  // The tool reads storage once it hydrates: plant the damage only after that, or the first
  // load sets it aside already and the reload finds nothing to report.
  await visit(page, PATH);
  await expect(page.locator('.intervention-planner[data-ready="true"]')).toBeVisible();
  await page.evaluate((key) => localStorage.setItem(key, '{"schema":1,"chosen":["heksenjacht"]'), KEY);
  await page.reload();
  await expect(page.locator('.intervention-planner[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'beschadigd' })).toContainText('apart gezet');
  const kept = await page.evaluate((key) => Object.keys(localStorage).filter((name) => name.startsWith(`${key}:beschadigd:`)).map((name) => localStorage.getItem(name)), KEY);
  expect(kept).toEqual(['{"schema":1,"chosen":["heksenjacht"]']);
});
