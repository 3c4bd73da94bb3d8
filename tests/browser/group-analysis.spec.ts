/**
 * The group analysis: a course group's full-answer codes give α per dimension and item
 * statistics, only from ten people, never a row per person; its summary downloads, and
 * summaries of several groups pool. Axe on every state.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { type AnswerCodeTarget, type AnsweredCode, decodeAnswerCode, encodeAnswerCode } from '../../src/tools/assessment/answer-code';
import { toAnalysisAssessment } from '../../src/tools/group-analysis/group-analysis';
import { type GroupSummary, poolSummaries, summariseGroup } from '../../src/tools/group-analysis/pooled-summary';
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

/** Person p's answers: around their own level, reverse-keyed items mirrored (as `codes` above). */
function answersOf(person: number): Answers {
  const level = 1 + (person % 5);
  const answers: Answers = {};
  kt.items.forEach((item, index) => {
    const value = Math.min(5, Math.max(1, level + (((person * 7 + index * 3) % 5) - 2)));
    answers[item.id] = item.reverse ? 6 - value : value;
  });
  return answers;
}

async function downloadSummary(page: Page): Promise<{ text: string; fileName: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download de samenvatting' }).click()]);
  return { text: await readFile((await download.path())!, 'utf8'), fileName: download.suggestedFilename() };
}

