/**
 * Version 2 of the assessments in a real browser: the borderline result, the comparison
 * wording, the teamscan role, and results of version 1 that keep working. Axe on every
 * new state.
 */
import type { Page } from '@playwright/test';
import { completeAttempt, historyKey } from '../../src/tools/assessment/history';
import type { Answers, Assessment } from '../../src/tools/assessment/model';
import { decodeResult, encodeFormat1 } from '../../src/tools/assessment/result-code';
import { slotsOf } from '../../src/tools/assessment/scoring';
import { contentAssessment } from '../support/assessments';
import { axeAtBothWidths } from '../support/axe';
import { openAssessment } from './assessment-helpers';
import { expect, test } from './fixtures';

const ea = contentAssessment('effectief-adviseren');
const kt = contentAssessment('klantgerichtheid-team');
const wg = contentAssessment('wat-geeft-mijn-werk-mij');

// Long pages with axe runs: generous time, so a busy machine does not fail them.
test.describe.configure({ timeout: 120_000 });

async function axe(page: Page) {
  const results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

/** Answers every item with `value`, by clicking, from the first question on. */
async function answerAll(page: Page, assessment: Assessment, value: (index: number) => number) {
  for (let index = 0; index < assessment.items.length; index++) {
    await expect(page.getByRole('heading', { name: `Vraag ${index + 1} van ${assessment.items.length}` })).toBeFocused();
    await page.locator(`.question input[value="${value(index)}"]`).check();
    await page.getByRole('button', { name: index === assessment.items.length - 1 ? 'Bekijk mijn resultaat' : 'Volgende vraag' }).click();
  }
}

/** Answers that SCORE `value` on every item: a reverse-keyed item is answered 6 − value. */
const allAnswers = (assessment: Assessment, value: number, changes: Answers = {}): Answers => ({
  ...Object.fromEntries(assessment.items.map((item) => [item.id, item.reverse ? 6 - value : value])),
  ...changes,
});

test('a score near a cut-off says it lies on the border and shows the meaning of both bands', async ({ page }) => {
  await openAssessment(page, ea.id);
  // The verantwoording shows each statement's area and keying: no link to it before the first question.
  await expect(page.locator('a[href*="/verantwoording/"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  // "Vaak" on the plain items and "zelden" on the reverse-keyed one (scored as 4) give 4.0, right on the cut-off.
  await answerAll(page, ea, (index) => (ea.items[index]!.reverse ? 2 : 4));
  const card = page.locator('.result__dimension[data-dimension="opgaven"]');
  await expect(card.locator('.result__badge')).toHaveText('Op de grens tussen Op weg en Sterk punt');
  // One line for every outcome: within one standard error of measurement (4 items, ρ = .20, SD 0.7: 0,49) a score could fall in the next band.
  await expect(page.locator('.assessment-result__uncertainty')).toHaveText(/^Een uitkomst is niet zeker\. Ligt je score minder dan 0,49 punt van een grens/);
  const bands = ea.dimensions.find((dimension) => dimension.id === 'opgaven')!.bands;
  await expect(card.locator('.result__meaning')).toHaveText([`${bands[1]!.label}: ${bands[1]!.meaning}`, `${bands[2]!.label}: ${bands[2]!.meaning}`]);
  await expect(card.locator('.result__border-note')).toBeVisible();
  // Vragen én bieden: each side a how-often score of its own, with the ordinary bands and number; nothing for the difference.
  const sides = [
    ['eerste-gesprek-vragen', 'Vragen én bieden: vragen stellen'],
    ['eerste-gesprek-bieden', 'Vragen én bieden: laten zien wat je biedt'],
  ];
  for (const [id, name] of sides) {
    const side = page.locator(`.result__dimension[data-dimension="${id}"]`);
    await expect(side.locator('.result__name')).toHaveText(name!);
    await expect(side.locator('.result__badge')).toHaveText('Op de grens tussen Op weg en Sterk punt');
    await expect(side.locator('.result__score')).toHaveText('4,0 op een schaal van 1 tot 5');
    await expect(side.locator('.result__description')).toContainText('Een verschil tussen die twee scores zegt weinig');
  }
  // Both sides sit where the balance was: after the five ordinary areas, in questionnaire order.
  await expect(page.locator('.result__dimension')).toHaveCount(7);
  await expect(page.locator('.result__dimension').nth(5)).toHaveAttribute('data-dimension', 'eerste-gesprek-vragen');
  await expect(page.locator('.result__dimension[data-dimension="eerste-gesprek"]')).toHaveCount(0);
  await expect(page.locator('.assessment-result')).not.toContainText(/verschil [+−-]?\d|Klein verschil|Meer vragen dan bieden|Meer bieden dan vragen/);
  // In the chart the sides are shaded like every other area.
  await expect(page.locator('.result-chart__band--neutral')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Lees hoe deze uitkomsten tot stand komen' })).toHaveAttribute('href', '/zelfscans/effectief-adviseren/verantwoording/');
  await axe(page);
});

test('comparing two attempts: one answer one step apart reads "ongeveer gelijk", a real change "lager"', async ({ page }) => {
  // The first attempt as it was saved before the sides were scored apart: the balance as one entry, with a band on its difference.
  const saved = completeAttempt(ea, allAnswers(ea, 4), new Date('2026-10-01T10:00:00Z'), 'a');
  const [vragen, bieden] = saved.dimensions.filter((dimension) => dimension.id.startsWith('eerste-gesprek-'));
  const base = {
    ...saved,
    dimensions: [
      ...saved.dimensions.filter((dimension) => !dimension.id.startsWith('eerste-gesprek-')),
      {
        id: 'eerste-gesprek',
        name: 'Vragen én bieden',
        score: 0,
        band: 'Klein verschil',
        sides: [
          { id: 'vragen', name: 'Vragen stellen', score: vragen!.score },
          { id: 'bieden', name: 'Laten zien wat je biedt', score: bieden!.score },
        ],
      },
    ],
  };
  const plainItem = ea.items.find((item) => !item.reverse)!;
  const oneStep = completeAttempt(ea, allAnswers(ea, 4, { [plainItem.id]: 5 }), new Date('2026-11-01T10:00:00Z'), 'b');
  const lower = completeAttempt(ea, allAnswers(ea, 2), new Date('2026-12-01T10:00:00Z'), 'c');
  const seed = async (attempts: unknown[]) =>
    page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [historyKey(ea.id), JSON.stringify({ schema: 1, progress: null, attempts })]);

  await openAssessment(page, ea.id);
  await seed([base, oneStep]);
  await openAssessment(page, ea.id);
  const changes = page.locator('.history__table tbody td.history__change');
  await expect(changes).toHaveCount(ea.dimensions.length);
  await expect(changes).toHaveText(ea.dimensions.map(() => 'ongeveer gelijk'));
  // The balance in the comparison as on the result screen: each side a row of its own, judged by its own change rule; the saved difference's band is gone.
  await expect(page.locator('.history__table tbody tr', { hasText: 'Vragen én bieden: vragen stellen' }).locator('td')).toHaveText([
    'Op de grens tussen Op weg en Sterk punt (4,0)',
    'Op de grens tussen Op weg en Sterk punt (4,0)',
    'ongeveer gelijk',
  ]);
  await expect(page.locator('.history__table tbody tr', { hasText: 'Vragen én bieden: laten zien wat je biedt' }).locator('.history__change')).toHaveText('ongeveer gelijk');
  await expect(page.locator('.history__table')).not.toContainText('Klein verschil');
  await expect(page.locator('.history__rule')).toContainText('meetfout van het onderdeel');
  // Probably beyond measurement error, under an assumption: never "not by chance".
  await expect(page.locator('.history__rule')).toContainText('als de aangenomen betrouwbaarheid klopt');
  await expect(page.locator('.history__rule')).not.toContainText('toeval');
  await axe(page);

  await seed([base, oneStep, lower]);
  await openAssessment(page, ea.id);
  await page.getByLabel('Vergelijk je laatste resultaat met').selectOption({ index: 1 });
  await expect(page.locator('.history__table tbody tr').filter({ hasText: 'Opgaven zien' }).locator('.history__change')).toHaveText('lager');
});

test('a teamscan asks member or leader first, and the code carries the role', async ({ page }) => {
  await openAssessment(page, kt.id);
  await page.getByRole('button', { name: 'Begin de teamscan' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kies eerst hoe je de teamscan invult.');
  await axe(page);
  await page.getByRole('radio', { name: 'Als leidinggevende van het team' }).check();
  await page.getByRole('button', { name: 'Begin de teamscan' }).click();
  // Leaving after the first answer and coming back: the role is remembered, not asked again.
  await page.locator('.question input[type="radio"]').first().check();
  await openAssessment(page, kt.id);
  await expect(page.getByRole('radio', { name: 'Als leidinggevende van het team' })).toBeChecked();
  await page.getByRole('button', { name: `Ga verder bij vraag 1 van ${kt.items.length}` }).click();
  await expect(page.getByRole('heading', { name: `Vraag 1 van ${kt.items.length}` })).toBeFocused();
  await answerAll(page, kt, (index) => 1 + (index % 5));
  await expect(page.locator('.assessment-result__meta')).toContainText('Ingevuld als leidinggevende van het team');
  const code = (await page.getByTestId('result-code').textContent())!;
  const decoded = decodeResult(code, [{ code: kt.code, version: kt.version, title: kt.title, scaleMin: 1, scaleMax: 5, slotCount: slotsOf(kt.dimensions).length }]);
  expect(decoded.ok && decoded.result.role).toBe('leader');
  expect(decoded.ok && decoded.result.month).toMatch(/^\d{4}-\d{2}$/);
});

test('a version-1 share code still opens, read-only, with a note; the old address of a renamed scan forwards it', async ({ page }) => {
  const old = encodeFormat1({ code: wg.code, version: 1, completedOn: '2026-11-20', scores: [2, 4, 3.9] }, 1, 5);
  await page.goto(`zelfscans/wat-drijft-mij/#resultaat=${old}`);
  await expect(page).toHaveURL(new RegExp(`/zelfscans/wat-geeft-mijn-werk-mij/#resultaat=${old}$`));
  await expect(page.getByRole('heading', { name: 'Gedeeld resultaat' })).toBeVisible();
  await expect(page.getByTestId('legacy-note')).toContainText('versie 1');
  await expect(page.locator('.result__badge')).toHaveText(['Nog in ontwikkeling', 'Sterk punt', 'Sterk punt']);
  await expect(page.locator('.result__next')).toHaveCount(0);
  await expect(page.getByText('ingevuld in november 2026')).toBeVisible();
  await axe(page);
});

test('results of version 1 saved under the old id still show in the history, with their version', async ({ page }) => {
  const v1 = {
    id: 'oud',
    version: 1,
    completedAt: '2026-11-20T10:00:00.000Z',
    answers: { 'wd-vakmanschap-1': 4 },
    dimensions: [
      { id: 'vakmanschap', name: 'Vakmanschap', score: 4, band: 'Sterk punt' },
      { id: 'autonomie', name: 'Autonomie', score: 2, band: 'Nog in ontwikkeling' },
      { id: 'zingeving', name: 'Zingeving', score: null, band: null },
    ],
  };
  await openAssessment(page, wg.id);
  await page.evaluate((value) => localStorage.setItem('adviesplaybook:zelfscan:wat-drijft-mij', value), JSON.stringify({ schema: 1, progress: null, attempts: [v1] }));
  await openAssessment(page, wg.id);
  await expect(page.locator('.saved-list__item')).toContainText('(versie 1)');
  await page.getByRole('button', { name: 'Bekijk resultaat van 20 november 2026' }).click();
  await expect(page.getByText('Gemaakt met versie 1 van deze scan.', { exact: false })).toBeVisible();
  await expect(page.locator('.result__badge')).toHaveText(['Sterk punt', 'Nog in ontwikkeling', 'Te weinig antwoorden']);
  await axe(page);
});

test('the verantwoording page has the manual’s headings, the rules and the version table, and passes axe', async ({ page }) => {
  await page.goto('zelfscans/klantgerichtheid-team/verantwoording/');
  for (const name of [
    'Wat deze scan meet en waarop hij rust',
    'Waarvoor je hem gebruikt',
    'Wat deze scan niet meet',
    'Voor wie',
    'Hoe de uitspraken zijn gemaakt',
    'Waar de vragen vandaan komen',
    'Afnemen en scoren',
    'Normen en grenzen van de uitkomsten',
    'Zo lees je een uitkomst',
    'Verandering tussen twee keer invullen',
    'Het teamprofiel',
    'Betrouwbaarheid',
    'Geldigheid',
    'Grenzen van deze scan',
    'De Engelse versie',
    'Versies en wat er veranderde',
  ]) {
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }
  // Sources are readable references, never content-map codes.
  await expect(page.getByText('Psychological safety and learning behavior in work teams')).toBeVisible();
  await expect(page.locator('article')).not.toContainText(/\b[A-E]\d[a-d]?\b, [A-E]\d/);
  await expect(page.getByRole('table', { name: 'Wat er in versie 3 veranderde, per uitspraak' }).locator('tbody tr')).toHaveCount(37);
  await expect(page.getByRole('table', { name: 'Wat er in versie 2 veranderde, per uitspraak' }).locator('tbody tr')).toHaveCount(24);
  // One borderline rule on screen, paper and page: one answer step (1/n of n answered statements) on the exact mean, in this scan's numbers.
  const rule = page.getByText(/Een score staat “op de grens tussen” twee uitkomsten/);
  await expect(rule).toContainText('Eén stap verschuift een gemiddelde van n beantwoorde uitspraken met 1/n punt');
  await expect(rule).toContainText('De regel rekent met het precieze gemiddelde, niet met de afgeronde score.');
  await expect(rule).toContainText('In deze scan is 1/n met alle 4 uitspraken van een onderdeel beantwoord 0,25 punt, met 3 beantwoord 0,33 punt.');
  await expect(rule).not.toContainText('0,05');
  // The change rule with the thresholds reliable-change.ts computes: r from the number of answered statements (Spearman–Brown, ρ = .20), the assumption called what it is.
  const change = page.getByText(/Hoe betrouwbaar een gemiddelde is, hangt af van het aantal uitspraken/);
  await expect(change).toContainText('Met 4 beantwoorde uitspraken is r = 0,50 en de meetfout van een score 0,49 punt. Dat geeft een drempel van 1,37 punt: een verschil van 1,4 of meer heet “hoger” of “lager”');
  await expect(change).toContainText('Met 3 beantwoorde uitspraken is r = 0,43 en de drempel 1,47 punt: dan telt pas een verschil van 1,5 of meer.');
  await expect(change).toContainText('Die ρ is geen meting maar een aanname, en bewust een voorzichtige');
  await expect(change).toContainText('waarschijnlijk groter is dan de meetfout');
  await expect(page.locator('article')).not.toContainText('door toeval');
  await expect(page.getByText(/De uitkomsten zijn een onzekere indeling/)).toContainText('ongeveer 0,49 punt');
  await expect(page.getByText(/verschuift één antwoord dat een stap anders is het gemiddelde met 0,33 punt/)).toBeVisible();
  await axe(page);
});
