/**
 * A scan answered with one thumb: once started, the question, every option and the button
 * that goes on are on the first screen, on a phone (375 × 667) and on a laptop (1280 × 900),
 * in both languages, without the reader scrolling. The question screen never names the
 * dimension (that would tell the respondent what is measured), and a teamscan's leader reads
 * the statements in a leader's words.
 */
import type { Locator, Page } from '@playwright/test';
import type { Assessment } from '../../src/tools/assessment/model';
import { assessment as assessmentEn } from '../../src/tools/assessment/strings/en';
import { assessment as assessmentNl } from '../../src/tools/assessment/strings/nl';
import { contentAssessments } from '../support/assessments';
import { openAssessment } from './assessment-helpers';
import { expect, test } from './fixtures';

const EDITIONS = [
  { locale: 'nl', words: assessmentNl, assessments: contentAssessments('content/assessments'), path: (slug: string) => `zelfscans/${slug}/` },
  { locale: 'en', words: assessmentEn, assessments: contentAssessments('content/en/assessments'), path: (slug: string) => `en/self-assessments/${slug}/` },
] as const;

const VIEWPORTS = [
  { width: 375, height: 667 },
  { width: 1280, height: 900 },
];

const slugOf = (assessment: Assessment) => (assessment as Assessment & { slug?: string }).slug ?? assessment.id;

/** Fails unless the element's box lies wholly inside the viewport as it is now. */
async function expectOnFirstScreen(page: Page, element: Locator, what: string) {
  const viewport = page.viewportSize()!;
  const box = await element.boundingBox();
  expect(box, `${what} is rendered`).not.toBeNull();
  const { x, y, width, height } = box!;
  expect(y, `${what}: top (${Math.round(y)} px) inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(y + height, `${what}: bottom (${Math.round(y + height)} px) above the fold at ${viewport.height} px`).toBeLessThanOrEqual(viewport.height);
  expect(x, `${what}: left edge inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(x + width, `${what}: right edge inside the viewport`).toBeLessThanOrEqual(viewport.width);
}

for (const edition of EDITIONS) {
  for (const assessment of edition.assessments) {
    for (const viewport of VIEWPORTS) {
      test(`${edition.locale} ${assessment.id} at ${viewport.width} × ${viewport.height}: the first question fits the first screen and names no dimension`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(edition.path(slugOf(assessment)));
        // A reader scrolls down to the start button; the island hydrates once it is in view.
        await page.locator('.assessment-widget').scrollIntoViewIfNeeded();
        await expect(page.locator('.assessment-widget[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
        if (assessment.role) await page.getByRole('radio', { name: assessment.role.member }).check();
        await page.getByRole('button', { name: edition.words.startKind(edition.words.kindNoun[assessment.kind]) }).click();

        for (const position of [0, 1]) {
          await expect(page.getByRole('heading', { name: edition.words.progress(position + 1, assessment.items.length) })).toBeFocused();
          const item = assessment.items[position]!;
          const question = page.getByRole('group', { name: item.text });
          await expectOnFirstScreen(page, question.locator('legend'), 'the statement');
          const options = question.getByRole('radio');
          const scale = assessment.dimensions.find((dimension) => dimension.id === item.dimension)!.scale ?? assessment.scale;
          await expect(options).toHaveCount(scale.points.length + (scale.unknown ? 1 : 0));
          for (const label of await page.locator('.question__option').all()) await expectOnFirstScreen(page, label, `option "${await label.innerText()}"`);
          const next = page.getByRole('button', { name: edition.words.next });
          await expectOnFirstScreen(page, next, 'the next button');

          const screenText = await page.locator('.question').innerText();
          for (const dimension of assessment.dimensions) expect(screenText, `dimension "${dimension.name}" named on the question screen`).not.toContain(dimension.name);
          // The introduction gives way to the question.
          expect(await page.locator('.assessment-start').count()).toBe(0);

          await options.nth(2).check();
          await next.click();
        }
      });
    }
  }

  test(`${edition.locale}: a teamscan's leader reads the leader wording of a statement`, async ({ page }) => {
    const teamscan = edition.assessments.find((assessment) => assessment.role)!;
    const position = teamscan.items.findIndex((item) => item.leaderText);
    expect(position, 'the teamscan has an item in a leader wording').toBeGreaterThanOrEqual(0);
    const item = teamscan.items[position]!;
    await openAssessment(page, teamscan.id, edition.path(slugOf(teamscan)));
    await page.getByRole('radio', { name: teamscan.role!.leader }).check();
    await page.getByRole('button', { name: edition.words.startKind(edition.words.kindNoun[teamscan.kind]) }).click();
    for (let index = 0; index < position; index++) {
      await expect(page.getByRole('heading', { name: edition.words.progress(index + 1, teamscan.items.length) })).toBeFocused();
      await page.getByRole('button', { name: edition.words.skip }).click();
    }
    await expect(page.getByRole('heading', { name: edition.words.progress(position + 1, teamscan.items.length) })).toBeFocused();
    await expect(page.getByRole('group', { name: item.leaderText! })).toBeVisible();
    await expect(page.locator('.question')).not.toContainText(item.text);
  });
}