test('the summary downloads with counts per language, means and covariances, and no code', async ({ page }) => {
  const mixed = Array.from({ length: 12 }, (_, person) => encodeAnswerCode({ role: 'member', language: person < 9 ? 'nl' : 'en', answers: answersOf(person), nonce: 200 + person }, target));
  await open(page, mixed.slice(0, 9));
  await expect(page.getByRole('button', { name: 'Download de samenvatting' })).toHaveCount(0);
  await page.getByLabel('Plak de antwoordcodes van de deelnemers').fill(mixed.join('\n'));
  await expect(page.getByTestId('languages')).toHaveText('Taal van de scan: 9 Nederlands, 3 Engels.');
  const region = page.getByRole('region', { name: 'Samenvatting voor een analyse over meer groepen' });
  await expect(region).toContainText('Het bestand bevat geen codes en geen antwoorden van één persoon.');
  await expect(region).toContainText('Twee samenvattingen van groepen die maar één persoon verschillen, laten dat samen wel zien');
  const { text, fileName } = await downloadSummary(page);
  expect(fileName).toMatch(new RegExp(`^groepssamenvatting-${kt.id}-versie-${kt.version}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  for (const code of mixed) expect(text).not.toContain(code.slice(5, 15));
  const summary = JSON.parse(text) as GroupSummary;
  expect(summary).toMatchObject({ format: 'adviesplaybook-groepssamenvatting', formatVersion: 1, assessment: kt.id, version: kt.version, people: 12, languages: { nl: 9, en: 3 } });
  expect(summary.date).toBe(fileName.match(/(\d{4}-\d{2}-\d{2})\.json$/)![1]);
  expect(summary.sets).toHaveLength(kt.dimensions.length);
  for (const set of summary.sets) {
    const items = kt.items.filter((item) => item.dimension === set.dimensionId);
    expect(set).toMatchObject({ people: 12, languages: { nl: 9, en: 3 }, items: items.map((item) => item.id) });
    expect(set.means).toHaveLength(items.length);
    expect(set.covariance).toHaveLength(items.length);
    // Three English people: no statistics per language.
    expect(set.byLanguage).toBeUndefined();
  }
  await axe(page);
});

test('summaries of two groups pool into one α per area, with α per language; a corrupt or foreign file is named and refused', async ({ page }) => {
  await open(page, Array.from({ length: 12 }, (_, person) => encodeAnswerCode({ role: 'member', language: 'nl', answers: answersOf(person), nonce: 300 + person }, target)));
  const dutch = await downloadSummary(page);
  const slim = toAnalysisAssessment(kt);
  const englishCodes: AnsweredCode[] = Array.from({ length: 11 }, (_, person) => ({ role: 'member', language: 'en', answers: answersOf(person + 3) }));
  const english = summariseGroup(englishCodes, slim, new Date())!;
  const expected = poolSummaries([JSON.parse(dutch.text) as GroupSummary, english], slim);

  const pool = page.getByRole('region', { name: 'Voeg samenvattingen samen' });
  await pool.getByLabel('Van welke scan zijn de samenvattingen?').selectOption({ label: kt.title });
  const input = pool.getByLabel('Open samenvattingen');
  await input.setInputFiles([
    { name: 'groep-1.json', mimeType: 'application/json', buffer: Buffer.from(dutch.text) },
    { name: 'groep-2.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(english)) },
  ]);
  await expect(pool.getByTestId('pool-status')).toHaveText('2 samenvattingen meegeteld, samen 23 deelnemers.');
  const result = pool.getByRole('region', { name: 'Samen: 23 deelnemers uit 2 groepen' });
  await expect(result).toBeVisible();
  await expect(result.getByTestId('pooled-languages')).toHaveText('Taal van de scan: 12 Nederlands, 11 Engels.');
  const alphas = await result.getByTestId('pooled-alpha').allTextContents();
  expect(alphas).toEqual(expected.sets.map((set) => set.alpha!.toFixed(2).replace('.', ',')));
  await expect(result.getByTestId('pooled-by-language').first()).toContainText(/^Nederlands: α -?\d,\d\d \(95%-betrouwbaarheidsinterval/);
  await expect(result).toContainText('Het is geen toets van meetinvariantie');
  await expect(result.locator('.group-analysis__items tbody tr')).toHaveCount(kt.items.length);

  // A corrupt file and one of another assessment are named with their reason; the pooled result stays.
  const other = { ...english, assessment: 'wat-geeft-mijn-werk-mij' };
  await input.setInputFiles([
    { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(dutch.text.slice(0, 200)) },
    { name: 'andere-scan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) },
    { name: 'oude-versie.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...english, version: kt.version - 1 })) },
  ]);
  const status = pool.getByTestId('pool-status');
  await expect(status).toContainText('3 bestanden tellen niet mee:');
  await expect(status).toContainText('kapot.json: Dit bestand is niet te lezen als JSON');
  await expect(status).toContainText(`andere-scan.json: Deze samenvatting hoort bij een andere scan (wat-geeft-mijn-werk-mij), niet bij “${kt.title}”.`);
  await expect(status).toContainText(`oude-versie.json: Deze samenvatting komt uit versie ${kt.version - 1} van “${kt.title}”`);
  await expect(result).toBeVisible();
  await axe(page);
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await pool.getByRole('button', { name: 'Sluit alle bestanden' }).click();
  await expect(pool.getByTestId('pooled-result')).toHaveCount(0);
});

test('the English page pools a summary and names a corrupt file in English', async ({ page }) => {
  const english = contentAssessments('content/en/assessments').find((assessment) => assessment.code === kt.code)!;
  const summary = summariseGroup(Array.from({ length: 10 }, (_, person) => ({ role: 'member' as const, language: 'en' as const, answers: answersOf(person) })), toAnalysisAssessment(kt), new Date())!;
  await visit(page, '/en/tools/group-analysis/');
  const pool = page.getByRole('region', { name: 'Combine summaries' });
  await pool.getByLabel('Which assessment are the summaries of?').selectOption({ label: english.title });
  await pool.getByLabel('Open summaries').setInputFiles([
    { name: 'group.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(summary)) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') },
  ]);
  await expect(pool.getByTestId('pool-status')).toContainText('1 summary counted, 10 participants in all.');
  await expect(pool.getByTestId('pool-status')).toContainText('broken.json: This file cannot be read as JSON');
  await expect(pool.getByRole('region', { name: 'Together: 10 participants from 1 group' })).toBeVisible();
  await axe(page);
});

test('the result screen’s answer code records the language of the page', async ({ page }) => {
  const wd = contentAssessment('wat-geeft-mijn-werk-mij');
  const wdTarget: AnswerCodeTarget = { code: wd.code, version: wd.version, scaleMin: 1, scaleMax: 5, items: wd.items };
  const answers: Answers = Object.fromEntries(wd.items.map((item, index) => [item.id, 1 + (index % 5)]));
  const attempt = completeAttempt(wd, answers, new Date('2026-12-01T10:00:00Z'), 'language-attempt');
  const history = JSON.stringify({ ...emptyHistory(), attempts: [attempt] });
  const codeOn = async (path: string, button: string, disclosure: string) => {
    await visit(page, path);
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: `adviesplaybook:assessment:${wd.id}`, value: history });
    await page.reload();
    await page.getByRole('button', { name: button }).click();
    await page.getByText(disclosure).click();
    return decodeAnswerCode((await page.getByTestId('answer-code').textContent())!, wdTarget);
  };
  expect(await codeOn(`/zelfscans/${wd.id}/`, 'Bekijk je laatste resultaat', 'Code voor een groepsanalyse')).toEqual({ ok: true, value: { role: null, language: 'nl', answers } });
  expect(await codeOn('/en/self-assessments/what-my-work-gives-me/', 'View your last result', 'Code for a group analysis')).toEqual({ ok: true, value: { role: null, language: 'en', answers } });
});
