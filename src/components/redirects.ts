/**
 * Keeps old links working (content/redirects.yaml): on a moved page, go to the new address
 * with the same #section; on a page whose section was renamed, follow an old #anchor to
 * its new place.
 */
export function followRedirects() {
  const root = document.documentElement;
  const hash = decodeURIComponent(window.location.hash.slice(1));
  let anchors: Record<string, string>;
  try {
    anchors = JSON.parse(root.dataset.anchorRedirects ?? '{}') as Record<string, string>;
  } catch {
    anchors = {};
  }
  const target = hash && !document.getElementById(hash) ? anchors[hash] : undefined;
  if (target) window.location.replace(target);
  else if (root.dataset.redirectTo) window.location.replace(root.dataset.redirectTo + window.location.hash);
}
