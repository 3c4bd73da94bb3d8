/**
 * The service worker, and only when the reader asks for offline use: a first visit downloads
 * what it reads and nothing more (the worker's install would fetch the whole shell and the
 * search runtime, some 850 KiB). It registers when
 * - the reader saves the whole playbook (offline-copy.ts sends "offline-wanted"), or
 * - installs the playbook as an app ("appinstalled") or opens it as one (display-mode
 *   standalone), unless the browser asks to save data (Save-Data), or
 * - a worker is already registered from an earlier such choice: registering again only checks
 *   for a new version.
 * A return visit alone does not count: coming back is no request to store the site, and
 * noticing it would mean keeping a record of visits.
 *
 * A new version is offered politely: when a new build has installed, the notice from
 * Base.astro's <template id="update-notice"> appears; the new version takes over only when the
 * reader presses its button, and the page then reloads. Nothing is swapped while someone is
 * halfway through an assessment, and localStorage is not touched. Never in the embeds, which
 * live in other sites' frames.
 */
import { OFFLINE_CACHES, OFFLINE_WANTED, SERVICE_WORKER } from './caches';

function offerUpdate(waiting: ServiceWorker) {
  const region = document.getElementById('update-region');
  const template = document.getElementById('update-notice') as HTMLTemplateElement | null;
  if (!region || !template || region.childElementCount > 0) return;
  region.append(template.content.cloneNode(true));
  region.querySelector('button')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}

function watch(registration: ServiceWorkerRegistration) {
  const offer = () => {
    // Only an update: the very first install has no page version to replace.
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  };
  offer();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer();
    });
  });
}

/**
 * Whether this page has a service worker, on <html data-offline>: "ready" or "refused" (and
 * the event "offline-state" when it is known), for the offline copy's button to read.
 */
function announce(state: 'ready' | 'refused') {
  document.documentElement.dataset.offline = state;
  document.dispatchEvent(new Event('offline-state'));
}

/** The browser's Save-Data preference (Chromium's Network Information API; other engines have none). */
function savingData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

export function registerServiceWorker() {
  const root = document.documentElement;
  if (root.hasAttribute('data-embed')) return;
  const base = root.dataset.base ?? '/';
  const supported = 'serviceWorker' in navigator;

  let started = false;
  const register = () => {
    if (started) return;
    started = true;
    if (!supported) return announce('refused');
    // The page the first install takes over was loaded before the worker existed: keep it too.
    if (!navigator.serviceWorker.controller) {
      navigator.serviceWorker.addEventListener('controllerchange', () => void caches.open(OFFLINE_CACHES.pages).then((cache) => cache.add(location.href)).catch(() => {}), { once: true });
    }
    navigator.serviceWorker.register(`${base}${SERVICE_WORKER}`, { scope: base }).then(
      (registration: ServiceWorkerRegistration | undefined) => {
        // Some automation (and, in principle, any browser) resolves without a registration.
        if (!registration) return announce('refused');
        announce('ready');
        watch(registration);
      },
      // Refused (private mode, blocked by settings or policy): the site stays online-only.
      () => announce('refused'),
    );
  };

  // Asked for in so many words: saving the whole playbook, whatever the connection. Asked
  // again after the copy was removed (which unregistered the worker), it registers anew.
  document.addEventListener(OFFLINE_WANTED, () => {
    started = false;
    register();
  });
  if (!supported) return;

  // Not asked in so many words: after the load event and when the browser is idle, so the
  // install's downloads never compete with what the page still fetches.
  const later = () => {
    const start = () =>
      setTimeout(() => {
        if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 });
        else register();
      }, 1000);
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  };
  const asApp = () => {
    if (!savingData()) later();
  };
  window.addEventListener('appinstalled', asApp, { once: true });
  if (matchMedia('(display-mode: standalone)').matches) asApp();
  void navigator.serviceWorker.getRegistration(base).then(
    (registration) => registration && later(),
    () => undefined,
  );
}
