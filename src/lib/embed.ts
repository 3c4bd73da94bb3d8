/**
 * The snippet a trainer pastes into a learning platform to embed a self-assessment: an
 * iframe, and a small script that lets the frame grow with its content (the embedded page
 * posts its height; the script accepts messages only from the playbook's own origin).
 */
export function embedSnippet(embedUrl: string, title: string): string {
  const origin = new URL(embedUrl).origin;
  const safeTitle = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${embedUrl}" title="${safeTitle}" data-adviesplaybook style="width: 100%; height: 900px; border: 0;" loading="lazy"></iframe>
<script>
  window.addEventListener('message', function (event) {
    if (event.origin !== '${origin}' || !event.data || event.data.type !== 'adviesplaybook:hoogte') return;
    document.querySelectorAll('iframe[data-adviesplaybook]').forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
    });
  });
</script>`;
}
