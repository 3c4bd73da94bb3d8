/**
 * The team profile keeps its promise of privacy: nothing below five members, leaders
 * apart, no mark per person, versions never mixed. Axe on every state.
 */
import type { Page } from '@playwright/test';
import type { Role } from '../../src/tools/assessment/model';
import { encodeFormat1, encodeResult } from '../../src/tools/assessment/result-code';
import { contentAssessment } from '../support/assessments';
import { axeAtBothWidths } from '../support/axe';
import { expect, test, visitHydrated as visit } from './fixtures';

const kt = contentAssessment('klantgerichtheid-team');
const code = (scores: number[], role: Role = 'member') => encodeResult({ code: kt.code, version: kt.version, month: '2026-11', role, scores }, 1, 5);
// Six dimensions; the members differ on "bedoeling" (first) and agree on "leiding" (fifth).
const members = [
  code([1.5, 3, 2.5, 3.5, 4.5, 3]),
  code([4.5, 3.2, 2.8, 3.5, 4.25, 3.5]),
  code([2, 3.5, 2.2, 4, 4.5, 2.5]),
  code([5, 2.8, 1.8, 3.2, 4.75, 4]),
  code([1.2, 3, 2.5, 3.8, 4.5, 3]),
];
const leaders = [code([5, 5, 5, 5, 1, 5], 'leader'), code([4.5, 5, 5, 5, 1, 5], 'leader')];

// Long pages with axe runs: generous time, so a busy machine does not fail them.
test.describe.configure({ timeout: 120_000 });

async function axe(page: Page) {
  const results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

const paste = (page: Page, lines: string[]) => page.getByLabel('Plak de resultaatcodes van de teamleden').fill(lines.join('\n'));

test('four codes show only the count and the minimum, with a pointer for small teams', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  await paste(page, members.slice(0, 4));
  await expect(page.getByText('4 codes geteld.')).toBeVisible();
  const refusal = page.getByTestId('team-too-small');
  await expect(refusal).toContainText('Er zijn 4 geldige codes van teamleden. Het profiel verschijnt pas vanaf 5 codes');
  await expect(refusal.getByRole('link', { name: 'Naar de papieren versie' })).toHaveAttribute('href', '/zelfscans/klantgerichtheid-team/papier/');
  await expect(page.locator('.team-dimension')).toHaveCount(0);
  await expect(page.locator('.team-profile__result')).toHaveCount(0);
  await axe(page);
});

test('leaders are kept out of the members’ profile, with a note naming their lines', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  await paste(page, members);
  await expect(page.getByRole('heading', { name: 'Teamprofiel van 5 teamleden' })).toBeVisible();
  const withoutLeaders = await page.locator('.team-profile__dimensions .team-dimension').allTextContents();
  await paste(page, [...members, ...leaders]);
  await expect(page.getByText('7 codes geteld.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Teamprofiel van 5 teamleden' })).toBeVisible();
  await expect(page.getByTestId('leaders-note')).toContainText('2 codes zijn van een leidinggevende (regels 6 en 7)');
  // The leaders' very different answers change nothing in the members' profile.
  expect(await page.locator('.team-profile__dimensions .team-dimension').allTextContents()).toEqual(withoutLeaders);
  await expect(page.getByTestId('leaders-profile')).toHaveCount(0);
  await axe(page);
});

test('the profile shows bands, a median and a spread of bands, never a mark per person', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  await paste(page, members);
  const first = page.locator('.team-profile__dimensions .team-dimension').first();
  await expect(first.getByRole('heading')).toHaveText(kt.dimensions[0]!.name);
  await expect(first).toContainText('van Aandachtspunt tot Sterk punt');
  await expect(first).not.toContainText('5,0');
  await expect(page.locator('.team-profile circle')).toHaveCount(0);
  await expect(first.getByRole('table')).toBeVisible();
  await axe(page);
});

test('codes of two versions are refused with a message naming the lines', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  const old = encodeFormat1({ code: kt.code, version: 1, completedOn: '2026-11-02', scores: [2, 3, 3, 3, 3] }, 1, 5);
  await paste(page, [...members, old]);
  await expect(page.getByTestId('team-refusal')).toContainText(`versie 1 op regel 6; versie ${kt.version} op regels 1, 2, 3, 4 en 5`);
  await expect(page.locator('.team-dimension')).toHaveCount(0);
  await axe(page);
});
