/**
 * <offline-copy>: the "Bewaar het hele playbook offline" control (OfflineCopy.astro renders
 * its markup). Pressing it is the reader asking for offline use: it has register.ts start the
 * service worker (whose install keeps the site's shell and search runtime), saves every page,
 * image and search file into the caches the worker reads with a progress bar (files and
 * size), can stop halfway, says so when the browser or its storage refuses, and removes the
 * copy after asking. Removing it also stops offline use: the service worker is unregistered and
 * its precache deleted, so the next visit is an ordinary online one and stores nothing. The
 * work itself is in save.ts.
 */
import { formatBytes, formatDay } from '../../lib/format';
import { fetchOfflineFiles, removeEverything, savedCopy, saveEverything, type SaveDependencies, type SaveProgress } from './save';
import { offlineStrings } from './strings';

const t = offlineStrings();

export class OfflineCopy extends HTMLElement {
  private controller: AbortController | undefined;

  private element<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  /** The names OfflineCopy.astro wrote into data-config (from caches.ts), read once. */
  private dependencies: SaveDependencies | undefined;

  private config(): Pick<SaveDependencies, 'listUrl' | 'markerUrl' | 'cacheNames' | 'cachePrefix'> & { wantedEvent: string } {
    return JSON.parse(this.dataset.config ?? '{}') as Pick<SaveDependencies, 'listUrl' | 'markerUrl' | 'cacheNames' | 'cachePrefix'> & { wantedEvent: string };
  }

  private deps(): SaveDependencies {
    if (this.dependencies) return this.dependencies;
    const { listUrl, markerUrl, cacheNames, cachePrefix } = this.config();
    return (this.dependencies = {
      listUrl,
      markerUrl,
      cacheNames,
      cachePrefix,
      fetch: (input, init) => fetch(input, init),
      caches,
      estimate: navigator.storage?.estimate ? () => navigator.storage.estimate() : undefined,
    });
  }

  connectedCallback() {
    this.element('save').addEventListener('click', () => void this.saveCopy());
    this.element('cancel').addEventListener('click', () => this.controller?.abort());
    this.element('remove').addEventListener('click', () => this.ask(true));
    this.element('keep').addEventListener('click', () => {
      this.ask(false);
      this.element('remove').focus();
    });
    this.element('confirm').addEventListener('click', () => void this.removeCopy());
    void this.showState();
  }

  private say(text: string, tone: 'info' | 'error' = 'info') {
    const status = this.element('status');
    status.textContent = text;
    status.dataset.tone = tone;
  }

  private ask(open: boolean) {
    this.element('question').hidden = !open;
    this.element('actions').hidden = open;
    if (open) this.element('keep').focus();
  }

  /** Whether this browser has what an offline copy needs at all; asks nothing and downloads nothing. */
  private possible(): boolean {
    return 'caches' in globalThis && 'serviceWorker' in navigator;
  }

  /**
   * Has register.ts start the service worker and resolves with whether it runs (private
   * windows and some settings refuse one; saving the copy would then only fill the disk).
   */
  private startWorker(): Promise<boolean> {
    const state = () => document.documentElement.dataset.offline;
    if (!this.possible()) return Promise.resolve(false);
    if (state()) return Promise.resolve(state() === 'ready');
    const answer = new Promise<boolean>((resolve) => document.addEventListener('offline-state', () => resolve(state() === 'ready'), { once: true }));
    document.dispatchEvent(new Event(this.config().wantedEvent));
    return answer;
  }

  private refuse(tone: 'info' | 'error') {
    this.say(t.unsupported, tone);
    this.element('save').hidden = true;
  }

  /** The state on arrival: nothing saved, saved, or saved from an older version. */
  private async showState() {
    if (!this.possible()) return this.refuse('info');
    const saved = await savedCopy(this.deps());
    this.element('remove').hidden = !saved;
    if (!saved) return;
    const day = formatDay(saved.savedAt);
    this.element('save').textContent = t.saveAgain;
    const current = await fetchOfflineFiles(this.deps());
    if (current && current.version !== saved.version) this.say(t.outdated(day));
    else this.say(t.saved(day, formatBytes(saved.bytes)));
  }

  private progress(progress: SaveProgress) {
    const bar = this.element<HTMLProgressElement>('bar');
    bar.max = Math.max(progress.total, 1);
    bar.value = progress.done;
    const text = t.progress(progress.done, progress.total, formatBytes(progress.bytes), formatBytes(progress.totalBytes));
    bar.setAttribute('aria-valuetext', text);
    this.element('progress-text').textContent = text;
  }

  private async saveCopy() {
    if (!(await this.startWorker())) {
      this.refuse('error');
      // The pressed button is gone: focus goes to the message that says why.
      this.element('status').tabIndex = -1;
      this.element('status').focus();
      return;
    }
    this.controller = new AbortController();
    this.element('progress').hidden = false;
    this.element('save').hidden = true;
    this.element('remove').hidden = true;
    this.element('cancel').hidden = false;
    this.element('cancel').focus();
    this.say('');
    // Ask the browser not to clear this copy when space runs low; it may say no.
    void navigator.storage?.persist?.().catch(() => false);
    const outcome = await saveEverything(this.deps(), (progress) => this.progress(progress), this.controller.signal);
    // "Klaar" means the pages open offline: the worker has installed the shell by then.
    if (outcome.ok) await Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    this.controller = undefined;
    this.element('cancel').hidden = true;
    this.element('save').hidden = false;
    if (outcome.ok) {
      this.element('save').textContent = t.saveAgain;
      this.element('remove').hidden = false;
      this.say(t.done(formatBytes(outcome.saved.bytes)));
    } else {
      this.element('remove').hidden = outcome.progress.done === 0;
      this.say(t.problem(outcome.problem, outcome.progress.done, outcome.progress.total), outcome.problem === 'cancelled' ? 'info' : 'error');
    }
    this.element('save').focus();
  }

  /** Unregisters the worker; its caches are removeEverything's. */
  private async stopWorker(): Promise<boolean> {
    try {
      const registration = await navigator.serviceWorker.getRegistration(document.documentElement.dataset.base ?? '/');
      await registration?.unregister();
      // Saving again must ask register.ts for a new worker, not trust the old answer.
      delete document.documentElement.dataset.offline;
      return true;
    } catch {
      return false;
    }
  }

  /** The worker and every cache the site made (Workbox's precache too); localStorage is not touched. */
  private async removeCopy() {
    // The worker first: a registered worker without its precache would serve nothing.
    const removed = (await this.stopWorker()) && (await removeEverything(this.deps()));
    this.ask(false);
    this.element('progress').hidden = true;
    this.element('remove').hidden = removed;
    this.element('save').textContent = t.save;
    this.say(removed ? t.removed : t.removeFailed, removed ? 'info' : 'error');
    this.element('save').focus();
  }
}

if (!customElements.get('offline-copy')) customElements.define('offline-copy', OfflineCopy);
