/**
 * Reflow (WCAG 2.2, SC 1.4.10): at 320 CSS px nothing may make the page scroll sideways.
 * A wide table may scroll inside its own labelled region; the page itself may not.
 */
import type { Page } from '@playwright/test';

/** The narrowest width SC 1.4.10 asks a page to fit (a 1280 px screen at 400 % zoom). */
export const REFLOW_WIDTH = 320;

/** Until layout at the new width has been painted: two animation frames. */
async function settled(page: Page) {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * Whether the page as it is now is wider than its viewport, measured in the page: undefined
 * when it fits, otherwise a sentence naming the element reaching furthest to the right
 * outside any box that scrolls or clips sideways (tag, classes, the start of its text, its
 * right edge), so a failure says what to fix.
 */
export async function overflowNow(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return undefined;
    const limit = root.clientWidth;
    let culprit: { element: Element; right: number } | undefined;
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      const right = rect.right + window.scrollX;
      if (rect.width === 0 || right <= limit + 0.5) continue;
      if (getComputedStyle(element).position === 'fixed') continue;
      let held = false;
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== 'visible') {
          held = true;
          break;
        }
      }
      // Ties go to the first in document order: the outermost element of the overflow.
      if (!held && (!culprit || right > culprit.right + 0.5)) culprit = { element, right };
    }
    const name = culprit
      ? `<${culprit.element.tagName.toLowerCase()}${culprit.element.classList.length ? ` class="${[...culprit.element.classList].join(' ')}"` : ''}> "${(culprit.element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}" reaches ${Math.round(culprit.right)} px`
      : 'no single element found';
    return `page is ${root.scrollWidth} px wide in a ${limit} px viewport: ${name}`;
  });
}

/**
 * The page at 320 px wide (the viewport's height kept), checked for sideways scrolling, then
 * put back at the width it had. Undefined when it fits; otherwise what overflows.
 */
export async function overflowAtReflowWidth(page: Page): Promise<string | undefined> {
  const original = page.viewportSize();
  await page.setViewportSize({ width: REFLOW_WIDTH, height: original?.height ?? 740 });
  try {
    await settled(page);
    return await overflowNow(page);
  } finally {
    if (original) await page.setViewportSize(original);
  }
}
