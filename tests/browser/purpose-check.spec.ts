import type { Page } from '@playwright/test';
import { axeAtBothWidths } from '../support/axe';
import { tabTo } from './assessment-helpers';
import { blockStorage, expect, test, visitHydrated as visit } from './fixtures';

const PATH = '/hulpmiddelen/waartoe-check/';
const KEY = 'adviesplaybook:purpose-check';

interface Step {
  /** Text for the question's text field, if it has one. */
  text?: string;
  /** The option to choose, counted from 0 in screen order. */
  option: number;
}

async function open(page: Page) {
  await visit(page, PATH);
  await page.locator('.purpose-check').scrollIntoViewIfNeeded();
  await expect(page.locator('.purpose-check[data-ready="true"]')).toBeVisible();
}

async function expectAxeClean(page: Page) {
  const results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

/**
 * Answers questions with the keyboard only: Tab to the text field and type, Tab into the
 * radio group, Space and arrow keys to the option, Enter to go on.
 */
async function answerWithKeyboard(page: Page, steps: Step[], from = 0) {
  for (const [offset, step] of steps.entries()) {
    const number = from + offset + 1;
    const heading = page.getByRole('heading', { name: `Vraag ${number} van 6` });
    if (number === 1 && from === 0) await expect(heading).toBeVisible();
    else await expect(heading).toBeFocused();
    const textField = page.locator('.purpose-check-question textarea');
    if ((await textField.count()) > 0) {
      // The first time, Tab goes through the site's navigation first.
      await tabTo(page, textField, number === 1 && from === 0 ? 150 : 5);
      if (step.text) await page.keyboard.type(step.text);
    }
    await tabTo(page, page.locator('.purpose-check-question input[type="radio"]').first(), 5);
    await page.keyboard.press('Space');
    for (let index = 0; index < step.option; index++) await page.keyboard.press('ArrowDown');
    await expect(page.locator('.purpose-check-question input[type="radio"]').nth(step.option)).toBeChecked();
    await page.keyboard.press('Enter');
  }
}

const READY: Step[] = [
  { text: 'Foutmeldingen van 10% naar 5%', option: 0 },
  { text: 'Ze hoeven minder vaak terug te bellen', option: 0 },
  { option: 3 },
  { option: 0 },
  { option: 0 },
  { option: 0 },
];

const NOT_READY: Step[] = [
  { text: 'Klantgerichter werken', option: 2 },
  { option: 2 },
  { option: 0 },
  { option: 2 },
  { option: 2 },
  { option: 1 },
];

test('keyboard only: a clear, shared goal gives "a training can help", with the answers in the summary', async ({ page }) => {
  await open(page);
  await answerWithKeyboard(page, READY);
  await expect(page.getByRole('heading', { name: 'Je uitkomst' })).toBeFocused();
  await expect(page.getByTestId('waartoe-verdict')).toHaveText('Een training kan helpen, als onderdeel van meer');
  const summary = page.getByTestId('waartoe-summary');
  await expect(summary).toContainText('Op alle zes de vragen gaf je het antwoord waar het hoofdstuk om vraagt.');
  await expect(summary).toContainText('Foutmeldingen van 10% naar 5%');
  await expect(summary).toContainText('Ze hoeven minder vaak terug te bellen');
  await expect(summary).toContainText('Het team vroeg er zelf om');
  await expect(summary.getByRole('link', { name: 'Hulpmiddel: de interventieplanner' })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Het waartoe-gesprek/ })).toBeVisible();
});

