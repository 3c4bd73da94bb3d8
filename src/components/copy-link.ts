/**
 * Heading links (a[data-copy-link]): a click copies the section's full URL and says so,
 * in the control and to screen readers. Without clipboard access the link simply goes to
 * the section, so the address bar holds the URL.
 */
export function enhanceCopyLinks(root: ParentNode = document) {
  const announcer = document.getElementById('announcer');
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
    link.setAttribute('role', 'button');
    link.setAttribute('aria-label', link.dataset.copyLabel ?? '');
    link.addEventListener('click', async (event) => {
      const url = new URL(link.getAttribute('href')!, window.location.href).href;
      if (!navigator.clipboard) return;
      event.preventDefault();
      const feedback = link.querySelector('.heading__feedback');
      try {
        await navigator.clipboard.writeText(url);
        history.replaceState(null, '', url);
        const message = link.dataset.copied ?? '';
        if (feedback) feedback.textContent = message;
        if (announcer) announcer.textContent = message;
        setTimeout(() => {
          if (feedback) feedback.textContent = '';
        }, 2000);
      } catch {
        window.location.hash = new URL(url).hash;
      }
    });
  }
}
