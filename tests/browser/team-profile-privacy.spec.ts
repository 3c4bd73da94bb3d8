/**
 * The team profile keeps its promise of privacy: nothing below five members, leaders
 * apart, no mark per person, versions never mixed. Axe on every state.
 */
import type { Page } from '@playwright/test';
import type { Role } from '../../src/tools/assessment/model';
import { encodeFormat1, encodeResult } from '../../src/tools/assessment/result-code';
import { contentAssessment, teamAnswers } from '../support/assessments';
import { axeAtBothWidths } from '../support/axe';
import { expect, test, visitHydrated as visit } from './fixtures';

const kt = contentAssessment('klantgerichtheid-team');
/** A code of the teamscan; its answers to the Vertrouwen items (the last area) give that area's score, rounded to a whole answer. */
const code = (scores: number[], role: Role = 'member') =>
  encodeResult({ code: kt.code, version: kt.version, month: '2026-11', role, scores, answers: teamAnswers(kt, Math.round(scores.at(-1)!)) }, 1, 5);
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

/** Pastes codes and makes the profile (it is made only on that action); a locked set is cleared first with "Begin opnieuw". */
async function makeProfile(page: Page, lines: readonly string[]) {
  const restart = page.getByRole('button', { name: 'Begin opnieuw met andere codes' });
  if (await restart.isVisible()) await restart.click();
  await page.getByLabel('Plak de resultaatcodes van de teamleden').fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Maak het teamprofiel' }).click();
}
const paste = makeProfile;

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

test('five members: the band of the median, but no number, no spread, no distribution and never a mark per person', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  await paste(page, members);
  const first = page.locator('.team-profile__dimensions .team-dimension').first();
  await expect(first.getByRole('heading')).toHaveText(kt.dimensions[0]!.name);
  await expect(first).toContainText('Mediaan');
  // Four made-up codes around one real one would make the median that person's score: below eight only its band shows.
  await expect(first).toContainText(/valt in “[^”]+”; het getal zie je pas vanaf 8 teamleden/);
  await expect(page.locator('.team-profile__dimensions')).not.toContainText(/\d,\d op een schaal van/);
  await expect(page.locator('.team-profile__dimensions .team-dimension__median')).toHaveCount(0);
  await expect(page.locator('.team-profile__dimensions .team-dimension__band-area--median')).toHaveCount(kt.dimensions.length);
  await expect(first).not.toContainText('5,0');
  await expect(page.locator('.team-profile circle')).toHaveCount(0);
  // The spread (lowest and highest band) and the counts per band could single out one member.
  await expect(page.locator('.team-dimension table')).toHaveCount(0);
  await expect(page.locator('.team-dimension__facts dt', { hasText: 'Spreiding' })).toHaveCount(0);
  await expect(first).not.toContainText('van Aandachtspunt tot Sterk punt');
  await expect(first).toContainText('De spreiding en de verdeling over de uitkomsten zie je pas vanaf 8 teamleden: met minder is een los antwoord te herleiden.');
  await axe(page);
});

test('eight members: a spread of bands and a distribution with no count of 1 or 2', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  // On "bedoeling": three in the lowest band, two in the middle, three in the highest.
  const eight = [...members, code([3.2, 3, 2.5, 3.5, 4.5, 3]), code([3.5, 3, 2.5, 3.5, 4.5, 3]), code([4.2, 3, 2.5, 3.5, 4.5, 3])];
  await paste(page, eight);
  await expect(page.getByRole('heading', { name: 'Teamprofiel van 8 teamleden' })).toBeVisible();
  const cards = page.locator('.team-profile__dimensions .team-dimension');
  const bedoeling = cards.filter({ has: page.getByRole('heading', { name: kt.dimensions[0]!.name }) });
  await expect(bedoeling).toContainText('Spreiding');
  await expect(bedoeling).toContainText('van Aandachtspunt tot Sterk punt');
  await expect(bedoeling.getByRole('table')).toBeVisible();
  await expect(page.locator('.team-dimension__hidden')).toHaveCount(0);
  // From eight the median shows as a number, with its line on the scale.
  await expect(bedoeling).toContainText(/\d,\d op een schaal van 1 tot 5/);
  await expect(page.locator('.team-profile__dimensions .team-dimension__median')).toHaveCount(await cards.count());
  const counts = (await page.locator('.team-dimension table tbody td').allTextContents()).map((text) => Number(text.trim()));
  expect(counts.length).toBeGreaterThan(0);
  for (const count of counts) expect(count === 0 || count >= 3, `count ${count}`).toBe(true);
  expect(counts.reduce((total, count) => total + count, 0)).toBe(8 * (await cards.count()));
  await expect(page.locator('.team-profile circle')).toHaveCount(0);
  await axe(page);
});

