/**
 * Registers the service worker (every page but the embeds, which live in other sites'
 * frames), and offers a new version politely: when a new build has installed, the notice
 * from Base.astro's <template id="update-notice"> appears; the new version takes over only
 * when the reader presses its button, and the page then reloads. Nothing is swapped while
 * someone is halfway through an assessment, and localStorage is not touched.
 */
import { OFFLINE_CACHES, SERVICE_WORKER } from './caches';

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

export function registerServiceWorker() {
  const root = document.documentElement;
  if (root.hasAttribute('data-embed')) return;
  if (!('serviceWorker' in navigator)) return announce('refused');
  const base = root.dataset.base ?? '/';
  // The page the first install takes over was loaded before the worker existed: keep it too.
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', () => void caches.open(OFFLINE_CACHES.pages).then((cache) => cache.add(location.href)).catch(() => {}), { once: true });
  }
  const register = () =>
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
  // A second after the load event, then when the browser is idle: the install's downloads
  // (the shell, a few hundred KiB) never compete with what the page still fetches after load.
  const later = () =>
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => void register(), { timeout: 2000 });
      else void register();
    }, 1000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
