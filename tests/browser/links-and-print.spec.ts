import { decodeQr } from '../support/qr';
import { expect, test, visit } from './fixtures';

const SITE = 'https://adviesplaybook.example';

test('every section heading has a copy-link control that copies the section’s URL', async ({ page, baseURL }) => {
  await visit(page, '/rol/eerste-gesprek/');
  const control = page.getByRole('button', { name: /^Kopieer de link naar “Vragen en bieden in balans”$/ });
  await expect(control).toBeVisible();
  await control.focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}rol/eerste-gesprek/#vragen-en-bieden-in-balans`);
  await expect(page.locator('#announcer')).toHaveText('Link gekopieerd');
  await expect(control).toContainText('Link gekopieerd');
  // Every h2 and h3 in the text has one.
  const headings = await page.locator('main article :is(h2, h3)[id]').count();
  await expect(page.locator('main article [data-copy-link]')).toHaveCount(headings);
});


test('a moved address lands on the new page, at the same section', async ({ page }) => {
  await page.goto('teamdag/#stappen');
  await expect(page).toHaveURL(/\/team\/teamdag-klantgerichtheid\/#stappen$/);
  await expect(page.locator('#stappen')).toBeInViewport();
});

test('an old section anchor lands on the section it became', async ({ page }) => {
  await page.goto('rol/vier-eigenschappen/#c');
  await expect(page).toHaveURL(/\/rol\/vier-eigenschappen\/#je-gaat-goed-om-met-onzekerheid$/);
  await expect(page.locator('#je-gaat-goed-om-met-onzekerheid')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the heading control is a plain link to the section', async ({ page }) => {
    await visit(page, '/rol/eerste-gesprek/');
    await expect(page.getByRole('link', { name: 'Link naar “Vragen en bieden in balans”' })).toHaveAttribute('href', '#vragen-en-bieden-in-balans');
  });

  test('a moved address still sends the reader on, by meta refresh and a link', async ({ page, request }) => {
    const html = await (await request.get('nps/')).text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/hulpmiddelen/nps/">');
    expect(html).toMatch(/<a href="\/hulpmiddelen\/nps\/"[^>]*>Ga direct naar de nieuwe pagina<\/a>/);
    await page.goto('nps/');
    await page.waitForURL(/\/hulpmiddelen\/nps\/$/);
  });
});

test('a chapter prints as a handout: no navigation, full link addresses, and a QR code of its URL', async ({ page }) => {
  await visit(page, '/veranderen/zes-interventies/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '#site-nav', '.site-footer', '.breadcrumbs', '.toc', '.pagination', '.heading__link']) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  const qr = page.locator('.print-header__qr svg');
  await expect(qr).toBeVisible();
  await expect(page.locator('.print-header__url')).toContainText(`${SITE}/veranderen/zes-interventies/`);
  const decoded = decodeQr(await qr.screenshot());
  expect(decoded).toBe(`${SITE}/veranderen/zes-interventies/`);
  const internal = page.locator('main article a[data-print-url]').first();
  const after = await internal.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(after).toMatch(new RegExp(`\\(${SITE.replace(/\./g, '\\.')}/`));
});
