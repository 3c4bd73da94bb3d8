/**
 * The SCORM 1.2 packages in a learning platform: each zip unpacked into a bare directory,
 * served on its own port, its launch page in a frame under scorm-again's SCORM 1.2 runtime.
 * The CMI data asserted here is what the runtime holds, as a platform would store it.
 */
import type { FrameLocator, Page } from '@playwright/test';
import { BORDER_PART, identifierPart } from '../../src/tools/scorm/objectives';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Assessment } from '../../src/tools/assessment/model';
import { assessment as assessmentEn } from '../../src/tools/assessment/strings/en';
import { scorm as scormEn } from '../../src/tools/scorm/strings/en';
import { contentAssessment, contentAssessments } from '../support/assessments';
import { axeAtBothWidths } from '../support/axe';
import { type Lms, startLms } from '../support/scorm-lms';
import { ROOT_DIST } from '../../playwright.config';
import { answerWithKeyboard, tabTo } from './assessment-helpers';
import { expect, test } from './fixtures';

const packageFiles = readdirSync(join(ROOT_DIST, 'scorm')).filter((name) => name.endsWith('.zip'));
const TOOL_PACKAGE = 'waartoe-check.zip';
const assessmentPackages = packageFiles.filter((name) => name !== TOOL_PACKAGE);
const zip = (name: string) => join(ROOT_DIST, 'scorm', name);

interface Cmi {
  suspend_data: string;
  core: { lesson_status: string; exit: string; entry: string; session_time: string; score: { raw: string } };
  objectives: Record<string, { id: string; status: string; score: { raw: string; min: string; max: string } }>;
  interactions: Record<string, unknown>;
}

const cmiOf = (page: Page): Promise<Cmi> => page.evaluate(() => (window as unknown as { API: { renderCMIToJSONObject(): { cmi: Cmi } } }).API.renderCMIToJSONObject().cmi);

let lms: Lms | undefined;
test.afterEach(async () => {
  await lms?.stop();
  lms = undefined;
});

/** Opens the platform's page (with `query`) and waits until the package has found the API. */
async function launch(page: Page, file: string, query = ''): Promise<FrameLocator> {
  lms = await startLms(zip(file));
  await page.goto(`${lms.url}${query}`);
  const scan = page.frameLocator('iframe[title="Zelfscan"]');
  await expect(scan.getByRole('status').first()).toHaveText(/Verbonden met je leeromgeving|Je gaat verder bij vraag/);
  return scan;
}

async function start(page: Page, scan: Page | FrameLocator, assessment: Assessment) {
  if (assessment.role) {
    await tabTo(page, scan.getByRole('radio', { name: assessment.role.member }));
    await page.keyboard.press('Space');
  }
  await tabTo(page, scan.getByRole('button', { name: assessment.kind === 'teamscan' ? 'Begin de teamscan' : 'Begin de zelfscan' }));
  await page.keyboard.press('Enter');
}

const values = (assessment: Assessment, count = assessment.items.length) => assessment.items.slice(0, count).map((_, index) => ((index * 3) % 5) + 1);

/** No answer of any item, in any form, in what the platform holds. */
function expectNoAnswers(cmi: Cmi, assessment: Assessment) {
  expect(cmi.suspend_data).toBe('');
  expect(cmi.interactions).toEqual({});
  const text = JSON.stringify(cmi);
  for (const item of assessment.items) expect(text).not.toContain(item.id);
}

test('there is a completion package for every assessment, a "met uitkomst" package for every zelfscan (never a teamscan), and one of the waartoe-check', () => {
  expect(packageFiles.sort()).toEqual(
    [...['effectief-adviseren', 'wat-geeft-mijn-werk-mij'].flatMap((id) => [`${id}-met-uitkomst.zip`, `${id}.zip`]), 'klantgerichtheid-team.zip', TOOL_PACKAGE].sort(),
  );
});

/** Every request of the test, and every answer that was an error. */
function recordRequests(context: import('@playwright/test').BrowserContext) {
  const requests: string[] = [];
  const failures: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  return {
    expectOnlyOwnFiles() {
      const origin = new URL(lms!.url).origin;
      expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
      expect(requests.some((url) => url.endsWith('/package/scorm.js'))).toBe(true);
      expect(failures).toEqual([]);
    },
  };
}

