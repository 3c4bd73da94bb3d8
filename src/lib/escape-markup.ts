/**
 * Text made safe to put inside HTML or XML, between tags or in a quoted attribute. One
 * escaper for every place that writes markup as a string (search results, SCORM manifests
 * and launch pages), so a fix reaches them all.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}
