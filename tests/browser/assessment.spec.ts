import type { Answers, AnswerValue, Assessment } from '../../src/tools/assessment/model';
import { encodeResult } from '../../src/tools/assessment/result-code';
import { answeredWeights, answerPrecision, bandOf, scoreAssessment } from '../../src/tools/assessment/scoring';
import { freshContext } from '../support/chromium';
import { contentAssessment, contentAssessments } from '../support/assessments';
import { axeAtBothWidths } from '../support/axe';
import { answerWithKeyboard, openAssessment, tabTo } from './assessment-helpers';
import { blockStorage, expect, test } from './fixtures';

/** A varied, repeatable answer pattern: some "weet ik niet", some skipped. */
function pattern(assessment: Assessment, seed: number): (AnswerValue | undefined)[] {
  return assessment.items.map((_, index) => {
    if ((index + seed) % 11 === 5) return 'unknown';
    if ((index + seed) % 13 === 7) return undefined;
    return ((index * 7 + seed * 3) % 5) + 1;
  });
}

function answersOf(assessment: Assessment, values: (AnswerValue | undefined)[]): Answers {
  return Object.fromEntries(assessment.items.flatMap((item, index) => (values[index] === undefined ? [] : [[item.id, values[index]!]])));
}

async function expectResult(page: import('@playwright/test').Page, assessment: Assessment, values: (AnswerValue | undefined)[]) {
  const answers = answersOf(assessment, values);
  const scores = scoreAssessment(assessment, answers);
  const cards = page.locator('.result__dimension');
  await expect(cards).toHaveCount(assessment.dimensions.length);
  for (const [index, dimension] of assessment.dimensions.entries()) {
    const card = cards.nth(index);
    await expect(card.getByRole('heading', { name: dimension.name })).toBeVisible();
    const score = scores[index]!;
    const sides = score.sides?.map((side) => ({ score: side.result.status === 'scored' ? side.result.score : null }));
    const border = score.status === 'scored' ? bandOf(score.score, dimension, sides, answerPrecision(answeredWeights(assessment, dimension.id, answers))).border : undefined;
    const label = score.status !== 'scored' ? 'Te weinig antwoorden' : border ? `Op de grens tussen ${border.lower.label} en ${border.upper.label}` : score.band.label;
    await expect(card.locator('.result__badge')).toHaveText(label);
    if (score.status === 'scored') {
      // The number appears only with its scale (a balance's sides too: no difference), and the next steps are links.
      await expect(card.locator('.result__score')).toHaveText(/^\d,\d op een schaal van 1 tot 5$/);
      const steps = border ? new Set([...border.lower.next, ...border.upper.next].map((step) => step.link)).size : score.band.next.length;
      await expect(card.locator('.result__next a')).toHaveCount(steps);
    }
  }
}