for (const file of assessmentPackages) {
  test(`${file}: runs from its own files alone, with no request to another origin and no broken file`, async ({ page, context }) => {
    const recorded = recordRequests(context);
    const id = file.replace(/(-met-uitkomst)?\.zip$/, '');
    const assessment = contentAssessment(id);
    const scan = await launch(page, file);
    await start(page, scan, assessment);
    await answerWithKeyboard(page, assessment, values(assessment, 1), 0, scan);
    await expect(scan.getByRole('heading', { name: `Vraag 2 van ${assessment.items.length}` })).toBeFocused();
    recorded.expectOnlyOwnFiles();
  });
}

test('waartoe-check.zip: completed when its summary shows, nothing of the answers sent, only its own files loaded', async ({ page, context }) => {
  const recorded = recordRequests(context);
  const check = await launch(page, TOOL_PACKAGE);
  await expect(check.getByRole('region', { name: 'Wat je leeromgeving van je krijgt' })).toContainText('Je leeromgeving krijgt je antwoorden en de uitkomst niet.');
  expect((await cmiOf(page)).core.lesson_status).toBe('incomplete');
  const typed = 'Minder terugbellen door klanten';
  for (let question = 1; question <= 6; question++) {
    await expect(check.getByRole('heading', { name: `Vraag ${question} van 6` })).toBeVisible();
    const text = check.locator('.purpose-check-question textarea');
    if ((await text.count()) > 0) await text.fill(`${typed} ${question}`);
    await check.locator('.purpose-check-question input[type="radio"]').first().check();
    await check.getByRole('button', { name: question === 6 ? 'Bekijk de uitkomst' : 'Volgende vraag' }).click();
  }
  await expect(check.getByTestId('waartoe-summary')).toBeVisible();
  const done = await cmiOf(page);
  expect(done.core.lesson_status).toBe('completed');
  expect(done.suspend_data).toBe('');
  expect(done.objectives).toEqual({});
  expect(JSON.stringify(done)).not.toContain(typed);
  recorded.expectOnlyOwnFiles();
});

test('completion package: incomplete on start, completed with the result; no answers, not even halfway, and no scores sent', async ({ page }) => {
  const assessment = contentAssessment('wat-geeft-mijn-werk-mij');
  const scan = await launch(page, 'wat-geeft-mijn-werk-mij.zip');
  const receives = scan.getByRole('region', { name: 'Wat je leeromgeving van je krijgt' });
  await expect(receives).toContainText('geen antwoorden, geen scores en geen uitkomst');
  await expect(receives).toContainText('je antwoorden en je voortgang blijven op dit apparaat');
  await start(page, scan, assessment);
  expect((await cmiOf(page)).core.lesson_status).toBe('incomplete');
  await answerWithKeyboard(page, assessment, values(assessment, 3), 0, scan);
  const halfway = await cmiOf(page);
  expectNoAnswers(halfway, assessment);
  expect(halfway.core.exit).not.toBe('suspend');
  await answerWithKeyboard(page, assessment, values(assessment).slice(3), 3, scan);
  await expect(scan.getByRole('heading', { name: 'Je resultaat', level: 2 })).toBeFocused();
  const done = await cmiOf(page);
  expect(done.core.lesson_status).toBe('completed');
  expect(done.objectives).toEqual({});
  expect(done.core.score.raw).toBe('');
  expectNoAnswers(done, assessment);
  await expect(scan.getByRole('status').first()).toHaveText('Je leeromgeving heeft gehoord dat je de zelfscan hebt afgerond.');
});

test('teamscan package: no answers in the platform, not even halfway; progress stays on the device', async ({ page }) => {
  const assessment = contentAssessment('klantgerichtheid-team');
  const scan = await launch(page, 'klantgerichtheid-team.zip');
  await expect(scan.getByRole('region', { name: 'Wat je leeromgeving van je krijgt' })).toContainText('Je antwoorden niet, ook niet zolang je nog bezig bent');
  await start(page, scan, assessment);
  await answerWithKeyboard(page, assessment, values(assessment, 3), 0, scan);
  const halfway = await cmiOf(page);
  expectNoAnswers(halfway, assessment);
  await answerWithKeyboard(page, assessment, values(assessment).slice(3), 3, scan);
  const done = await cmiOf(page);
  expect(done.core.lesson_status).toBe('completed');
  expect(done.objectives).toEqual({});
  expectNoAnswers(done, assessment);
});

