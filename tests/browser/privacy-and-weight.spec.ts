import { builtPages } from '../support/site';
import { expect, test, visit } from './fixtures';

// The fixture fails any test whose page reaches beyond 127.0.0.1; this visits every page.
test('no page requests anything from another origin', async ({ page, foreignRequests }) => {
  for (const path of builtPages('dist')) await visit(page, path);
  expect(foreignRequests).toEqual([]);
});

test('no page sets a cookie', async ({ page, context }) => {
  for (const path of builtPages('dist')) await visit(page, path);
  expect(await context.cookies()).toEqual([]);
});

test('a chapter page loads no framework runtime and no script file', async ({ page }) => {
  const chapter = builtPages('dist').find((path) => path.split('/').length === 4)!;
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await visit(page, chapter);
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await expect(page.locator('astro-island')).toHaveCount(0);
  const inlineScriptBytes = await page.locator('script').evaluateAll((elements) =>
    elements.reduce((total, element) => total + (element.textContent?.length ?? 0), 0),
  );
  expect(inlineScriptBytes).toBeLessThan(3 * 1024);
});
