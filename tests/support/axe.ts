import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { overflowAtReflowWidth, REFLOW_WIDTH } from './reflow';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** A phone and a laptop: target sizes (WCAG 2.2, SC 2.5.8) and reflow differ between them. */
export const AXE_WIDTHS = [
  { width: 375, height: 740 },
  { width: 1280, height: 900 },
] as const;

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/**
 * AxeBuilder sends its axe source (1.3 MB, unminified) to the page twice per analyze() in
 * legacy mode, and a sweep analyzes every page twice: 5 MB over the DevTools protocol and
 * four set-ups per page, most of a second. So axe is set up here once per document, from the
 * minified build of the axe-core that @axe-core/playwright itself depends on, and AxeBuilder
 * gets an empty source. A page that navigates gets axe again: `window.axe` went with the old
 * document.
 */
const require = createRequire(import.meta.url);
const AXE_MINIFIED = readFileSync(require.resolve('axe-core/axe.min.js', { paths: [require.resolve('@axe-core/playwright')] }), 'utf8');

/** AxeBuilder with the tags above, in legacy mode, collecting violations only. */
async function axeBuilder(page: Page): Promise<AxeBuilder> {
  const present = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!present) await page.evaluate(AXE_MINIFIED);
  return new AxeBuilder({ page, axeSource: ';' }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true);
}

/**
 * axe on the page as it is now, at a phone and at a desktop width; the viewport is put back
 * afterwards, so a widget state is checked where a reader on either device meets it. A
 * violation's id names the width it was found at ("target-size at 375 px"). Only violations
 * are collected: the passes' details cost a fifth of the time.
 *
 * Legacy mode runs axe in the page itself; the default mode opens an extra blank page for
 * every analysis to combine results across cross-origin frames, which tripled the time per
 * run (3.0 s → 1.0 s on a chapter). The site has no cross-origin frames, by its CSP.
 *
 * The same state is also checked for reflow (SC 1.4.10, which axe cannot judge): at 320 px
 * the page may not scroll sideways. An overflow is reported as one more violation, whose id
 * names the element that sticks out ("reflow at 320 px: page is 1052 px wide …").
 */
export async function axeAtBothWidths(page: Page): Promise<{ violations: AxeResults['violations'] }> {
  const original = page.viewportSize();
  const violations: AxeResults['violations'] = [];
  const overflow = await overflowAtReflowWidth(page);
  if (overflow) {
    violations.push({
      id: `reflow at ${REFLOW_WIDTH} px: ${overflow}`,
      impact: 'serious',
      tags: ['wcag21aa', 'wcag1410'],
      description: `Content scrolls sideways at ${REFLOW_WIDTH} CSS px`,
      help: 'Content must reflow at 320 CSS px without scrolling in two dimensions',
      helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/reflow.html',
      nodes: [],
    });
  }
  for (const size of AXE_WIDTHS) {
    await page.setViewportSize(size);
    // Judge the settled page: a slide fading in (160 ms, from 40 % opacity) fails contrast
    // if axe measures it mid-way, which a loaded machine makes likely.
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
    const results = await (await axeBuilder(page)).analyze();
    violations.push(...results.violations.map((violation) => ({ ...violation, id: `${violation.id} at ${size.width} px` })));
  }
  if (original) await page.setViewportSize(original);
  return { violations };
}
