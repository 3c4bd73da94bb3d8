import type { Page } from '@playwright/test';
import { encodeResult } from '../../src/tools/assessment/result-code';
import { axeAtBothWidths } from '../support/axe';
import { contentAssessment, teamAnswers } from '../support/assessments';
import { expect, test, visitHydrated as visit } from './fixtures';

/** Pastes codes and makes the profile (it is made only on that action); a locked set is cleared first with "Begin opnieuw". */
async function makeProfile(page: Page, lines: readonly string[]) {
  const restart = page.getByRole('button', { name: 'Begin opnieuw met andere codes' });
  if (await restart.isVisible()) await restart.click();
  await page.getByLabel('Plak de resultaatcodes van de teamleden').fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Maak het teamprofiel' }).click();
}

const kt = contentAssessment('klantgerichtheid-team');
const wd = contentAssessment('wat-geeft-mijn-werk-mij');
/** A teamscan code; its answers to the Vertrouwen items (the last area) give that area's score rounded to a whole answer, or none when it has no score. */
const ktCode = (scores: (number | null)[], month: string, answers?: (number | null)[]) => {
  const trust = scores.at(-1);
  const carried = answers ?? (trust == null ? teamAnswers(kt, 3).map(() => null) : teamAnswers(kt, Math.round(trust)));
  return encodeResult({ code: kt.code, version: kt.version, month, role: 'member', scores, answers: carried }, 1, 5);
};

// Six members: they agree about "leiding" and disagree most about "bedoeling".
const team = [
  ktCode([1.5, 3, 2.5, 3.5, 4.5, 3], '2026-11'),
  ktCode([4.5, 3.2, 2.8, 3.5, 4.25, 3.5], '2026-11'),
  ktCode([2, 3.5, 2.2, 4, 4.5, 2.5], '2026-11'),
  ktCode([5, 2.8, 1.8, 3.2, 4.75, 4], '2026-11'),
  ktCode([1.2, 3, 2.5, 3.8, 4.5, 3], '2026-11'),
  ktCode([3, 3, 3, 3, 4.5, 3], '2026-10'),
];

test('six codes give the team profile, grouped by kind of question in questionnaire order, with recommendations', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  await makeProfile(page, team);
  await expect(page.getByText('6 codes geteld.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Teamprofiel van 6 teamleden' })).toBeVisible();
  const names = await page.locator('.team-profile__dimensions .team-dimension__name').allTextContents();
  expect(names).toHaveLength(kt.dimensions.length);
  // Below eight members no spread is shown, so the cards keep the questionnaire's order: how-often areas first, the agree scale after them.
  const byFormat = (format: string) => kt.dimensions.filter((dimension) => (dimension.scale?.kind ?? kt.scale.kind) === format).map((dimension) => dimension.name);
  expect(names).toEqual([...byFormat('frequency'), ...byFormat('agreement')]);
  await expect(page.locator('.team-profile__order')).toHaveText(
    'De onderdelen staan per soort vraag: eerst de vragen over hoe vaak, dan de vragen over mee eens of oneens. Binnen elke soort staan ze in de volgorde van de vragenlijst.',
  );
  const first = page.locator('.team-profile__dimensions .team-dimension').first();
  // Six members: no agreement anywhere (from eight, and only on the areas about the team or its leader).
  await expect(page.locator('dd[data-agreement]')).toHaveCount(0);
  // Six members: a median, but the spread and the distribution only from eight.
  await expect(first).toContainText('De spreiding en de verdeling over de uitkomsten zie je pas vanaf 8 teamleden');
  await expect(first.getByRole('table')).toHaveCount(0);
  await expect(first).not.toContainText('van Aandachtspunt tot Sterk punt');
  // Individual codes never appear next to the results.
  for (const code of team) await expect(page.locator('.team-profile__result')).not.toContainText(code);
  await expect(page.getByRole('heading', { name: 'Waar beginnen jullie?' })).toBeVisible();
  await expect(page.locator('.team-profile__recommendations a').first()).toHaveAttribute('href', /^\/[a-z]/);
  // No ranking: every area on a how-often or agree scale, in the cards' (questionnaire) order, and nothing called lowest.
  const meanNames = kt.dimensions.filter((dimension) => dimension.kind !== 'balance').map((dimension) => dimension.name);
  expect(await page.locator('.team-profile__recommendations > li > strong').allTextContents()).toEqual(names.filter((name) => meanNames.includes(name)));
  await expect(page.locator('.team-profile__result')).not.toContainText(/scoren het laagst|Aandacht nodig/);
  // The at-a-glance list names each area's outcome, not a verdict.
  await expect(page.locator('.team-profile__lights li').first()).toContainText(/Aandachtspunt|Op weg|Sterk punt|Op de grens tussen/);
});