test('"met uitkomst": no answers or progress in the platform, not even halfway; answers an older package left are cleared at the start', async ({ page }) => {
  const assessment = contentAssessment('effectief-adviseren');
  // What an older "met uitkomst" package left behind for this learner: a position and five answers.
  const left = `ea${assessment.version}|5||33333${'-'.repeat(assessment.items.length - 5)}`;
  const scan = await launch(page, 'effectief-adviseren-met-uitkomst.zip', `?resume=${encodeURIComponent(JSON.stringify({ core: { entry: 'resume', lesson_status: 'incomplete', exit: 'suspend' }, suspend_data: left }))}`);
  await expect(scan.getByRole('region', { name: 'Wat je leeromgeving van je krijgt' })).toContainText('Je antwoorden en je voortgang niet: die blijven op dit apparaat.');
  await expect.poll(async () => (await cmiOf(page)).suspend_data).toBe('');
  expect((await cmiOf(page)).core.exit).not.toBe('suspend');
  await start(page, scan, assessment);
  await answerWithKeyboard(page, assessment, values(assessment, 5), 0, scan);
  const halfway = await cmiOf(page);
  expect(halfway.suspend_data).toBe('');
  expect(halfway.core.exit).not.toBe('suspend');
  expectNoAnswers(halfway, assessment);
});

/** The start screen of a "met uitkomst" package says what it sends without naming what the scan measures. */
async function expectGenericStart(scan: FrameLocator, assessment: Assessment) {
  const receives = scan.getByRole('region', { name: 'Wat je leeromgeving van je krijgt' });
  await expect(receives).toContainText('Na afloop stuurt dit pakket per onderdeel alleen de uitkomst in woorden naar de leeromgeving, geen scores en geen antwoorden.');
  await expect(receives).toContainText('Dat doet het alleen als jij daarvoor kiest');
  for (const dimension of assessment.dimensions) await expect(scan.locator('.scorm')).not.toContainText(dimension.name);
  const balance = assessment.dimensions.some((dimension) => dimension.partOf !== undefined);
  if (balance) await expect(receives).toContainText('Niets over vragen en bieden: die twee uitkomsten gaan niet naar de leeromgeving.');
  else await expect(receives).not.toContainText('vragen en bieden');
}

test('"met uitkomst" start screens name no area, and mention the balance only in a scan that has one', async ({ page }) => {
  for (const id of ['wat-geeft-mijn-werk-mij', 'effectief-adviseren']) {
    const scan = await launch(page, `${id}-met-uitkomst.zip`);
    await expectGenericStart(scan, contentAssessment(id));
    await lms!.stop();
    lms = undefined;
  }
});

test('"met uitkomst" without the respondent’s consent: only completion and time, whatever the result', async ({ page }) => {
  const assessment = contentAssessment('wat-geeft-mijn-werk-mij');
  const scan = await launch(page, 'wat-geeft-mijn-werk-mij-met-uitkomst.zip');
  await start(page, scan, assessment);
  await answerWithKeyboard(page, assessment, values(assessment), 0, scan);
  await expect(scan.getByRole('heading', { name: 'Je resultaat', level: 2 })).toBeFocused();
  // The result is on screen: completed, and the question is asked; nothing of the outcome has gone yet.
  await expect(scan.getByRole('status').first()).toHaveText('Je leeromgeving heeft gehoord dat je de zelfscan hebt afgerond. Of je uitkomst ook mee mag, kies je boven je resultaat.');
  const consent = scan.getByRole('region', { name: 'Je uitkomst naar je leeromgeving sturen?' });
  await expect(consent).toContainText('Geen scores en geen antwoorden.');
  const asked = await cmiOf(page);
  expect(asked.core.lesson_status).toBe('completed');
  expect(asked.objectives).toEqual({});
  await tabTo(page, consent.getByRole('button', { name: 'Alleen afronden zonder uitkomst' }));
  await page.keyboard.press('Enter');
  await expect(consent.getByTestId('outcome-choice')).toBeFocused();
  await expect(consent.getByTestId('outcome-choice')).toHaveText('Je uitkomst is niet gestuurd. Je leeromgeving weet alleen dat je de zelfscan hebt afgerond.');
  await expect(consent.getByRole('button')).toHaveCount(0);
  await expect(scan.getByRole('status').first()).toHaveText('Je leeromgeving heeft gehoord dat je de zelfscan hebt afgerond.');
  const declined = await cmiOf(page);
  expect(declined.objectives).toEqual({});
  expect(declined.core.lesson_status).toBe('completed');
  expect(declined.core.score.raw).toBe('');
  expectNoAnswers(declined, assessment);
});

