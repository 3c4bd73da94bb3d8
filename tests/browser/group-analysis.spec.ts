/**
 * The group analysis: a course group's full-answer codes give α per dimension and item
 * statistics, only from ten people, never a row per person. Axe on every state.
 */
import type { Page } from '@playwright/test';
import { type AnswerCodeTarget, encodeAnswerCode } from '../../src/tools/assessment/answer-code';
import type { Answers } from '../../src/tools/assessment/model';
import { completeAttempt, emptyHistory } from '../../src/tools/assessment/history';
import { contentAssessment, contentAssessments } from '../support/assessments';
import { axeAtBothWidths } from '../support/axe';
import { expect, test, visitHydrated as visit } from './fixtures';

const kt = contentAssessment('klantgerichtheid-team');
const target: AnswerCodeTarget = { code: kt.code, version: kt.version, scaleMin: 1, scaleMax: 5, items: kt.items };
const unknownItem = kt.items[0]!;

// Person p answers around their own level, so the items of a dimension hang together;
// reverse-keyed items are answered mirrored. The first item gets "weet ik niet" from three people.
const codes = Array.from({ length: 12 }, (_, person) => {
  const level = 1 + (person % 5);
  const answers: Answers = {};
  kt.items.forEach((item, index) => {
    const value = Math.min(5, Math.max(1, level + (((person + index) % 3) - 1)));
    answers[item.id] = item.reverse ? 6 - value : value;
  });
  if (person < 3) answers[unknownItem.id] = 'unknown';
  return encodeAnswerCode({ role: 'member', language: 'nl', answers, nonce: person }, target);
});

test.describe.configure({ timeout: 120_000 });

async function open(page: Page, lines: string[]) {
  await visit(page, '/hulpmiddelen/groepsanalyse/');
  await page.getByLabel('Welke scan heeft de groep gedaan?').selectOption({ label: kt.title });
  await page.getByLabel('Plak de antwoordcodes van de deelnemers').fill(lines.join('\n'));
}

async function axe(page: Page) {
  const results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

test('nine codes are refused with a clear message and nothing is computed', async ({ page }) => {
  await open(page, codes.slice(0, 9));
  await expect(page.getByText('9 codes geteld.')).toBeVisible();
  await expect(page.getByTestId('analysis-too-few')).toHaveText(/^Er zijn 9 geldige codes\. De analyse verschijnt pas vanaf 10 codes/);
  await expect(page.getByTestId('alpha')).toHaveCount(0);
  await expect(page.locator('.group-analysis__result')).toHaveCount(0);
  await axe(page);
});

test('ten codes give α per dimension and one row per question, never one per person', async ({ page }) => {
  const ten = codes.slice(0, 10);
  await open(page, ten);
  await expect(page.getByRole('heading', { name: 'Analyse van 10 deelnemers' })).toBeVisible();
  await expect(page.getByTestId('analysis-too-few')).toHaveCount(0);
  // One α per dimension (a balance would give one per side), each a number with two decimals.
  const alphas = await page.getByTestId('alpha').allTextContents();
  expect(alphas).toHaveLength(kt.dimensions.length);
  for (const alpha of alphas) expect(alpha).toMatch(/^-?\d,\d\d$/);
  await expect(page.getByText(/Met 10 mensen is α onzeker/)).toBeVisible();
  // α is a reliability estimate, not proof of one construct; with ten people no item is flagged on its r, the r values stand with a note.
  await expect(page.getByText(/het bewijst niet dat de vragen één ding meten/)).toBeVisible();
  await expect(page.getByTestId('correlations-unflagged')).toContainText('markeert de analyse vragen pas vanaf 50 deelnemers');
  await expect(page.getByTestId('flagged-items')).not.toContainText('hangt nauwelijks samen');
  // Each α comes with its Feldt interval, which holds it.
  const intervals = await page.getByTestId('alpha-interval').allTextContents();
  expect(intervals).toHaveLength(alphas.length);
  intervals.forEach((interval, index) => {
    const [, lower, upper] = interval.match(/^95%-betrouwbaarheidsinterval: (-?\d+,\d\d) tot (-?\d+,\d\d)$/)!;
    const value = (text: string) => Number(text.replace(',', '.'));
    expect(value(lower!)).toBeLessThanOrEqual(value(alphas[index]!));
    expect(value(upper!)).toBeGreaterThanOrEqual(value(alphas[index]!));
  });
  // The tables list questions by their text; there are exactly as many rows as questions, not people.
  const rows = page.locator('.group-analysis__items tbody tr');
  await expect(rows).toHaveCount(kt.items.length);
  await expect(rows.first().getByRole('rowheader')).toContainText(kt.items.find((item) => item.dimension === kt.dimensions[0]!.id)!.text);
  // "Weet ik niet" from 3 of 10 people on the first question: shown as a share and flagged with its reason.
  const first = rows.filter({ hasText: unknownItem.text });
  await expect(first).toContainText('30%');
  await expect(page.getByTestId('flagged-items')).toContainText(`${unknownItem.text}`);
  await expect(page.getByTestId('flagged-items')).toContainText('meer dan 20% antwoordt “weet ik niet”');
  // No code and no person appear in the result.
  for (const code of ten) await expect(page.locator('.group-analysis__result')).not.toContainText(code);
  await expect(page.locator('.group-analysis__result')).not.toContainText(/deelnemer 1\b|persoon/i);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('group')))).toEqual([]);
  await axe(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await axe(page);
});