test('below five valid members nothing is shown; foreign, duplicate and damaged codes are named', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  const foreign = encodeResult({ code: wd.code, version: wd.version, month: '2026-11', role: null, scores: [3, 3, 3] }, 1, 5);
  const damaged = `${team[2]!.slice(0, -1)}${team[2]!.endsWith('0') ? '1' : '0'}`;
  await makeProfile(page, [team[0], team[1], team[0], foreign, damaged]);
  await expect(page.getByText('2 codes geteld.')).toBeVisible();
  await expect(page.getByText('3 codes zijn niet meegeteld:')).toBeVisible();
  await expect(page.getByText(/Regel 3 .*Dubbel: deze code staat al op regel 1\./)).toBeVisible();
  await expect(page.getByText(new RegExp(`Regel 4 .*hoort bij “${wd.title.replace('?', '\\?')}”`))).toBeVisible();
  await expect(page.getByText(/Regel 5 .*Deze code klopt niet/)).toBeVisible();
  await expect(page.getByText(/Het profiel verschijnt pas vanaf 5 codes/)).toBeVisible();
  await expect(page.locator('.team-dimension')).toHaveCount(0);
});

test('codes are pasted in one batch and the profile is made only on request, then locked; a set one code away is refused', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  // One field for the codes, which says to paste them all at once; nothing to add a single code to a profile on screen.
  await expect(page.locator('.team-profile__input').getByRole('textbox')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Voeg toe' })).toHaveCount(0);
  await expect(page.getByText('Verzamel eerst alle codes, plak ze en kies dan “Maak het teamprofiel”')).toBeVisible();
  const field = page.getByLabel('Plak de resultaatcodes van de teamleden');
  // Typing or pasting never shows a profile: only the explicit action does.
  await field.fill(team.slice(0, 6).join('\n'));
  await expect(page.getByText('6 codes geteld.')).toBeVisible();
  await expect(page.locator('.team-profile__result')).toHaveCount(0);
  await page.getByRole('button', { name: 'Maak het teamprofiel' }).click();
  await expect(page.getByRole('heading', { name: 'Teamprofiel van 6 teamleden' })).toBeVisible();
  // The set is locked: read-only, and the profile stays the same.
  await expect(field).not.toBeEditable();
  await expect(page.getByRole('button', { name: 'Maak het teamprofiel' })).toHaveCount(0);
  await axeAtBothWidths(page).then((results) => expect(results.violations).toEqual([]));
  // Starting again clears the codes; a set one code away from the first is refused, with why.
  await page.getByRole('button', { name: 'Begin opnieuw met andere codes' }).click();
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  await expect(page.locator('.team-profile__result')).toHaveCount(0);
  await field.fill(team.slice(0, 5).join('\n'));
  await page.getByRole('button', { name: 'Maak het teamprofiel' }).click();
  await expect(page.getByTestId('team-set-refusal')).toContainText('deze codes verschillen maar één code van een profiel dat je eerder op deze pagina maakte');
  await expect(page.getByTestId('team-set-refusal')).toContainText('Laad je de pagina opnieuw, dan weet het scherm dit niet meer');
  await expect(page.locator('.team-profile__result')).toHaveCount(0);
  // The same set again is no difference and is allowed.
  await field.fill(team.slice(0, 6).join('\n'));
  await page.getByRole('button', { name: 'Maak het teamprofiel' }).click();
  await expect(page.getByRole('heading', { name: 'Teamprofiel van 6 teamleden' })).toBeVisible();
  await expect(page.getByTestId('team-set-refusal')).toHaveCount(0);
});

