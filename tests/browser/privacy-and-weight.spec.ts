import { gzipSync } from 'node:zlib';
import { contentChapters } from '../support/content';
import { expect, test, visit } from './fixtures';

// That no page requests anything from another origin or sets a cookie is checked on every
// page by the whole-site axe test (accessibility.spec.ts), which visits them all anyway.

test('a chapter page loads no framework runtime, only the one small enhancement script', async ({ page }) => {
  const chapter = contentChapters()[0]!.path;
  const scripts: { url: string; gzipBytes: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), gzipBytes: gzipSync(await response.body()).length });
  });
  await visit(page, chapter);
  await page.waitForLoadState('networkidle');
  expect(scripts.map((script) => new URL(script.url).pathname)).toEqual([expect.stringMatching(/^\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/)]);
  // The budget: at most 3 KB of JavaScript, gzipped, before a reader interacts (the service
  // worker's registration included).
  expect(scripts[0]!.gzipBytes).toBeLessThanOrEqual(3 * 1024);
  await expect(page.locator('astro-island')).toHaveCount(0);
  const inlineScriptBytes = await page.locator('script:not([src])').evaluateAll((elements) =>
    elements.reduce((total, element) => total + (element.textContent?.length ?? 0), 0),
  );
  expect(inlineScriptBytes).toBe(0);
});

test('pages carry a Content Security Policy without unsafe-inline scripts, and the security headers', async ({ page }) => {
  const response = await visit(page, '/zelfscans/wat-geeft-mijn-werk-mij/');
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
  const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(policy).toContain("object-src 'none'");
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  const headers = response!.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
});

test('under the policy the assessment island and search work (any violation fails every test)', async ({ page }) => {
  await visit(page, '/zelfscans/wat-geeft-mijn-werk-mij/');
  await expect(page.locator('.assessment-widget[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
  await expect(page.getByRole('heading', { name: /^Vraag 1 van/ })).toBeFocused();
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('autonomie');
  await expect(page.getByRole('dialog').locator('.search-hit').first()).toBeVisible();
});