test('an item that everyone answered alike reads the same as one that nine in ten did: little spread, no r, no α without it', async ({ page }) => {
  const item = kt.items[1]!;
  const withItem = (odd: number | null) =>
    codes.slice(0, 10).map((_, person) => {
      const level = 1 + (person % 5);
      const answers: Answers = {};
      kt.items.forEach((other, index) => {
        const value = Math.min(5, Math.max(1, level + (((person + index) % 3) - 1)));
        answers[other.id] = other.reverse ? 6 - value : value;
      });
      answers[item.id] = person === odd ? 2 : 4;
      return encodeAnswerCode({ role: 'member', language: 'nl', answers, nonce: 100 + person }, target);
    });
  const rowOf = async (lines: string[]) => {
    await open(page, lines);
    await expect(page.getByRole('heading', { name: 'Analyse van 10 deelnemers' })).toBeVisible();
    return page.locator('.group-analysis__items tbody tr').filter({ hasText: item.text });
  };
  const everyone = await rowOf(withItem(null));
  await expect(everyone.locator('td')).toHaveText(['–', '–', '0%', 'weinig spreiding: bijna iedereen gaf hetzelfde antwoord']);
  await expect(page.getByTestId('flagged-items')).toContainText(`${item.text}`);
  await expect(page.getByTestId('shares-rounded')).toHaveText('Met minder dan 20 deelnemers staat het aandeel “weet ik niet” afgerond op hele tientallen procenten (0%, 10%, 20%, …). Zo zegt het minder over losse deelnemers.');
  await expect(page.locator('.group-analysis__result')).not.toContainText(/(?<!bijna )iedereen gaf hetzelfde/);
  const everyoneText = await everyone.textContent();
  const nearly = await rowOf(withItem(3));
  await expect(nearly).toHaveText(everyoneText!);
  await axe(page);
});

