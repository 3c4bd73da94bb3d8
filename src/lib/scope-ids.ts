/**
 * Makes rendered HTML safe to place several times on one page (the whole-playbook page):
 * every id gets a prefix, and every reference to an id inside the HTML follows
 * (href="#…", for, aria-labelledby, aria-describedby, aria-controls). Optionally shifts
 * heading levels down, so a chapter's h2 becomes an h4 under the page's own headings.
 * Works on the regular HTML Astro renders, with double-quoted attributes.
 */
export function scopeIds(html: string, prefix: string, headingShift = 0): string {
  const scoped = (id: string) => `${prefix}${id}`;
  let result = html
    .replace(/\s(id|for)="([^"]+)"/g, (_, attribute: string, id: string) => ` ${attribute}="${scoped(id)}"`)
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${scoped(id)}"`)
    .replace(/\s(aria-labelledby|aria-describedby|aria-controls)="([^"]+)"/g, (_, attribute: string, ids: string) =>
      ` ${attribute}="${ids.split(/\s+/).filter(Boolean).map(scoped).join(' ')}"`,
    );
  if (headingShift > 0) {
    result = result.replace(/<(\/?)h([1-6])\b/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + headingShift)}`);
  }
  return result;
}