test('presentation mode: guess first, then reveal, with the keyboard', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  await makeProfile(page, team);
  await page.getByRole('button', { name: 'Presenteer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presentatie van het teamprofiel' });
  await expect(dialog.getByText(`Onderdeel 1 van ${kt.dimensions.length}`)).toBeFocused();
  await expect(dialog.getByText(/Wat denken jullie/)).toBeVisible();
  await expect(dialog.locator('.team-dimension')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(dialog.locator('.team-dimension')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(dialog.getByText(`Onderdeel 2 van ${kt.dimensions.length}`)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByText(`Onderdeel 1 van ${kt.dimensions.length}`)).toBeVisible();
  const results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

// Three more members in the same spread, for sessions of eight and nine (medians shown as numbers from eight).
const more = [ktCode([2.5, 3.2, 2.6, 3.6, 4.5, 3.2], '2026-11'), ktCode([3.5, 3, 2.4, 3.4, 4.4, 3.1], '2026-11'), ktCode([2.2, 3.1, 2.7, 3.7, 4.6, 2.9], '2026-11')];

async function saveSession(page: import('@playwright/test').Page, codes: string[], name: string, date: string) {
  await makeProfile(page, codes);
  await page.getByLabel('Naam van het team of de sessie').fill(name);
  await page.getByLabel('Datum van de sessie').fill(date);
  await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
  await expect(page.getByText(`Profiel “${name}” is bewaard.`)).toBeVisible();
}

test('sessions are saved on the device without their codes, and two sessions compare', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  const eight = [...team.slice(0, 5), ...more];
  await saveSession(page, eight, 'Teamdag', '2026-10-01');
  // The follow-up is one member more: within one visit that set is refused (it would show that member), so it is made on a later visit.
  await makeProfile(page, [...team, ...more]);
  await expect(page.getByTestId('team-set-refusal')).toContainText('één code');
  await page.reload();
  await expect(page.locator('.team-profile[data-ready="true"]')).toBeAttached();
  await saveSession(page, [...team, ...more], 'Follow-up', '2026-11-01');
  await saveSession(page, team.slice(0, 5), 'Klein', '2026-12-01');
  // What the device keeps: the summary, never a code.
  const kept = await page.evaluate(() => Object.entries(localStorage).map(([key, value]) => `${key}=${value}`).join('\n'));
  for (const single of [...team, ...more]) expect(kept).not.toContain(single);

  await page.reload();
  await expect(page.locator('.team-profile[data-ready="true"]')).toBeAttached();
  const saved = page.getByRole('region', { name: 'Bewaarde profielen' });
  await expect(saved.getByRole('listitem')).toHaveCount(3);
  await saved.getByLabel('Voor').selectOption({ label: 'Teamdag (1 oktober 2026)' });
  await saved.getByLabel('Na').selectOption({ label: 'Follow-up (1 november 2026)' });
  const compared = saved.locator('table.team-profile__compare').last();
  await expect(compared).toBeVisible();
  await expect(compared.getByRole('row')).toHaveCount(kt.dimensions.length + 1);
  // One member more moves the medians a little: within the team rule that is no change.
  const changes = await compared.locator('tbody td[data-change]').allTextContents();
  expect(changes).toHaveLength(kt.dimensions.length);
  for (const text of changes) expect(text).toMatch(/^ongeveer gelijk \([+−-]?\d,\d; een verandering telt vanaf \d,\d\)$/);
  // A session of five kept only its bands: below eight members nothing is compared, not even the outcomes.
  await saved.getByLabel('Na').selectOption({ label: 'Klein (1 december 2026)' });
  for (const text of await compared.locator('tbody td[data-change]').allTextContents()) expect(text).toMatch(/^niet te vergelijken: dat kan pas als beide sessies 8 of meer teamleden hadden$/);
  await expect(compared.locator('tbody td:nth-child(3)').first()).not.toContainText(/\d,\d/);
  // ... and says why: a shifted band can be measurement error, the standard error of a median of five (1.2533 × 0.7 / √5).
  await expect(saved.getByTestId('bands-only-caveat')).toContainText('Had een sessie minder dan 8 teamleden, dan is ze niet te vergelijken, ook niet als de uitkomst anders is.');
  await expect(saved.getByTestId('bands-only-caveat')).toContainText('Met 5 teamleden is de mediaan zelf ongeveer 0,39 punt onzeker');

  // Opening shows the saved summary; the codes field stays empty, since the codes were never kept.
  await saved.getByRole('button', { name: 'Open Teamdag van 1 oktober 2026' }).click();
  const summary = page.getByTestId('saved-profile');
  await expect(summary.getByRole('heading', { name: 'Teamprofiel van 8 teamleden' })).toBeFocused();
  await expect(summary).toContainText('De codes zelf worden niet bewaard');
  await expect(summary.getByRole('row')).toHaveCount(kt.dimensions.length + 1);
  await expect(page.getByLabel('Plak de resultaatcodes van de teamleden')).toHaveValue('');
  await saved.getByRole('button', { name: 'Open Klein van 1 december 2026' }).click();
  await expect(summary.getByRole('heading', { name: 'Teamprofiel van 5 teamleden' })).toBeVisible();
  await expect(summary.locator('tbody')).not.toContainText(/\d,\d/);
});

test('a profile saved with its codes by an earlier release still opens, without giving the codes back', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  const bands = ['Aandachtspunt', 'Op weg', 'Sterk punt'];
  const old = {
    schema: 1,
    profiles: [
      {
        id: 'old1',
        name: 'Oude teamdag',
        date: '2026-09-01',
        assessment: { id: kt.id, version: kt.version, title: kt.title },
        members: 5,
        codes: team.slice(0, 5),
        dimensions: kt.dimensions.map((dimension, index) => ({ id: dimension.id, name: dimension.name, median: 3.1, band: bands[index % 3], count: 5 })),
      },
    ],
  };
  await page.evaluate((value) => localStorage.setItem('adviesplaybook:team-profile', value), JSON.stringify(old));
  await page.reload();
  await expect(page.locator('.team-profile[data-ready="true"]')).toBeAttached();
  const saved = page.getByRole('region', { name: 'Bewaarde profielen' });
  await saved.getByRole('button', { name: 'Open Oude teamdag van 1 september 2026' }).click();
  const summary = page.getByTestId('saved-profile');
  await expect(summary.getByRole('heading', { name: 'Teamprofiel van 5 teamleden' })).toBeVisible();
  await expect(summary.locator('tbody th')).toHaveText(kt.dimensions.map((dimension) => dimension.name));
  await expect(summary.locator('tbody')).toContainText(bands[0]!);
  // Five members: the number it once showed is no longer shown, and no code appears anywhere.
  await expect(summary.locator('tbody')).not.toContainText('3,1');
  await expect(page.getByLabel('Plak de resultaatcodes van de teamleden')).toHaveValue('');
  for (const single of team.slice(0, 5)) await expect(page.locator('body')).not.toContainText(single);
  // Reading it destroyed nothing: the device still holds it until the next save.
  expect(await page.evaluate(() => localStorage.getItem('adviesplaybook:team-profile'))).toContain('Oude teamdag');
  await axeAtBothWidths(page).then((results) => expect(results.violations).toEqual([]));
});

test('print shows the profile without navigation; axe is clean before and with a profile', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  let results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await makeProfile(page, team);
  await expect(page.locator('.team-dimension').first()).toBeVisible();
  results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => `${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await expect(page.locator('#site-nav')).toBeHidden();
  await expect(page.locator('.team-profile__input')).toBeHidden();
  await expect(page.locator('.team-dimension').first()).toBeVisible();
});

test('pasted markup is shown as text, never turned into elements', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  await page.getByLabel('Plak de resultaatcodes van de teamleden').fill('<img src=x onerror="window.hacked=1">\n<b>vet</b>');
  await expect(page.getByText('2 codes zijn niet meegeteld:')).toBeVisible();
  await expect(page.locator('.codes-input__rejected img, .codes-input__rejected b')).toHaveCount(0);
  await expect(page.locator('.codes-input__rejected')).toContainText('<img src=x');
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});

test('“In één oogopslag” keeps the agree scale apart and lines up lights and names on a phone', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  await makeProfile(page, team);
  const trust = kt.dimensions.find((dimension) => dimension.id === 'vertrouwen')!.name;
  const frequency = page.locator('.team-profile__glance[data-format="frequency"]');
  const agreement = page.locator('.team-profile__glance[data-format="agreement"]');
  await expect(frequency.getByRole('listitem')).toHaveCount(kt.dimensions.length - 1);
  await expect(frequency).not.toContainText(trust);
  await expect(agreement).toContainText('Gevraagd op een andere schaal (mee eens of oneens): niet te vergelijken met de onderdelen hierboven.');
  await expect(agreement.getByRole('listitem')).toHaveText([new RegExp(trust)]);
  for (const width of [320, 375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const rows = await frequency.locator('li').evaluateAll((items) =>
      items.map((item) => {
        const [light, name] = [...item.children].map((child) => child.getBoundingClientRect());
        return { light: Math.round(light!.left), name: Math.round(name!.left), nameTop: Math.round(name!.top), lightBottom: Math.round(light!.bottom) };
      }),
    );
    // Every light starts at one edge and every name at another: a column, not a ragged line.
    expect(new Set(rows.map((row) => row.light)).size, `lights at ${width}px`).toBe(1);
    expect(new Set(rows.map((row) => row.name)).size, `names at ${width}px`).toBe(1);
    // On a phone the row stacks: the name sits under its light, not squeezed beside it.
    if (width < 480) for (const row of rows) expect(row.nameTop).toBeGreaterThanOrEqual(row.lightBottom - 2);
    else for (const row of rows) expect(row.name).toBeGreaterThan(row.light);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width at ${width}px`).toBeLessThanOrEqual(width);
  }
});