test('at 320 px the analysis stacks its tables and nothing scrolls sideways', async ({ page }) => {
  await open(page, codes.slice(0, 10));
  await expect(page.getByTestId('alpha').first()).toBeVisible();
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('leaders’ codes and duplicates are named and not counted', async ({ page }) => {
  const leader = encodeAnswerCode({ role: 'leader', language: 'nl', answers: { [kt.items[0]!.id]: 3, [kt.items[1]!.id]: 3, [kt.items[2]!.id]: 3 }, nonce: 999 }, target);
  await open(page, [...codes.slice(0, 9), codes[0]!, leader]);
  await expect(page.getByText('9 codes geteld.')).toBeVisible();
  await expect(page.getByText(/Regel 10 .*Dubbel: deze code staat al op regel 1\./)).toBeVisible();
  await expect(page.getByText(/Regel 11 .*van een leidinggevende/)).toBeVisible();
  await expect(page.getByTestId('analysis-too-few')).toBeVisible();
});

test('the English page analyses the same codes', async ({ page }) => {
  const english = contentAssessments('content/en/assessments').find((assessment) => assessment.code === kt.code)!;
  await visit(page, '/en/tools/group-analysis/');
  await page.getByLabel('Which assessment did the group take?').selectOption({ label: english.title });
  await page.getByLabel('Paste the participants’ answer codes').fill(codes.slice(0, 10).join('\n'));
  await expect(page.getByRole('heading', { name: 'Analysis of 10 participants' })).toBeVisible();
  await expect(page.locator('.group-analysis__items tbody tr').first().getByRole('rowheader')).toContainText(english.items[0]!.text);
});

test('the manual links to the group analysis from its reliability section', async ({ page }) => {
  await visit(page, '/zelfscans/klantgerichtheid-team/verantwoording/');
  const link = page.getByRole('link', { name: 'Meet de betrouwbaarheid met je eigen groep: de groepsanalyse' });
  await expect(link).toHaveAttribute('href', '/hulpmiddelen/groepsanalyse/');
});

test('a full-answer code copied from a result is refused with eight others and counted as the tenth', async ({ page }) => {
  const wd = contentAssessment('wat-geeft-mijn-werk-mij');
  const wdTarget: AnswerCodeTarget = { code: wd.code, version: wd.version, scaleMin: 1, scaleMax: 5, items: wd.items };
  const answers: Answers = Object.fromEntries(wd.items.map((item, index) => [item.id, 1 + (index % 5)]));
  const attempt = completeAttempt(wd, answers, new Date('2026-12-01T10:00:00Z'), 'copied-attempt');
  await visit(page, `/zelfscans/${wd.id}/`);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: `adviesplaybook:assessment:${wd.id}`, value: JSON.stringify({ ...emptyHistory(), attempts: [attempt] }) });
  await page.reload();
  await page.getByRole('button', { name: 'Bekijk je laatste resultaat' }).click();
  await page.getByText('Code voor een groepsanalyse').click();
  await page.getByRole('button', { name: 'Kopieer de code voor de groepsanalyse' }).click();
  await expect(page.getByText('De code voor de groepsanalyse is gekopieerd.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await expect(page.getByTestId('answer-code')).toHaveText(copied);
  const others = Array.from({ length: 9 }, (_, person) => {
    const level = 1 + (person % 5);
    return encodeAnswerCode({ role: null, language: 'nl', answers: Object.fromEntries(wd.items.map((item, index) => [item.id, Math.min(5, Math.max(1, level + ((person + index) % 3) - 1))])), nonce: person }, wdTarget);
  });
  await visit(page, '/hulpmiddelen/groepsanalyse/');
  await page.getByLabel('Welke scan heeft de groep gedaan?').selectOption({ label: wd.title });
  const field = page.getByLabel('Plak de antwoordcodes van de deelnemers');
  await field.fill([copied, ...others.slice(0, 8)].join('\n'));
  await expect(page.getByText('9 codes geteld.')).toBeVisible();
  await expect(page.getByTestId('analysis-too-few')).toHaveText(/^Er zijn 9 geldige codes\./);
  await field.fill([copied, ...others].join('\n'));
  await expect(page.getByText('10 codes geteld.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Analyse van 10 deelnemers' })).toBeVisible();
  await axe(page);
});