for (const assessment of contentAssessments()) {
  test(`${assessment.title}: completed with the keyboard alone, with its result and next steps`, async ({ page, request }) => {
    await openAssessment(page, assessment.id);
    if (assessment.role) {
      // A teamscan first asks member or leader: a radio group, by keyboard too.
      await tabTo(page, page.getByRole('radio', { name: assessment.role.member }));
      await page.keyboard.press('Space');
    }
    await tabTo(page, page.getByRole('button', { name: assessment.kind === 'teamscan' ? 'Begin de teamscan' : 'Begin de zelfscan' }));
    await page.keyboard.press('Enter');
    const values = pattern(assessment, 1);
    await answerWithKeyboard(page, assessment, values);
    await expect(page.getByRole('heading', { name: 'Je resultaat', level: 2 })).toBeFocused();
    await expectResult(page, assessment, values);
    // Every next step leads to a page that exists.
    for (const href of await page.locator('.result__next a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
      expect((await request.get(href.split('#')[0]!)).status(), href).toBe(200);
    }
  });
}

const ea = contentAssessment('effectief-adviseren');

test('a reload halfway resumes at the same question with the answers kept', async ({ page }) => {
  await openAssessment(page, ea.id);
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await answerWithKeyboard(page, ea, [2, 4, 5, 1, 3, 'unknown']);
  await page.reload();
  await expect(page.locator('.assessment-widget[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: `Ga verder bij vraag 7 van ${ea.items.length}` }).click();
  await expect(page.getByRole('heading', { name: `Vraag 7 van ${ea.items.length}` })).toBeFocused();
  await page.getByRole('button', { name: 'Vorige vraag' }).click();
  await expect(page.locator('.question input[value="unknown"]')).toBeChecked();
  await page.getByRole('button', { name: 'Vorige vraag' }).click();
  await expect(page.locator('.question input[value="3"]')).toBeChecked();
});

test('going on without an answer shows an error in the group, and skipping is allowed', async ({ page }) => {
  await openAssessment(page, ea.id);
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await page.getByRole('button', { name: 'Volgende vraag' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('Kies een antwoord, of sla deze vraag over.');
  await expect(page.locator('.question input[type="radio"]').first()).toBeFocused();
  await expect(page.getByRole('group', { name: ea.items[0]!.text })).toHaveAccessibleDescription('Kies een antwoord, of sla deze vraag over.');
  await page.getByRole('button', { name: 'Sla deze vraag over' }).click();
  await expect(page.getByRole('heading', { name: `Vraag 2 van ${ea.items.length}` })).toBeFocused();
});

test('print shows the result without navigation or buttons', async ({ page }) => {
  await openAssessment(page, 'wat-geeft-mijn-werk-mij');
  const wd = contentAssessment('wat-geeft-mijn-werk-mij');
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await answerWithKeyboard(page, wd, pattern(wd, 2));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#site-nav')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.result-chart')).toBeVisible();
  await expect(page.locator('.result__dimension').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kopieer code' })).toBeHidden();
  await expect(page.locator('.history')).toBeHidden();
});

test('the history compares the latest attempt with an earlier one, and deletes', async ({ page }) => {
  const wd = contentAssessment('wat-geeft-mijn-werk-mij');
  await openAssessment(page, wd.id);
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await answerWithKeyboard(page, wd, wd.items.map(() => 2));
  await page.getByRole('button', { name: 'Doe de zelfscan opnieuw' }).click();
  await answerWithKeyboard(page, wd, wd.items.map((item) => (item.reverse ? 1 : 5)));

  const history = page.getByRole('region', { name: 'Eerdere resultaten op dit apparaat' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  const table = history.getByRole('table');
  for (const dimension of wd.dimensions) {
    await expect(table.getByRole('row', { name: new RegExp(dimension.name) }).getByRole('cell').last()).toHaveText('hoger');
  }

  await history.getByRole('button', { name: /^Verwijder resultaat van/ }).first().click();
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await history.getByRole('button', { name: 'Verwijder alle resultaten' }).click();
  await history.getByRole('button', { name: 'Ja, verwijder alles' }).click();
  await expect(history.getByText('Je hebt deze scan op dit apparaat nog niet afgerond.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Je hebt deze scan op dit apparaat nog niet afgerond.')).toBeVisible();
});

test('a share link shows the same result, read-only, in a fresh browser profile', async ({ page, baseURL }) => {
  await openAssessment(page, ea.id);
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  const values = pattern(ea, 3);
  await answerWithKeyboard(page, ea, values);
  const code = (await page.getByTestId('result-code').textContent())!.trim();
  expect(code).toMatch(new RegExp(`^EA${ea.version}-`));
  await page.getByRole('button', { name: 'Kopieer deellink' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De deellink is gekopieerd.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${baseURL}zelfscans/${ea.id}/#resultaat=${code}`);

  const other = await freshContext({ baseURL });
  try {
    const viewer = other.pages()[0] ?? (await other.newPage());
    await viewer.goto(link);
    await expect(viewer.getByRole('heading', { name: 'Gedeeld resultaat' })).toBeVisible();
    await expectResult(viewer, ea, values);
    await expect(viewer.getByRole('region', { name: 'Eerdere resultaten op dit apparaat' })).toHaveCount(0);
    expect(await viewer.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('adviesplaybook:assessment')))).toEqual([]);
  } finally {
    await other.close();
  }
});

test('a tampered share code gives a clear Dutch message and leaves saved data alone', async ({ page }) => {
  await openAssessment(page, ea.id);
  await page.evaluate(() => localStorage.setItem('adviesplaybook:assessment:effectief-adviseren', JSON.stringify({ schema: 1, progress: null, attempts: [] })));
  await page.goto(`zelfscans/${ea.id}/#resultaat=EA1-0000-0000-0000-XX`);
  await expect(page.getByRole('alert')).toContainText('Deze deellink werkt niet.');
  await expect(page.getByRole('alert')).toContainText('Deze code klopt niet');
  expect(await page.evaluate(() => localStorage.getItem('adviesplaybook:assessment:effectief-adviseren'))).toContain('"attempts":[]');
  await page.getByRole('button', { name: 'Doe de zelfscan zelf' }).click();
  await expect(page.getByRole('button', { name: 'Begin de zelfscan' })).toBeVisible();
});

test('a teamscan code opened as a share link is refused, pointing to the team profile, and shows no one’s result', async ({ page }) => {
  const kt = contentAssessment('klantgerichtheid-team');
  const scores = kt.dimensions.map(() => 4);
  const code = encodeResult({ code: kt.code, version: kt.version, month: '2026-11', role: 'member', scores }, 1, 5);
  await openAssessment(page, kt.id);
  await page.goto(`zelfscans/${kt.id}/#resultaat=${code}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Deze deellink werkt niet.');
  await expect(alert).toContainText('Dit is een code van de teamscan. Zo’n code opent niet als losse uitkomst');
  await expect(alert.getByRole('link', { name: 'Naar het teamprofiel' })).toHaveAttribute('href', '/hulpmiddelen/teamprofiel/');
  await expect(page.getByRole('heading', { name: 'Gedeeld resultaat' })).toHaveCount(0);
  await expect(page.locator('.result__dimension')).toHaveCount(0);
  const results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test.describe('with storage blocked', () => {
  test('the assessment can still be completed, and says it cannot save', async ({ page }) => {
    await blockStorage(page);
    const wd = contentAssessment('wat-geeft-mijn-werk-mij');
    await openAssessment(page, wd.id);
    await expect(page.getByText(/kunnen op dit apparaat niet worden bewaard/)).toBeVisible();
    await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
    const values = pattern(wd, 4);
    await answerWithKeyboard(page, wd, values);
    await expectResult(page, wd, values);
    await expect(page.getByTestId('result-code')).toHaveText(new RegExp(`^WD${wd.version}-`));
  });
});

test('damaged saved data is set aside, not destroyed, and the assessment still works', async ({ page }) => {
  const wd = contentAssessment('wat-geeft-mijn-werk-mij');
  await openAssessment(page, wd.id);
  await page.evaluate(() => localStorage.setItem('adviesplaybook:assessment:wat-geeft-mijn-werk-mij', '{"schema":1,"attempts":[{"kapot":'));
  await page.reload();
  await expect(page.getByText(/waren beschadigd/)).toBeVisible();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('adviesplaybook:assessment:wat-geeft-mijn-werk-mij:beschadigd:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(backups).toEqual(['{"schema":1,"attempts":[{"kapot":']);
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await answerWithKeyboard(page, wd, pattern(wd, 5));
  await expect(page.locator('.result__dimension')).toHaveCount(wd.dimensions.length);
});

test('a downloaded result file imports on another device', async ({ page, baseURL }) => {
  const wd = contentAssessment('wat-geeft-mijn-werk-mij');
  await openAssessment(page, wd.id);
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await answerWithKeyboard(page, wd, pattern(wd, 6));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als bestand (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^zelfscan-wat-geeft-mijn-werk-mij-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  const other = await freshContext({ baseURL });
  try {
    const device = other.pages()[0] ?? (await other.newPage());
    await openAssessment(device, wd.id);
    await device.getByLabel('Importeer een eerder gedownload bestand').setInputFiles(file);
    await expect(device.getByRole('status').filter({ hasText: '1 resultaat toegevoegd.' })).toBeAttached();
    await expect(device.getByRole('region', { name: 'Eerdere resultaten op dit apparaat' }).getByRole('listitem')).toHaveCount(1);
    await device.getByLabel('Importeer een eerder gedownload bestand').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"iets anders"}') });
    await expect(device.getByRole('status').filter({ hasText: 'geen export van een zelfscan' })).toBeAttached();
  } finally {
    await other.close();
  }
});

test('axe finds no violation on the question, result and shared states', async ({ page }) => {
  const check = async (state: string) => {
    const results = await axeAtBothWidths(page);
    expect(results.violations.map((violation) => `${state}: ${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
  };
  const wd = contentAssessment('wat-geeft-mijn-werk-mij');
  await openAssessment(page, wd.id);
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await check('question');
  await page.getByRole('button', { name: 'Volgende vraag' }).click();
  await check('question with error');
  await page.getByRole('radio', { name: 'Mee eens', exact: true }).check();
  await page.getByRole('button', { name: 'Volgende vraag' }).click();
  await answerWithKeyboard(page, wd, pattern(wd, 7).slice(1), 1);
  await check('result');
  const code = (await page.getByTestId('result-code').textContent())!.trim();
  await page.goto(`zelfscans/${wd.id}/#resultaat=${code}`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Gedeeld resultaat' })).toBeVisible();
  await check('shared');
  await page.emulateMedia({ colorScheme: 'dark' });
  await check('shared, dark');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the statements are readable and the paper version is offered', async ({ page }) => {
    await page.goto(`zelfscans/${ea.id}/`);
    await expect(page.locator('.static-questionnaire li')).toHaveCount(ea.items.length);
    await expect(page.getByText(ea.items[0]!.text)).toBeVisible();
    await expect(page.getByText(/Voor het invullen met directe uitslag is JavaScript nodig/)).toBeVisible();
    await page.getByRole('link', { name: 'Papieren versie en scoresleutel' }).click();
    await expect(page.locator('.paper__items tbody tr')).toHaveCount(ea.items.length);
    // The print buttons need JavaScript: without it they are not offered (the browser's own print does the same).
    await expect(page.getByRole('button', { name: 'Print de vragenlijst' })).toHaveCount(0);
    // The scoring key is a sheet of its own, reached by a plain link.
    await page.getByRole('link', { name: 'Naar de scoresleutel' }).click();
    await expect(page.getByRole('heading', { name: 'Zo reken je je uitkomst uit' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print de scoresleutel' })).toHaveCount(0);
  });
});

test.describe('on a short screen', () => {
  test.use({ viewport: { width: 1280, height: 360 } });

  test('the island’s JavaScript loads only when it scrolls into view', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`zelfscans/${ea.id}/`, { waitUntil: 'networkidle' });
    await expect(page.locator('astro-island')).not.toBeInViewport();
    // Only the site's small enhancement script has loaded: no React, no widget.
    expect(scripts).toEqual([expect.stringMatching(/^\/_astro\/Base\.astro_astro_type_script_index_0_lang\./)]);
    await page.locator('astro-island').scrollIntoViewIfNeeded();
    await expect(page.locator('.assessment-widget[data-ready="true"]')).toBeVisible();
    expect(scripts.some((path) => /AssessmentWidget/.test(path))).toBe(true);
  });
});

test('a result taken on an older version is still shown, with the version it was taken on', async ({ page }) => {
  const wd = contentAssessment('wat-geeft-mijn-werk-mij');
  await openAssessment(page, wd.id);
  await page.evaluate(
    (dimensions) =>
      localStorage.setItem(
        'adviesplaybook:assessment:wat-geeft-mijn-werk-mij',
        JSON.stringify({
          schema: 1,
          progress: null,
          attempts: [{ id: 'oud', version: 0, completedAt: '2025-03-01T10:00:00.000Z', answers: {}, dimensions: dimensions.map((d, i) => ({ id: d.id, name: `${d.name} (oud)`, score: 2 + i, band: 'Oude uitkomst' })) }],
        }),
      ),
    wd.dimensions.map(({ id, name }) => ({ id, name })),
  );
  await page.reload();
  await expect(page.locator('.assessment-widget[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Bekijk je laatste resultaat' }).click();
  await expect(page.getByText(/Gemaakt met versie 0 van deze scan/)).toBeVisible();
  await expect(page.locator('.result__dimension').first()).toContainText(`${wd.dimensions[0]!.name} (oud)`);
  await expect(page.locator('.result__badge').first()).toHaveText('Oude uitkomst');
  // An old result has no share code: its dimensions may no longer match.
  await expect(page.getByTestId('result-code')).toHaveCount(0);
});

test('results saved by the first release (key "zelfscan:<id>") are found, moved to the new key and kept', async ({ page }) => {
  const wd = contentAssessment('wat-geeft-mijn-werk-mij');
  await openAssessment(page, wd.id);
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await answerWithKeyboard(page, wd, pattern(wd, 3));
  await expect(page.locator('.result__dimension')).toHaveCount(wd.dimensions.length);
  // Put the history back where the first release kept it, as a reader who updates would have it.
  const saved = await page.evaluate(() => {
    const value = localStorage.getItem('adviesplaybook:assessment:wat-geeft-mijn-werk-mij')!;
    localStorage.removeItem('adviesplaybook:assessment:wat-geeft-mijn-werk-mij');
    localStorage.setItem('adviesplaybook:zelfscan:wat-geeft-mijn-werk-mij', value);
    return value;
  });
  await page.reload();
  await expect(page.locator('.assessment-widget[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Bekijk je laatste resultaat' }).click();
  await expect(page.locator('.result__dimension')).toHaveCount(wd.dimensions.length);
  expect(await page.evaluate(() => [localStorage.getItem('adviesplaybook:assessment:wat-geeft-mijn-werk-mij'), localStorage.getItem('adviesplaybook:zelfscan:wat-geeft-mijn-werk-mij')])).toEqual([saved, null]);
});

// One instruction, one wording: the start screen, the paper version and its print read the content's words, in each language.
for (const [dir, kt, paths] of [
  ['content/assessments', 'klantgerichtheid-team', { screen: 'zelfscans/klantgerichtheid-team/', paper: 'zelfscans/klantgerichtheid-team/papier/' }],
  ['content/en/assessments', 'klantgerichtheid-team', { screen: 'en/self-assessments/team-client-focus/', paper: 'en/self-assessments/team-client-focus/paper/' }],
] as const) {
  test(`the instruction reads the same on screen, on paper and in print (${dir})`, async ({ page }) => {
    const assessment = contentAssessments(dir).find((candidate) => candidate.id === kt)!;
    const words = assessment.instructions!.replace(/\s+/g, ' ').trim();
    await openAssessment(page, assessment.id, paths.screen);
    await expect(page.locator('.assessment-start__instructions')).toHaveText(words);
    await page.goto(paths.paper);
    await expect(page.locator('.paper-page__instructions')).toHaveText(words);
    // The switch to the agree scale is announced on paper as on screen.
    await expect(page.locator('.paper__scale-change')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.paper-page__instructions')).toBeVisible();
    await expect(page.locator('.paper-page__instructions')).toHaveText(words);
    await expect(page.locator('.paper__scale-change')).toBeVisible();
  });
}

test('the first statement on the agree scale says the answers change; the one before it does not', async ({ page }) => {
  const kt = contentAssessment('klantgerichtheid-team');
  const scaleOf = (index: number) => (kt.dimensions.find((dimension) => dimension.id === kt.items[index]!.dimension)!.scale ?? kt.scale).kind;
  const first = kt.items.findIndex((_, index) => index > 0 && scaleOf(index) !== scaleOf(index - 1));
  expect(first).toBeGreaterThan(0);
  await openAssessment(page, kt.id);
  await page.evaluate(
    ({ key, position, version, answers }) =>
      localStorage.setItem(key, JSON.stringify({ schema: 1, progress: { version, answers, position, updatedAt: '2026-12-01T10:00:00.000Z', role: 'member' }, attempts: [] })),
    { key: `adviesplaybook:assessment:${kt.id}`, position: first - 1, version: kt.version, answers: Object.fromEntries(kt.items.slice(0, first - 1).map((item) => [item.id, 3])) },
  );
  await page.reload();
  await page.getByRole('button', { name: `Ga verder bij vraag ${first} van ${kt.items.length}` }).click();
  await expect(page.locator('.question__scale-change')).toHaveCount(0);
  await page.getByRole('button', { name: 'Sla deze vraag over' }).click();
  const group = page.getByRole('group', { name: kt.items[first]!.text });
  await expect(page.locator('.question__scale-change')).toHaveText('Let op: vanaf hier kies je hoe eens je het met de uitspraak bent, van “Helemaal niet mee eens” tot “Helemaal mee eens”.');
  // A screen reader hears the note with the question.
  await expect(group).toHaveAccessibleDescription(/vanaf hier kies je hoe eens je het met de uitspraak bent/);
});

// The teamscan's "Vertrouwen" is answered on the agree scale: its outcome is never drawn or listed as one ranking with the how-often areas.
test('the agree-scale block stands apart from the how-often areas in the result, the history comparison and the paper key, for old results too', async ({ page }) => {
  const kt = contentAssessment('klantgerichtheid-team');
  const scaleOf = (dimension: Assessment['dimensions'][number]) => dimension.scale ?? kt.scale;
  const often = kt.dimensions.filter((dimension) => scaleOf(dimension).kind === 'frequency');
  const agree = kt.dimensions.filter((dimension) => scaleOf(dimension).kind === 'agreement');
  expect(often.length).toBeGreaterThan(0);
  expect(agree.length).toBeGreaterThan(0);
  const agreeScale = scaleOf(agree[0]!);
  const oftenCaption = `Schaal van hoe vaak, van “${kt.scale.points[0]!.label}” tot “${kt.scale.points.at(-1)!.label}”.`;
  const agreeCaption = `Schaal van eens tot oneens, van “${agreeScale.points[0]!.label}” tot “${agreeScale.points.at(-1)!.label}”. Leg deze uitkomst niet naast de onderdelen hierboven: een 4 betekent hier iets anders.`;
  // Saved attempts keep their scores and band labels, not their items: one of version 2 (other
  // item ids and labels) and two of today's version.
  const attempt = (id: string, version: number, completedAt: string, score: number, band: string | null) => ({
    id,
    version,
    completedAt,
    role: 'member',
    answers: {},
    dimensions: kt.dimensions.map((dimension) => ({ id: dimension.id, name: `${dimension.name}${version === kt.version ? '' : ' (v2)'}`, score, band })),
  });
  await openAssessment(page, kt.id);
  await page.evaluate(
    ({ key, attempts }) => localStorage.setItem(key, JSON.stringify({ schema: 1, progress: null, attempts })),
    {
      key: `adviesplaybook:assessment:${kt.id}`,
      attempts: [attempt('v2', 2, '2026-12-01T10:00:00.000Z', 3.5, 'Oud label'), attempt('eerder', kt.version, '2026-12-03T10:00:00.000Z', 2.25, null), attempt('later', kt.version, '2026-12-05T10:00:00.000Z', 4.5, null)],
    },
  );
  await page.reload();
  await page.getByRole('button', { name: 'Bekijk je laatste resultaat' }).click();

  const groups = page.locator('.result__scale-group');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0).locator('.result__name')).toHaveText(often.map((dimension) => dimension.name));
  await expect(groups.nth(0).locator('.result__scale-caption')).toHaveText(oftenCaption);
  await expect(groups.nth(1).locator('.result__name')).toHaveText(agree.map((dimension) => dimension.name));
  await expect(groups.nth(1).locator('.result__scale-caption')).toHaveText(agreeCaption);
  // The chart: the same two blocks, and the table a screen reader reads has the caption as a row-group header.
  const chartGroups = page.locator('.result-chart__group');
  await expect(chartGroups).toHaveCount(2);
  await expect(chartGroups.nth(0).locator('.result-chart__name')).toHaveText(often.map((dimension) => dimension.name));
  await expect(chartGroups.nth(1).locator('.result-chart__name')).toHaveText(agree.map((dimension) => dimension.name));
  await expect(chartGroups.nth(1).locator('.result-chart__group-caption')).toHaveText(agreeCaption);
  const chartTable = page.locator('.result-chart table');
  await expect(chartTable.locator('tbody')).toHaveCount(2);
  await expect(chartTable.locator('tbody').nth(1).locator('th[scope="rowgroup"]')).toHaveText(agreeCaption);
  await expect(chartTable.locator('tbody').nth(1).locator('th[scope="row"]')).toHaveText(agree.map((dimension) => dimension.name));

  // The history comparison: one row group per scale, the agree-scale rows under their caption.
  const table = page.getByRole('region', { name: 'Eerdere resultaten op dit apparaat' }).locator('.history__table');
  await expect(table.locator('tbody')).toHaveCount(2);
  await expect(table.locator('tbody').nth(0).locator('th[scope="row"]')).toHaveText(often.map((dimension) => dimension.name));
  await expect(table.locator('tbody').nth(1).locator('th[scope="rowgroup"]')).toHaveText(agreeCaption);
  await expect(table.locator('tbody').nth(1).locator('th[scope="row"]')).toHaveText(agree.map((dimension) => dimension.name));
  await expect(table.locator('tbody').nth(1).getByRole('cell').last()).toHaveText('hoger');
  // The grouped result and comparison: axe-clean and without sideways scrolling at 320 px, light and dark.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await axeAtBothWidths(page);
    expect(results.violations.map((violation) => `${colorScheme}: ${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // A version-2 result still shows as it was saved (its names and labels), in the same two blocks.
  await page.getByRole('button', { name: /^Bekijk resultaat van 1 december 2026/ }).click();
  await expect(page.getByText(/Gemaakt met versie 2 van deze scan/)).toBeVisible();
  await expect(page.locator('.result__badge')).toHaveText(kt.dimensions.map(() => 'Oud label'));
  await expect(groups.nth(1).locator('.result__name')).toHaveText(agree.map((dimension) => `${dimension.name} (v2)`));

  // The paper key: the agree-scale areas come after their own caption.
  await page.goto(`zelfscans/${kt.id}/papier/scoresleutel/`);
  const keyCaptions = page.locator('.paper__key-scale');
  await expect(keyCaptions).toHaveText([oftenCaption, agreeCaption]);
  await expect(keyCaptions.nth(1).locator('xpath=following-sibling::section').locator('h3')).toHaveText(agree.map((dimension) => dimension.name));
  // One answer scale: no captions at all.
  await page.goto(`zelfscans/${ea.id}/papier/scoresleutel/`);
  await expect(page.locator('.paper__key-scale')).toHaveCount(0);
});

// Without JavaScript the statements read as the question screens do.
for (const { dir, path, leaderReads } of [
  { dir: 'content/assessments', path: 'zelfscans/klantgerichtheid-team/', leaderReads: 'Ben je leidinggevende van het team? Lees dan:' },
  { dir: 'content/en/assessments', path: 'en/self-assessments/team-client-focus/', leaderReads: 'Are you the team’s manager? Then read:' },
] as const) {
  test.describe(`without JavaScript (${dir})`, () => {
    test.use({ javaScriptEnabled: false });

    test('the teamscan’s statements come with the instructions, the scale-change note and the leader’s wording, and never a dimension name', async ({ page }) => {
      const kt = contentAssessments(dir).find((candidate) => candidate.id === 'klantgerichtheid-team')!;
      await page.goto(path);
      const list = page.locator('.static-questionnaire');
      await expect(list.locator('.static-questionnaire__instructions')).toHaveText(kt.instructions!.replace(/\s+/g, ' ').trim());
      await expect(list.locator('li')).toHaveCount(kt.items.length);
      for (const dimension of kt.dimensions) await expect(list).not.toContainText(dimension.name);
      // The first statement on the agree scale follows the same note the question screen shows.
      const scaleOf = (index: number) => kt.dimensions.find((dimension) => dimension.id === kt.items[index]!.dimension)!.scale ?? kt.scale;
      const first = kt.items.findIndex((_, index) => index > 0 && scaleOf(index).kind !== scaleOf(index - 1).kind);
      expect(first).toBeGreaterThan(0);
      const agree = scaleOf(first);
      const note = dir === 'content/assessments' ? `Let op: vanaf hier kies je hoe eens je het met de uitspraak bent, van “${agree.points[0]!.label}” tot “${agree.points.at(-1)!.label}”.` : `Please note: from here on you choose how far you agree with the statement, from “${agree.points[0]!.label}” to “${agree.points.at(-1)!.label}”.`;
      await expect(list.locator('.static-questionnaire__scale-change')).toHaveText(note);
      await expect(list.locator('.static-questionnaire__scale-change + ol > li').first()).toHaveText(kt.items[first]!.text);
      // Numbering runs on across the note, as on screen and on paper.
      await expect(list.locator('.static-questionnaire__scale-change + ol')).toHaveAttribute('start', String(first + 1));
      // Every item with a leader's wording shows it, introduced for the leader who reads along.
      const withLeader = kt.items.filter((item) => item.leaderText);
      expect(withLeader.length).toBeGreaterThan(0);
      await expect(list.locator('.static-questionnaire__leader')).toHaveCount(withLeader.length);
      for (const item of withLeader) {
        await expect(list.locator('li', { hasText: item.text }).locator('.static-questionnaire__leader')).toHaveText(`${leaderReads} ${item.leaderText}`);
      }
    });
  });
}