test('"met uitkomst": with the respondent’s consent one objective per dimension naming its band, no score, and still no answers', async ({ page }) => {
  const assessment = contentAssessment('wat-geeft-mijn-werk-mij');
  const scan = await launch(page, 'wat-geeft-mijn-werk-mij-met-uitkomst.zip');
  await expectGenericStart(scan, assessment);
  await start(page, scan, assessment);
  await answerWithKeyboard(page, assessment, values(assessment), 0, scan);
  await expect(scan.getByRole('heading', { name: 'Je resultaat', level: 2 })).toBeFocused();
  expect((await cmiOf(page)).objectives).toEqual({});
  const consent = scan.getByRole('region', { name: 'Je uitkomst naar je leeromgeving sturen?' });
  await tabTo(page, consent.getByRole('button', { name: 'Stuur mijn uitkomst naar de leeromgeving' }));
  await page.keyboard.press('Enter');
  await expect(consent.getByTestId('outcome-choice')).toBeFocused();
  await expect(consent.getByTestId('outcome-choice')).toHaveText('Je uitkomst per onderdeel is naar je leeromgeving gestuurd.');
  await expect(scan.getByRole('status').first()).toHaveText('Je uitkomst per onderdeel is naar je leeromgeving gestuurd.');
  const done = await cmiOf(page);
  expect(done.core.lesson_status).toBe('completed');
  const objectives = Object.values(done.objectives);
  // The id is the dimension and the band the result screen shows, e.g. "autonomie_sterk-punt"; on the border both bands, as the badge names them.
  const badges = await scan.locator('.result__badge').allTextContents();
  expect(objectives.map((objective) => objective.id)).toEqual(
    assessment.dimensions.map((dimension, index) => {
      const named = dimension.bands.filter((band) => badges[index]!.includes(band.label)).map((band) => identifierPart(band.label));
      return named.length === 2 ? [dimension.id, BORDER_PART, ...named].join('_') : `${dimension.id}_${named[0]}`;
    }),
  );
  for (const objective of objectives) {
    expect(objective.status).toBe('completed');
    expect(objective.score?.raw ?? '').toBe('');
  }
  expect(done.suspend_data).toBe('');
  expectNoAnswers(done, assessment);
});

test('a platform that cannot save: the learner is told, and still gets the result', async ({ page }) => {
  const assessment = contentAssessment('wat-geeft-mijn-werk-mij');
  const scan = await launch(page, 'wat-geeft-mijn-werk-mij.zip', '?fail=commit');
  await expect(scan.getByRole('alert')).toContainText('Je leeromgeving heeft je voortgang misschien niet opgeslagen (LMSCommit, foutcode 101');
  await start(page, scan, assessment);
  await answerWithKeyboard(page, assessment, values(assessment), 0, scan);
  await expect(scan.getByRole('heading', { name: 'Je resultaat', level: 2 })).toBeFocused();
  await expect(scan.getByRole('alert')).toBeVisible();
});

test('opened outside a platform, the package says so and works on its own', async ({ page }) => {
  const assessment = contentAssessment('wat-geeft-mijn-werk-mij');
  lms = await startLms(zip('wat-geeft-mijn-werk-mij.zip'));
  await page.goto(`${lms.url}package/index.html`);
  await expect(page.getByRole('status').first()).toHaveText(/^Geen leeromgeving gevonden\./);
  await start(page, page, assessment);
  await answerWithKeyboard(page, assessment, values(assessment, 2), 0);
  await expect(page.getByRole('heading', { name: `Vraag 3 van ${assessment.items.length}` })).toBeFocused();
});

test('axe finds nothing on the package’s start, question and result screens, at both widths', async ({ page }) => {
  const assessment = contentAssessment('wat-geeft-mijn-werk-mij');
  lms = await startLms(zip('wat-geeft-mijn-werk-mij-met-uitkomst.zip'));
  // axe judges the launch page itself; the platform's frame around it is not ours.
  await page.goto(`${lms.url}package/index.html`);
  await expect(page.getByRole('button', { name: 'Begin de zelfscan' })).toBeEnabled();
  const found: string[] = [];
  const check = async (state: string) => found.push(...(await axeAtBothWidths(page)).violations.map((violation) => `${state}: ${violation.id}`));
  await check('start');
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await check('question');
  await answerWithKeyboard(page, assessment, values(assessment), 0);
  await expect(page.getByRole('heading', { name: 'Je resultaat', level: 2 })).toBeFocused();
  await check('result');
  expect(found).toEqual([]);
});

