import type { FrameLocator, Page } from '@playwright/test';
import type { AnswerValue, Assessment } from '../../src/tools/assessment/model';
import { assessment as dutch } from '../../src/tools/assessment/strings/nl';
import { expect } from './fixtures';

/** The assessment's words, in the language of the page under test. */
type AssessmentWords = Pick<typeof dutch, 'progress' | 'skip'>;

/** Opens an assessment (by id, or by its site path without the leading slash) and waits until its island has hydrated. */
export async function openAssessment(page: Page, id: string, path = `zelfscans/${id}/`) {
  await page.goto(path);
  // The island hydrates when visible; give a busy machine time to get there.
  await expect(page.locator('.assessment-widget[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
}

/** Presses Tab until `target` (on the page or in a frame) has focus; fails after `limit` presses. */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 60) {
  for (let step = 0; step < limit; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

/**
 * Answers the questions from the current one on, with the keyboard only: Tab into the radio
 * group, arrow keys to the option, Enter to go on. `undefined` skips a question. `scope` is the
 * page, or the frame the assessment runs in (a SCORM package in a learning platform).
 */
export async function answerWithKeyboard(
  page: Page,
  assessment: Assessment,
  values: (AnswerValue | undefined)[],
  from = 0,
  scope: Page | FrameLocator = page,
  words: AssessmentWords = dutch,
) {
  const options: AnswerValue[] = [...assessment.scale.points.map((point) => point.value), ...(assessment.scale.unknown ? ['unknown' as const] : [])];
  for (let index = from; index < from + values.length; index++) {
    const heading = scope.getByRole('heading', { name: words.progress(index + 1, assessment.items.length) });
    await expect(heading).toBeFocused();
    await expect(scope.getByRole('group', { name: assessment.items[index]!.text })).toBeVisible();
    const value = values[index - from];
    if (value === undefined) {
      await tabTo(page, scope.getByRole('button', { name: words.skip }), 8);
      await page.keyboard.press('Enter');
      continue;
    }
    await page.keyboard.press('Tab');
    const checked = scope.locator('.question input[type="radio"]:checked');
    const target = options.indexOf(value);
    if ((await checked.count()) === 0) {
      await page.keyboard.press('Space');
      for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
    } else {
      // Returning to an answered question: move from the checked option to the target.
      const current = options.indexOf(Number.isNaN(Number(await checked.inputValue())) ? 'unknown' : Number(await checked.inputValue()));
      for (let step = current; step < target; step++) await page.keyboard.press('ArrowDown');
      for (let step = current; step > target; step--) await page.keyboard.press('ArrowUp');
    }
    await expect(scope.locator(`.question input[value="${String(value)}"]`)).toBeChecked();
    await page.keyboard.press('Enter');
  }
}
