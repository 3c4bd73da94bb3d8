import { axeAtBothWidths } from '../support/axe';
import { expect, test, visitHydrated as visit } from './fixtures';

test('counts per score give the NPS, its distribution and a small-sample caution', async ({ page }) => {
  await visit(page, '/hulpmiddelen/nps/');
  const counts = [0, 0, 0, 1, 0, 1, 1, 4, 4, 5, 4];
  for (const [score, count] of counts.entries()) if (count) await page.getByLabel(`Score ${score}`, { exact: true }).fill(String(count));
  await expect(page.getByTestId('nps-score')).toHaveText('+30');
  const table = page.getByRole('table', { name: 'Verdeling van de antwoorden' });
  await expect(table.getByRole('row', { name: /Promotors/ })).toContainText('945%');
  await expect(table.getByRole('row', { name: /Criticasters/ })).toContainText('315%');
  await expect(page.getByRole('note')).toContainText('maar 20 antwoorden');
  await expect(page.getByRole('note')).toContainText('10 punten');
});

test('pasted scores are counted, and bad lines are reported by line number', async ({ page }) => {
  await visit(page, '/hulpmiddelen/nps/');
  await page.getByRole('radio', { name: 'Losse scores plakken' }).check();
  await page.getByLabel('Plak de scores').fill('10\n9\n2\ntien\n7;8\n11\n');
  await expect(page.getByTestId('nps-score')).toHaveText('+20');
  await expect(page.getByText('2 waarden zijn niet meegeteld:')).toBeVisible();
  await expect(page.getByText('Regel 4: “tien” is geen hele score van 0 tot 10.')).toBeVisible();
  await expect(page.getByText('Regel 6: “11” is geen hele score van 0 tot 10.')).toBeVisible();
});

test('a large sample has no caution; the score can be negative', async ({ page }) => {
  await visit(page, '/hulpmiddelen/nps/');
  await page.getByLabel('Score 0', { exact: true }).fill('30');
  await page.getByLabel('Score 10', { exact: true }).fill('10');
  await expect(page.getByTestId('nps-score')).toHaveText('−50');
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('print shows the result without navigation; axe is clean before and after input', async ({ page }) => {
  await visit(page, '/hulpmiddelen/nps/');
  let results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.getByLabel('Score 9', { exact: true }).fill('3');
  await expect(page.getByTestId('nps-score')).toHaveText('+100');
  results = await axeAtBothWidths(page);
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#site-nav')).toBeHidden();
  await expect(page.getByTestId('nps-score')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print de uitkomst' })).toBeHidden();
});
