/**
 * Pagefind returns excerpts as HTML with <mark> around the matched words. Everything except
 * those marks is escaped here, so an excerpt can never inject markup into the page.
 */
import { escapeMarkup } from '../../lib/escape-markup';

/** Decodes the few entities Pagefind itself emits, so they are not escaped twice. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]!);
}

export function safeExcerpt(excerpt: string): string {
  let html = '';
  let open = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === '</mark>') {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeMarkup(decodeEntities(part.replace(/<[^>]*>?/g, '')));
    }
  }
  return open ? `${html}</mark>` : html;
}