test('axe finds nothing on the question whether to send the outcome, nor on the answer, at both widths and at 320 px', async ({ page }) => {
  const assessment = contentAssessment('wat-geeft-mijn-werk-mij');
  lms = await startLms(zip('wat-geeft-mijn-werk-mij-met-uitkomst.zip'));
  // axe judges the launch page itself, so the platform is a minimal SCORM 1.2 API on the page's own window.
  await page.addInitScript(() => {
    const stored: Record<string, string> = {};
    (window as unknown as { API: unknown }).API = {
      LMSInitialize: () => 'true',
      LMSFinish: () => 'true',
      LMSGetValue: (element: string) => stored[element] ?? '',
      LMSSetValue: (element: string, value: string) => ((stored[element] = value), 'true'),
      LMSCommit: () => 'true',
      LMSGetLastError: () => '0',
      LMSGetErrorString: () => '',
    };
    (window as unknown as { storedCmi: unknown }).storedCmi = stored;
  });
  await page.goto(`${lms.url}package/index.html`);
  await expect(page.getByRole('status').first()).toHaveText('Verbonden met je leeromgeving.');
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await answerWithKeyboard(page, assessment, values(assessment), 0);
  const consent = page.getByRole('region', { name: 'Je uitkomst naar je leeromgeving sturen?' });
  await expect(consent).toBeVisible();
  const found: string[] = [];
  const check = async (state: string) => found.push(...(await axeAtBothWidths(page)).violations.map((violation) => `${state}: ${violation.id}`));
  await check('question');
  await page.setViewportSize({ width: 320, height: 700 });
  const buttons = consent.getByRole('button');
  await expect(buttons).toHaveCount(2);
  for (const button of await buttons.all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await consent.getByRole('button', { name: 'Stuur mijn uitkomst naar de leeromgeving' }).click();
  await expect(consent.getByTestId('outcome-choice')).toBeFocused();
  expect(await page.evaluate(() => Object.keys((window as unknown as { storedCmi: Record<string, string> }).storedCmi).filter((key) => key.startsWith('cmi.objectives')).length)).toBeGreaterThan(0);
  await check('answered');
  expect(found).toEqual([]);
});

test('an English package speaks English, and reports the same dimension codes (bands in English) and completion as the Dutch one', async ({ page }) => {
  const assessment = contentAssessments('content/en/assessments').find((each) => each.id === 'wat-geeft-mijn-werk-mij')!;
  lms = await startLms(zip('en/what-my-work-gives-me-with-outcome.zip'));
  await page.goto(lms.url);
  const scan = page.frameLocator('iframe[title="Zelfscan"]');
  await expect(scan.locator('html')).toHaveAttribute('lang', 'en');
  await expect(scan.getByRole('status').first()).toHaveText(scormEn.connected);
  await expect(scan.getByRole('region', { name: scormEn.receivesHeading })).toContainText(scormEn.receives.outcome[1]!);
  for (const dimension of assessment.dimensions) await expect(scan.locator('.scorm')).not.toContainText(dimension.name);
  await tabTo(page, scan.getByRole('button', { name: assessmentEn.start }));
  await page.keyboard.press('Enter');
  await answerWithKeyboard(page, assessment, values(assessment), 0, scan, assessmentEn);
  await expect(scan.getByRole('heading', { name: assessmentEn.resultTitle, level: 2 })).toBeFocused();
  await expect(scan.getByRole('status').first()).toHaveText(scormEn.consent.waiting);
  expect((await cmiOf(page)).objectives).toEqual({});
  await tabTo(page, scan.getByRole('button', { name: scormEn.consent.send }));
  await page.keyboard.press('Enter');
  await expect(scan.getByTestId('outcome-choice')).toHaveText(scormEn.consent.sent);
  const done = await cmiOf(page);
  expect(done.core.lesson_status).toBe('completed');
  // The same dimension codes as the Dutch package; the band is named in the package's language.
  const ids = Object.values(done.objectives).map((objective) => objective.id);
  expect(ids.map((id) => id.split('_')[0])).toEqual(assessment.dimensions.map((dimension) => dimension.id));
  ids.forEach((id, index) => {
    const dimension = assessment.dimensions[index]!;
    const labels = dimension.bands.map((band) => identifierPart(band.label));
    const borders = labels.slice(1).map((upper, at) => [dimension.id, BORDER_PART, labels[at], upper].join('_'));
    expect([...labels.map((label) => `${dimension.id}_${label}`), ...borders]).toContain(id);
  });
  expectNoAnswers(done, assessment);
  await expect(scan.getByRole('status').first()).toHaveText(scormEn.consent.sent);
});