test('a split team never reads as agreement; agreement (r_wg(J)) only on the area about the team, only from eight, and only from codes with answers', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  const card = (id: string) => page.locator('.team-profile__dimensions .team-dimension').filter({ has: page.getByRole('heading', { name: kt.dimensions.find((dimension) => dimension.id === id)!.name }) });
  // Five members, split on "vertrouwen": a median, but no agreement at all (an index of 1,00 beside a median would give away every score).
  const five = [1, 1.2, 4.8, 5, 4.5].map((vertrouwen) => code([3, 3, 3, 3, 3, vertrouwen]));
  await paste(page, five);
  await expect(page.getByRole('heading', { name: 'Teamprofiel van 5 teamleden' })).toBeVisible();
  await expect(page.locator('dd[data-agreement]')).toHaveCount(0);
  // Eight members: three at the bottom and five at the top on "vertrouwen".
  const eightSplit = [1, 1.2, 1.5, 4.8, 5, 4.5, 4.6, 4.9].map((vertrouwen) => code([3, 3, 3, 3, 3, vertrouwen]));
  await paste(page, eightSplit);
  await expect(page.getByRole('heading', { name: 'Teamprofiel van 8 teamleden' })).toBeVisible();
  const agreement = card('vertrouwen').locator('dd[data-agreement]');
  await expect(agreement).toHaveAttribute('data-agreement', 'none');
  await expect(agreement).toContainText(/^geen duidelijke overeenstemming: de index tegen licht scheef antwoorden is lager dan 0,70/);
  await expect(agreement).toContainText('r_wg(J) = 0,00 (tegen licht scheef antwoorden; 0,00 tegen willekeurig antwoorden)');
  // Eight members split on "leiding" and identical on "vertrouwen" (about the team): that does read as agreement, so the words are not stuck on "none".
  const eight = [1, 1.2, 1.5, 4.8, 5, 4.5, 4.6, 4.9].map((leiding) => code([3, 3, 3, 3, leiding, 3]));
  await paste(page, eight);
  await expect(page.getByRole('heading', { name: 'Teamprofiel van 8 teamleden' })).toBeVisible();
  const agreeing = card('vertrouwen').locator('dd[data-agreement]');
  await expect(agreeing).toHaveAttribute('data-agreement', 'agreement');
  await expect(agreeing).toContainText(/^overeenstemming: de antwoorden op elke uitspraak liggen zo dicht bij elkaar/);
  // Identical answers give an index of 1,00, which beside the median would show everyone's score: shown as "0,90 of hoger".
  await expect(agreeing).toContainText('r_wg(J) = 0,90 of hoger (tegen licht scheef antwoorden; 0,90 of hoger tegen willekeurig antwoorden)');
  await expect(agreeing).not.toContainText('1,00');
  // The answers themselves never appear: only the index.
  await expect(page.locator('.team-profile__result')).not.toContainText(/Helemaal (niet )?mee eens/);
  // The leader's statements are about how the leader treats *me*: real differences in treatment are no disagreement, so no index there.
  await expect(card('leiding').locator('dd[data-agreement]')).toHaveCount(0);
  // Self-reports ("ik …"): identical answers, but no agreement index, which would mean nothing there.
  for (const id of ['bedoeling', 'eigenaarschap', 'klantbeeld', 'adviseren']) await expect(card(id).locator('dd[data-agreement]')).toHaveCount(0);
  await axe(page);
  // The same eight codes without the answers (format 2): no index, and a reason instead of a reading from the scores.
  const withoutAnswers = [1, 1.2, 1.5, 4.8, 5, 4.5, 4.6, 4.9].map((leiding) => encodeResult({ code: kt.code, version: kt.version, month: '2026-10', role: 'member', scores: [3, 3, 3, 3, leiding, 3] }, 1, 5));
  await paste(page, withoutAnswers);
  await expect(page.getByRole('heading', { name: 'Teamprofiel van 8 teamleden' })).toBeVisible();
  const missing = card('vertrouwen').locator('dd[data-agreement]');
  await expect(missing).toHaveAttribute('data-agreement', 'missing');
  await expect(missing).toHaveText('niet te berekenen: niet elke code bevat de antwoorden per uitspraak (codes van een eerdere versie van de scan)');
  await expect(page.locator('.team-dimension__index')).toHaveCount(0);
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

test('codes of version 2 and version 3 are refused together, naming the lines', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  const version2 = encodeResult({ code: kt.code, version: 2, month: '2026-10', role: 'member', scores: [3, 3, 3, 3, 3, 3] }, 1, 5);
  await paste(page, [version2, ...members]);
  await expect(page.getByText('6 codes geteld.')).toBeVisible();
  await expect(page.getByTestId('team-refusal')).toContainText(`versie 2 op regel 1; versie ${kt.version} op regels 2, 3, 4, 5 en 6`);
  await expect(page.locator('.team-dimension')).toHaveCount(0);
});