test('keyboard only: a vague goal from the top gives "order no training yet", with every reason', async ({ page }) => {
  await open(page);
  await answerWithKeyboard(page, NOT_READY);
  await expect(page.getByRole('heading', { name: 'Je uitkomst' })).toBeFocused();
  await expect(page.getByTestId('waartoe-verdict')).toHaveText('Bestel nog geen training');
  const reasons = page.locator('.purpose-check-summary__reasons li');
  await expect(reasons).toHaveCount(6);
  await expect(reasons.first()).toContainText('“Klantgerichter werken” is een wens, geen resultaat.');
  await expect(page.getByTestId('waartoe-summary')).toContainText('Voer het waartoe-gesprek');
  await expect(page.locator('.purpose-check-summary__own').nth(1)).toHaveText('Niets ingevuld.');
  await expectAxeClean(page);

  // Every link in the summary reaches a page, and its #anchor exists there.
  const hrefs = await page.locator('.purpose-check-summary__links a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) {
    const url = new URL(href);
    const response = await page.request.get(url.pathname);
    expect(response.status(), href).toBe(200);
    if (url.hash) expect(await response.text(), href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
  }
});

test('going on without an answer says what is missing and moves focus there; axe is clean on a question', async ({ page }) => {
  await open(page);
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Volgende vraag' }).click();
  await expect(page.getByRole('alert')).toContainText('Schrijf in een paar woorden op welk resultaat je wilt.');
  await expect(page.getByLabel('Welk resultaat wil je bereiken?')).toBeFocused();
  await page.getByLabel('Welk resultaat wil je bereiken?').fill('NPS 8 punten hoger');
  await page.getByRole('button', { name: 'Volgende vraag' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kies een antwoord.');
  await expect(page.getByRole('radio', { name: 'Ja, en ik weet waar we nu staan' })).toBeFocused();
  await expectAxeClean(page);
  await page.getByRole('radio', { name: 'Ja, en ik weet waar we nu staan' }).check();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Volgende vraag' }).click();
  await expect(page.getByRole('heading', { name: 'Vraag 2 van 6' })).toBeFocused();
  await page.getByRole('button', { name: 'Vorige vraag' }).click();
  await expect(page.getByLabel('Welk resultaat wil je bereiken?')).toHaveValue('NPS 8 punten hoger');
});

test('a reload resumes where the manager was; "Opnieuw" asks first, then clears', async ({ page }) => {
  await open(page);
  await answerWithKeyboard(page, READY.slice(0, 2));
  await expect(page.getByRole('heading', { name: 'Vraag 3 van 6' })).toBeFocused();
  await page.reload();
  await page.locator('.purpose-check').scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: 'Vraag 3 van 6' })).toBeVisible();
  await expect(page.getByText('Je gaat verder waar je was gebleven.')).toBeVisible();
  await page.getByRole('button', { name: 'Vorige vraag' }).click();
  await expect(page.getByLabel('Wat merken je klanten ervan als je dat resultaat haalt?')).toHaveValue('Ze hoeven minder vaak terug te bellen');
  await expect(page.getByRole('radio', { name: 'Goed: ik kan beschrijven wat ze merken' })).toBeChecked();
  await page.getByRole('button', { name: 'Volgende vraag' }).click();
  for (const name of ['Ik, alleen', 'Ja, naar allebei', 'Ja, en ze kunnen het in hun eigen woorden navertellen', 'Als iets van ons samen: ze willen het doel ook halen']) {
    await page.getByRole('radio', { name }).check();
    await page.getByRole('button', { name: /Volgende vraag|Bekijk de uitkomst/ }).click();
  }
  await expect(page.getByTestId('waartoe-verdict')).toHaveText('Eerst samen het doel scherp maken');
  await expect(page.getByTestId('waartoe-summary')).toContainText('Het team heeft de training niet mee bedacht.');

  await page.reload();
  await page.locator('.purpose-check').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('waartoe-verdict')).toHaveText('Eerst samen het doel scherp maken');

  await page.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(page.getByText('Al je antwoorden worden van dit apparaat gewist. Weet je het zeker?')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuleer' })).toBeFocused();
  await page.getByRole('button', { name: 'Annuleer' }).click();
  await expect(page.getByTestId('waartoe-verdict')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('Foutmeldingen');
  await page.getByRole('button', { name: 'Opnieuw' }).click();
  await page.getByRole('button', { name: 'Ja, begin opnieuw' }).click();
  await expect(page.getByRole('heading', { name: 'Vraag 1 van 6' })).toBeFocused();
  await expect(page.getByLabel('Welk resultaat wil je bereiken?')).toHaveValue('');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('damaged saved answers are set aside with a message, not overwritten', async ({ page }) => {
  // Another page of the site, so no check is running while the damage is planted.
  await visit(page, '/');
  await page.evaluate((key) => localStorage.setItem(key, '{kapot'), KEY);
  await open(page);
  await expect(page.getByText('Je bewaarde antwoorden waren beschadigd.')).toBeVisible();
  const backups = await page.evaluate((key) => Object.keys(localStorage).filter((name) => name.startsWith(`${key}:beschadigd:`)), KEY);
  expect(backups).toHaveLength(1);
  expect(await page.evaluate((name) => localStorage.getItem(name), backups[0]!)).toBe('{kapot');
});

test('print shows the summary without navigation or buttons; axe is clean on the verdict', async ({ page }) => {
  await open(page);
  await answerWithKeyboard(page, READY);
  await expect(page.getByTestId('waartoe-verdict')).toBeVisible();
  await expectAxeClean(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#site-nav')).toBeHidden();
  await expect(page.getByTestId('waartoe-verdict')).toBeVisible();
  await expect(page.getByTestId('waartoe-summary')).toContainText('Foutmeldingen van 10% naar 5%');
  await expect(page.getByRole('button', { name: 'Print de uitkomst' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Opnieuw' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Waarom deze check?' })).toBeHidden();
});

test.describe('with storage blocked', () => {
  test('the check can still be done, and says it cannot keep the answers', async ({ page }) => {
    await blockStorage(page);
    await open(page);
    await expect(page.getByText(/staat niet toe dat we je antwoorden op dit apparaat bewaren/)).toBeVisible();
    await answerWithKeyboard(page, READY);
    await expect(page.getByTestId('waartoe-verdict')).toHaveText('Een training kan helpen, als onderdeel van meer');
  });
});
