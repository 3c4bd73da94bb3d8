import { builtPages } from '../support/site';
import { expect, test, visit } from './fixtures';

// The fixture fails any test whose page reaches beyond 127.0.0.1; this visits every page.
test('no page requests anything from another origin', async ({ page, foreignRequests }) => {
  for (const path of builtPages()) await visit(page, path);
  expect(foreignRequests).toEqual([]);
});

test('no page sets a cookie', async ({ page, context }) => {
  for (const path of builtPages()) await visit(page, path);
  expect(await context.cookies()).toEqual([]);
});

test('a chapter page loads no framework runtime, only the one small enhancement script', async ({ page }) => {
  const chapter = builtPages().find((path) => path.split('/').length === 4)!;
  const scripts: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), bytes: (await response.body()).length });
  });
  await visit(page, chapter);
  await page.waitForLoadState('networkidle');
  expect(scripts.map((script) => new URL(script.url).pathname)).toEqual([expect.stringMatching(/^\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/)]);
  expect(scripts[0]!.bytes).toBeLessThan(6 * 1024);
  await expect(page.locator('astro-island')).toHaveCount(0);
  const inlineScriptBytes = await page.locator('script:not([src])').evaluateAll((elements) =>
    elements.reduce((total, element) => total + (element.textContent?.length ?? 0), 0),
  );
  expect(inlineScriptBytes).toBe(0);
});
