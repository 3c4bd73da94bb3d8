/**
 * On the offline page: shows the pages that are kept on this device (in any of the
 * service worker's caches) and hides the rest, with how many there are.
 */
export async function showKeptPages(root: ParentNode = document): Promise<number> {
  const items = [...root.querySelectorAll<HTMLElement>('[data-offline-item]')];
  if (!('caches' in globalThis)) return 0;
  let kept = 0;
  await Promise.all(
    items.map(async (item) => {
      const link = item.querySelector('a');
      if (!link) return;
      const cached = await caches.match(link.href, { ignoreSearch: true }).catch(() => undefined);
      item.hidden = !cached;
      if (cached) kept += 1;
    }),
  );
  for (const group of root.querySelectorAll<HTMLElement>('[data-offline-group]')) group.hidden = !group.querySelector('[data-offline-item]:not([hidden])');
  const count = root.querySelector<HTMLElement>('[data-offline-count]');
  if (count && kept > 0) count.textContent = (kept === 1 ? count.dataset.one : count.dataset.many)?.replace('#', String(kept)) ?? '';
  return kept;
}

void showKeptPages();