test('eight codes with the Vertrouwen answers show r_wg(J) against both nulls and its reading, never the answers', async ({ page }) => {
  await visit(page, '/hulpmiddelen/teamprofiel/');
  // The hand-worked team of agreement.test.ts: four Vertrouwen items, the second reverse-keyed, one answer left open.
  // Mean item variance 0.418: r_wg(J) 0.898 against the slight skew (1.34), 0.938 against uniform answering (2.0).
  const answers = [
    [4, 2, 4, 5],
    [4, 1, 3, 4],
    [5, 1, 4, 4],
    [4, 2, 4, 3],
    [3, 2, 4, 4],
    [4, 2, 5, 4],
    [5, 1, 4, 5],
    [4, 3, 4, null],
  ];
  expect(answers[0]).toHaveLength(teamAnswers(kt, 3).length);
  const trust = answers.map((row) => {
    const keyed = row.flatMap((answer, item) => (answer === null ? [] : [item === 1 ? 6 - answer : answer]));
    return keyed.reduce((total, value) => total + value, 0) / keyed.length;
  });
  await makeProfile(
    page,
    answers.map((row, index) => ktCode([3, 3, 3, 3, 3, trust[index]!], `2026-0${index + 1}`, row)),
  );
  await expect(page.getByRole('heading', { name: 'Teamprofiel van 8 teamleden' })).toBeVisible();
  const card = page.locator('.team-profile__dimensions .team-dimension').filter({ has: page.getByRole('heading', { name: kt.dimensions.find((dimension) => dimension.refersTo === 'team')!.name }) });
  const agreement = card.locator('dd[data-agreement]');
  await expect(agreement).toHaveAttribute('data-agreement', 'agreement');
  // 0.898 and 0.938 both round to 0,90 or more: the profile shows no index above 0,90 (privacy.ts), so both read "0,90 of hoger".
  await expect(agreement).toContainText('r_wg(J) = 0,90 of hoger (tegen licht scheef antwoorden; 0,90 of hoger tegen willekeurig antwoorden)');
  await expect(agreement).toContainText(/^overeenstemming: .*0,70 of hoger is, de gangbare grens/);
  // Only Vertrouwen is about the team: one agreement row on the whole profile.
  await expect(page.locator('dd[data-agreement]')).toHaveCount(1);
  const axeResults = await axeAtBothWidths(page);
  expect(axeResults.violations.map((violation) => violation.id)).toEqual([]);
});
