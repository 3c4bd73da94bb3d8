/**
 * Buttons that copy a text (button[data-copy-text], hidden until this script runs, since
 * without it they could do nothing). The text itself is always on the page to select.
 */
export function enhanceCopyButtons(root: ParentNode = document) {
  const announcer = document.getElementById('announcer');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-text]')) {
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copyText ?? '');
        button.textContent = button.dataset.copied ?? label;
        if (announcer) announcer.textContent = button.dataset.copied ?? '';
        setTimeout(() => (button.textContent = label), 2000);
      } catch {
        if (announcer) announcer.textContent = button.dataset.failed ?? '';
      }
    });
  }
}

/** Inside an iframe, tell the page around it how tall the content is, so it can size the frame. */
export function reportEmbedHeight() {
  if (!document.documentElement.hasAttribute('data-embed') || window.parent === window) return;
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'adviesplaybook:hoogte', height }, '*');
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
