/**
 * HTML_CodeSniffer on a widget state the whole-site sweep (accessibility.spec.ts) does not
 * reach: the search dialog with results.
 */
import { codeSnifferErrors } from '../support/html-codesniffer';
import { expect, test, visitHydrated } from './fixtures';

test('HTML_CodeSniffer finds no error in the search dialog with results', async ({ page }) => {
  await visitHydrated(page, '/team/');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('klant');
  await expect(dialog.locator('.search__status')).toHaveText(/^\d+ resultaten voor “klant”$/);
  expect(await codeSnifferErrors(page)).toEqual([]);
});
