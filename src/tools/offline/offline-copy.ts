/**
 * <offline-copy>: the "Bewaar het hele playbook offline" control (OfflineCopy.astro renders
 * its markup). It saves every page and image into the caches the service worker reads
 * (the search index is already there, in its precache) with a progress bar (files and size), can stop halfway, says so when the browser's
 * storage refuses, and removes the copy after asking. The work itself is in save.ts.
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

  private deps(): SaveDependencies {
    if (this.dependencies) return this.dependencies;
    const config = JSON.parse(this.dataset.config ?? '{}') as Pick<SaveDependencies, 'listUrl' | 'markerUrl' | 'cacheNames'>;
    return (this.dependencies = {
      ...config,
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

  /**
   * Whether a service worker will serve the copy offline, once register.ts knows (private
   * windows and some settings refuse one; saving the copy would then only fill the disk).
   */
  private supported(): Promise<boolean> {
    const state = () => document.documentElement.dataset.offline;
    if (!('caches' in globalThis)) return Promise.resolve(false);
    if (state()) return Promise.resolve(state() === 'ready');
    return new Promise((resolve) => document.addEventListener('offline-state', () => resolve(state() === 'ready'), { once: true }));
  }

  /** The state on arrival: nothing saved, saved, or saved from an older version. */
  private async showState() {
    if (!(await this.supported())) {
      this.say(t.unsupported);
      this.element('save').hidden = true;
      return;
    }
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
    if (!(await this.supported())) {
      this.say(t.unsupported, 'error');
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

  private async removeCopy() {
    const removed = await removeEverything(this.deps());
    this.ask(false);
    this.element('progress').hidden = true;
    this.element('remove').hidden = removed;
    this.element('save').textContent = t.save;
    this.say(removed ? t.removed : t.removeFailed, removed ? 'info' : 'error');
    this.element('save').focus();
  }
}

if (!customElements.get('offline-copy')) customElements.define('offline-copy', OfflineCopy);
