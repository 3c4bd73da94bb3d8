import type { Page } from '@playwright/test';
import { freshContext } from '../support/chromium';
import { axeAtBothWidths } from '../support/axe';
import { blockStorage, expect, test, visitHydrated as visit } from './fixtures';

const PATH = '/hulpmiddelen/feedbackformulier/';
const SUBJECT = 'Advies over het verzuim op de afdeling Wijkzaken';

async function open(page: Page, path = PATH) {
  await visit(page, path);
  await expect(page.locator('.feedback-form[data-ready="true"]')).toBeVisible();
}

async function expectAxeClean(page: Page) {
  const results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

/** The adviser's part: subject, name, one own question and the three standard ones. Returns the client link. */
async function prepareRequest(page: Page): Promise<string> {
  await open(page);
  await page.getByLabel('Waar ging je advies over?').fill(SUBJECT);
  await page.getByLabel('Je voornaam of de naam van je team (mag leeg blijven)').fill('Anna');
  await page.getByRole('button', { name: 'Voeg toe: Past het advies bij je vraag?' }).click();
  await expect(page.getByRole('textbox', { name: 'Eigen vraag 1' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Eigen vraag 1' })).toHaveValue('Past het advies bij je vraag?');
  // Three standard questions, as the tip in the source names them; no "waar letten we op".
  await expect(page.getByRole('checkbox', { name: /^Stel de vraag/ })).toHaveCount(2);
  await expect(page.getByLabel('Stel de vraag “Waar letten we op”')).toHaveCount(0);
  await page.getByLabel('Tekst van de vraag “Het gevoel”').fill('Welk gevoel geven deze adviseurs je?');
  await page.getByRole('button', { name: 'Maak de link voor je klant' }).click();
  await expect(page.getByRole('heading', { name: 'De link voor je klant' })).toBeFocused();
  await page.getByRole('button', { name: 'Kopieer de link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De link is gekopieerd.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/hulpmiddelen\/feedbackformulier\/#verzoek=FBV1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  expect(await page.getByTestId('request-link').inputValue()).toBe(link);
  return link;
}

test('the full round trip: adviser asks, client answers on another device, adviser reads', async ({ page, baseURL }) => {
  // Two browsers and four accessibility scans: more than the default time on a busy machine.
  test.slow();
  const link = await prepareRequest(page);
  await expectAxeClean(page);

  const clientContext = await freshContext({ baseURL, locale: 'nl-NL', permissions: ['clipboard-read', 'clipboard-write'] });
  let code: string;
  try {
    const client = clientContext.pages()[0] ?? (await clientContext.newPage());
    await client.goto(link);
    await expect(client.getByRole('heading', { name: 'Anna vraagt je om feedback' })).toBeVisible();
    await expect(client.getByText(SUBJECT)).toBeVisible();
    await expect(client.getByText('Wees gerust kritisch')).toBeVisible();
    // Own question first, the feeling last; the question the form no longer offers is not there.
    const questions = client.locator('.feedback-form__answer');
    await expect(questions).toHaveCount(4);
    await expect(questions.nth(0)).toContainText('Past het advies bij je vraag?');
    await expect(questions.nth(3)).toContainText('Welk gevoel geven deze adviseurs je?');
    await expect(client.locator('.feedback-form').getByText('Waar moeten we op letten')).toHaveCount(0);
    await expect(client.getByRole('radio', { name: 'Feedback vragen aan je klant' })).toHaveCount(0);
    await expectAxeClean(client);

    // Nothing filled in: a message, and no code.
    await client.getByRole('button', { name: 'Maak mijn antwoordcode' }).click();
    await expect(client.getByRole('alert')).toHaveText('Je hebt nog niets ingevuld. Beantwoord minstens één vraag.');

    await client.getByLabel('Past het advies bij je vraag?').fill('Grotendeels. Ik had meer willen horen over de teamleiders.');
    await client.getByLabel('Wat deden de adviseurs goed?').fill('Goed geluisterd.\nEerlijk over wat nog niet bekend is. 👍 Één ding: <b>vet</b>');
    await client.getByRole('radio', { name: 'Gemengd: ik twijfel nog' }).check();
    await client.getByLabel('In je eigen woorden').fill('Prettig, maar ik weet nog niet wat HR zelf gaat doen.');
    await client.getByLabel('Je naam (mag leeg blijven)').fill('Jan de Vries');
    await client.getByRole('button', { name: 'Maak mijn antwoordcode' }).click();
    await expect(client.getByRole('heading', { name: 'Je antwoordcode' })).toBeFocused();
    code = await client.getByTestId('answer-code').inputValue();
    expect(code).toMatch(/^FBA1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    await client.getByRole('button', { name: 'Kopieer de code' }).click();
    expect(await client.evaluate(() => navigator.clipboard.readText())).toBe(code);

    const mail = await client.getByRole('link', { name: 'Mail naar je adviseur' }).getAttribute('href');
    expect(mail).toMatch(/^mailto:\?subject=/);
    const body = new URLSearchParams(mail!.slice('mailto:?'.length)).get('body')!;
    expect(body).toContain(`#antwoord=${code}`);
    expect(body).toMatch(/^Hallo Anna,/);
    await expectAxeClean(client);
    // The client's device keeps nothing.
    expect(await client.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('adviesplaybook:feedback')))).toEqual([]);
  } finally {
    await clientContext.close();
  }

  await page.getByRole('radio', { name: 'Antwoorden van je klant lezen' }).check();
  await page.getByLabel('Plak de antwoordcode van je klant').fill(`Hallo Anna,\n\nHier is mijn code:\n${code.replace(/(.{70})/g, '$1\n')}\n\nGroet, Jan`);
  await page.getByRole('button', { name: 'Toon de antwoorden' }).click();
  const answers = page.getByTestId('answers');
  await expect(page.getByRole('heading', { name: 'Feedback van je klant' })).toBeFocused();
  await expect(answers).toContainText(SUBJECT);
  await expect(answers).toContainText('Jan de Vries');
  const items = answers.locator('.feedback-form-answers__item');
  await expect(items).toHaveCount(4);
  await expect(items.nth(0).getByRole('heading')).toHaveText('Past het advies bij je vraag?');
  await expect(items.nth(0)).toContainText('Ik had meer willen horen over de teamleiders.');
  // Decoded text is shown as text, line breaks kept, markup not interpreted.
  await expect(items.nth(1).locator('.feedback-form-answers__text')).toHaveText('Goed geluisterd.\nEerlijk over wat nog niet bekend is. 👍 Één ding: <b>vet</b>');
  await expect(items.nth(1).locator('b')).toHaveCount(0);
  await expect(items.nth(2)).toContainText('Niet beantwoord.');
  await expect(items.nth(3)).toContainText('Keuze: Gemengd: ik twijfel nog');
  await expect(items.nth(3)).toContainText('Prettig, maar ik weet nog niet wat HR zelf gaat doen.');
  await expect(answers).toContainText('Je klant noemde niets wat beter kan.');
  await expectAxeClean(page);

  await page.getByRole('button', { name: 'Bewaar op dit apparaat' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De feedback is bewaard op dit apparaat.' })).toBeVisible();
  await page.reload();
  // The browser keeps the scroll position; the island wakes up when it is in view.
  await page.locator('.feedback-form').scrollIntoViewIfNeeded();
  await expect(page.locator('.feedback-form[data-ready="true"]')).toBeVisible();
  await page.getByRole('radio', { name: 'Antwoorden van je klant lezen' }).check();
  const inbox = page.getByRole('region', { name: 'Bewaarde feedback op dit apparaat' });
  await expect(inbox.getByRole('listitem')).toHaveCount(1);
  await inbox.getByRole('button', { name: /^Bekijk feedback over/ }).click();
  await expect(page.getByRole('heading', { name: 'Feedback van je klant' })).toBeFocused();
  await expect(page.getByTestId('answers')).toContainText('Jan de Vries');
  await inbox.getByRole('button', { name: 'Verwijder alles' }).click();
  await inbox.getByRole('button', { name: 'Ja, verwijder alles' }).click();
  await expect(inbox).toContainText('Je hebt nog geen feedback bewaard.');
});

test('a link with the answer code opens the answers straight away', async ({ page }) => {
  const link = await prepareRequest(page);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Anna vraagt je om feedback' })).toBeVisible();
  await page.getByLabel('Wat deden de adviseurs goed?').fill('Heldere taal.');
  await page.getByRole('button', { name: 'Maak mijn antwoordcode' }).click();
  const code = await page.getByTestId('answer-code').inputValue();
  await page.goto(`${PATH.slice(1)}#antwoord=${code}`);
  await expect(page.getByTestId('answers')).toContainText('Heldere taal.');
  await expect(page.getByRole('radio', { name: 'Antwoorden van je klant lezen' })).toBeChecked();
});

test('a tampered code, a request code and a foreign code each get a clear message; saved feedback stays', async ({ page }) => {
  const link = await prepareRequest(page);
  const requestCode = new URL(link).hash.replace('#verzoek=', '');
  await page.goto(link);
  await page.getByLabel('Wat kan de volgende keer beter?').fill('Korter.');
  await page.getByRole('button', { name: 'Maak mijn antwoordcode' }).click();
  const code = await page.getByTestId('answer-code').inputValue();

  await open(page);
  await page.getByRole('radio', { name: 'Antwoorden van je klant lezen' }).check();
  const box = page.getByLabel('Plak de antwoordcode van je klant');
  await box.fill(code);
  await page.getByRole('button', { name: 'Toon de antwoorden' }).click();
  await page.getByRole('button', { name: 'Bewaar op dit apparaat' }).click();
  const saved = await page.evaluate(() => localStorage.getItem('adviesplaybook:feedback-form'));
  expect(saved).toContain('Korter.');

  const middle = Math.floor(code.length / 2);
  const tampered = code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
  const cases: [string, string][] = [
    [tampered, 'Deze code klopt niet: er is een teken veranderd, weggevallen of bijgekomen.'],
    [code.slice(0, -4), 'Deze code is niet compleet'],
    [requestCode, 'Dit is de link of code van je verzoek, niet de antwoordcode.'],
    ['EA1-3KQ8-D0ZM-7T-X4', 'Dit is een resultaatcode van een zelfscan'],
    ['hallo', 'In deze tekst staat geen antwoordcode.'],
  ];
  for (const [input, message] of cases) {
    await box.fill(input);
    await page.getByRole('button', { name: 'Toon de antwoorden' }).click();
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByTestId('answers')).toHaveCount(0);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
  }
  await expectAxeClean(page);
  expect(await page.evaluate(() => localStorage.getItem('adviesplaybook:feedback-form'))).toBe(saved);

  // A damaged request link tells the client, and offers the adviser's form.
  await page.goto(link.replace(/.{3}$/, 'zzz'));
  await expect(page.getByRole('alert')).toContainText('Deze link is niet compleet');
  await page.getByRole('button', { name: 'Naar het formulier voor adviseurs' }).click();
  await expect(page.getByLabel('Waar ging je advies over?')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});

test('an incomplete request is not turned into a link; the first problem gets focus', async ({ page }) => {
  await open(page);
  await page.getByLabel('Tekst van de vraag “Wat ging goed”').fill('');
  await page.getByRole('button', { name: 'Maak de link voor je klant' }).click();
  await expect(page.getByLabel('Waar ging je advies over?')).toBeFocused();
  await expect(page.getByText('Vul in waar je advies over ging.')).toBeVisible();
  await expect(page.getByText('Deze vraag is leeg. Vul hem in, of zet hem uit.')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('2 punten');
  await expect(page.getByTestId('request-link')).toHaveCount(0);
  await page.getByLabel('Stel de vraag “Wat ging goed”').uncheck();
  await page.getByLabel('Waar ging je advies over?').fill(SUBJECT);
  await page.getByRole('button', { name: 'Maak de link voor je klant' }).click();
  await expect(page.getByTestId('request-link')).toBeVisible();
  // A change afterwards takes the old link away.
  await page.getByLabel('Waar ging je advies over?').fill(`${SUBJECT} en de teamleiders`);
  await expect(page.getByTestId('request-link')).toHaveCount(0);
  await expect(page.getByText('Maak de link opnieuw')).toBeVisible();
});

test('the paper form prints the questions without navigation or editor', async ({ page }) => {
  await open(page);
  await page.getByLabel('Waar ging je advies over?').fill(SUBJECT);
  await page.getByRole('button', { name: 'Voeg toe: Wat heb je gemist?' }).click();
  await expect(page.getByTestId('paper-form')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  const paper = page.getByTestId('paper-form');
  await expect(paper).toBeVisible();
  await expect(paper).toContainText(SUBJECT);
  for (const question of [
    'Wat heb je gemist?',
    'Wat deden de adviseurs goed?',
    'Wat kan de volgende keer beter?',
    'Welk gevoel krijg je bij deze adviseurs?',
  ]) {
    await expect(paper.getByText(question)).toBeVisible();
  }
  await expect(paper.getByText('Weinig vertrouwen')).toBeVisible();
  await expect(page.locator('#site-nav')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Maak de link voor je klant' })).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Feedback vragen aan je klant' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Zo werkt het' })).toBeHidden();
});

test.describe('with storage blocked', () => {
  test('answers can still be read from a link; keeping them is not offered', async ({ page }) => {
    const link = await prepareRequest(page);
    await page.goto(link);
    await page.getByLabel('Wat deden de adviseurs goed?').fill('Rustig en duidelijk.');
    await page.getByRole('button', { name: 'Maak mijn antwoordcode' }).click();
    const code = await page.getByTestId('answer-code').inputValue();

    await blockStorage(page);
    // A new document (not only a new "#"), so the blocked storage applies.
    await visit(page, '/');
    await page.goto(`${PATH.slice(1)}#antwoord=${code}`);
    await expect(page.getByTestId('answers')).toContainText('Rustig en duidelijk.');
    await expect(page.getByText(/staat niet toe dat we iets op dit apparaat bewaren/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bewaar op dit apparaat' })).toHaveCount(0);
  });
});
