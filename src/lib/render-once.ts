/**
 * HTML rendered once per build and shared between the pages that show it (see
 * src/components/RenderOnce.astro). Kept as promises, so two pages rendering the same
 * content at the same time share one rendering; forgotten after its last expected use, so
 * a build does not hold every chapter's HTML until it ends.
 */
const rendered = new Map<string, { html: Promise<string>; usesLeft: number }>();

export function renderOnce(key: string, render: () => Promise<string>, uses = 2): Promise<string> {
  let entry = rendered.get(key);
  if (!entry) {
    entry = { html: render(), usesLeft: uses };
    rendered.set(key, entry);
    // A failed rendering is not kept: the next page tries again and reports its own error.
    entry.html.catch(() => rendered.delete(key));
  }
  if (--entry.usesLeft <= 0) rendered.delete(key);
  return entry.html;
}
