/**
 * HTML rendered once per build and shared between the pages that show it (see
 * src/components/RenderOnce.astro). Kept as promises, so two pages rendering the same
 * content at the same time share one rendering.
 */
const rendered = new Map<string, Promise<string>>();

export function renderOnce(key: string, render: () => Promise<string>): Promise<string> {
  let html = rendered.get(key);
  if (!html) {
    html = render();
    rendered.set(key, html);
    // A failed rendering is not kept: the next page tries again and reports its own error.
    html.catch(() => rendered.delete(key));
  }
  return html;
}
