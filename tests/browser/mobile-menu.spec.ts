import { expect, test, visit } from './fixtures';

test.use({ viewport: { width: 375, height: 740 } });

test('the mobile menu works with the keyboard alone', async ({ page }) => {
  await visit(page, '/');
  const nav = page.locator('#site-nav');
  const button = page.getByRole('button', { name: 'Menu' });
  await expect(nav).toBeHidden();

  // Skip link first, then the site name, search, and the menu button.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  for (let step = 0; step < 5 && !(await button.evaluate((element) => element === document.activeElement)); step++) {
    await page.keyboard.press('Tab');
  }
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('Space');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Tab');
  const firstLink = nav.getByRole('link').first();
  await expect(firstLink).toBeFocused();
  const target = await firstLink.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the navigation is simply shown and the menu button stays hidden', async ({ page }) => {
    await visit(page, '/');
    await expect(page.locator('#site-nav')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveCount(0);
  });
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await visit(page, '/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
