/**
 * <slide-deck>: shows a chapter's slides one at a time (SlideDeck.astro).
 * Keys: → ↓ PageDown Space next, ← ↑ PageUp Shift+Space previous, Home/End first/last,
 * P the presenter view, Escape leaves full screen or closes the notes. The slide number is in
 * the address (#dia-3) so a reload or a shared link opens the same slide. Without this script
 * every slide is shown in a list, and printing works either way.
 *
 * The presenter view is the same page with `?presenter`: the current slide, the next one,
 * the notes and a timer. It opens in a second window, or in this one when the screen is small
 * or the browser blocks the window. Both windows follow each other over a BroadcastChannel
 * (same origin, nothing leaves the device).
 */
import { formatElapsed } from './timer';

/** What one window tells the others showing the same deck. */
type DeckMessage = { kind: 'go'; index: number } | { kind: 'hello' };

const PRESENTER_PARAMETER = 'presenter';
const WIDE_SCREEN = '(min-width: 48rem)';

export class SlideDeck extends HTMLElement {
  #items: HTMLElement[] = [];
  #current = 0;
  #counter: HTMLElement | null = null;
  #notesButton: HTMLButtonElement | null = null;
  #fullscreenButton: HTMLButtonElement | null = null;
  #channel: BroadcastChannel | null = null;
  /** This window was opened as the presenter view (`?presenter`). */
  #presenterWindow = new URLSearchParams(location.search).has(PRESENTER_PARAMETER);
  #elapsedBefore = 0;
  #startedAt: number | null = null;
  #tick: ReturnType<typeof setInterval> | undefined;

  connectedCallback() {
    this.#items = [...this.querySelectorAll<HTMLElement>('.deck__item')];
    if (this.#items.length === 0) return;
    this.#counter = this.querySelector('[data-deck-counter]');
    this.#notesButton = this.querySelector('[data-deck-notes]');
    this.#fullscreenButton = this.querySelector('[data-deck-fullscreen]');
    this.querySelector<HTMLElement>('[data-deck-controls]')!.hidden = false;
    this.querySelector<HTMLElement>('[data-deck-keys]')!.hidden = false;
    this.querySelector<HTMLElement>('[data-deck-noscript]')!.hidden = true;
    this.dataset.enhanced = '';
    // One slide at a time may scroll (a long slide on a small screen): it takes focus and the keyboard.
    for (const slide of this.querySelectorAll<HTMLElement>('.slide')) slide.tabIndex = 0;

    this.querySelector('[data-deck-previous]')?.addEventListener('click', () => this.go(this.#current - 1, false));
    this.querySelector('[data-deck-next]')?.addEventListener('click', () => this.go(this.#current + 1, false));
    this.#notesButton?.addEventListener('click', () => this.#toggleNotes());
    if (this.#fullscreenButton && document.fullscreenEnabled) {
      this.#fullscreenButton.hidden = false;
      this.#fullscreenButton.addEventListener('click', () => this.#toggleFullscreen());
      document.addEventListener('fullscreenchange', () =>
        this.#fullscreenButton!.setAttribute('aria-pressed', String(document.fullscreenElement === this)),
      );
      this.#fullscreenButton.setAttribute('aria-pressed', 'false');
    }
    this.querySelector('[data-deck-presenter]')?.addEventListener('click', () => this.#openPresenter());
    this.querySelector('[data-deck-audience]')?.addEventListener('click', () => this.#closePresenter());
    this.querySelector('[data-timer-toggle]')?.addEventListener('click', () => this.#toggleTimer());
    this.querySelector('[data-timer-reset]')?.addEventListener('click', () => this.#resetTimer());
    document.addEventListener('keydown', (event) => this.#onKey(event));
    window.addEventListener('hashchange', () => this.go(this.#fromHash(), true));
    if ('BroadcastChannel' in window) {
      this.#channel = new BroadcastChannel(`slide-deck:${location.pathname}`);
      this.#channel.addEventListener('message', (event: MessageEvent<DeckMessage>) => this.#onMessage(event.data));
    }
    this.go(this.#fromHash(), false, true);
    if (this.#presenterWindow) {
      this.#setPresenter(true);
      this.#post({ kind: 'hello' });
    }
  }

  disconnectedCallback() {
    this.#channel?.close();
    clearInterval(this.#tick);
  }

  /**
   * Shows slide `index` (from 0). `focusSlide` moves keyboard focus onto it. Other windows
   * showing this deck follow, unless the move came from one of them (`fromOtherWindow`).
   */
  go(index: number, focusSlide: boolean, initial = false, fromOtherWindow = false) {
    const next = Math.min(Math.max(index, 0), this.#items.length - 1);
    if (next === this.#current && !initial) return;
    this.#items[this.#current]?.removeAttribute('data-current');
    this.#current = next;
    const item = this.#items[next]!;
    item.dataset.current = '';
    const total = this.#items.length;
    if (this.#counter) this.#counter.textContent = (this.dataset.counter ?? '{n} / {total}').replace('{n}', String(next + 1)).replace('{total}', String(total));
    this.querySelector<HTMLButtonElement>('[data-deck-previous]')!.disabled = next === 0;
    this.querySelector<HTMLButtonElement>('[data-deck-next]')!.disabled = next === total - 1;
    if (!initial || location.hash) history.replaceState(null, '', `#${item.id}`);
    if (focusSlide) item.querySelector<HTMLElement>('.slide')?.focus({ preventScroll: true });
    if (!initial) item.scrollIntoView({ block: 'nearest' });
    this.#showPresenterSlide();
    if (!initial && !fromOtherWindow) this.#post({ kind: 'go', index: next });
  }

  #post(message: DeckMessage) {
    this.#channel?.postMessage(message);
  }

  #onMessage(message: DeckMessage) {
    if (message.kind === 'go') this.go(message.index, false, false, true);
    // A presenter view that opens (or reloads) asks where the audience is.
    else if (message.kind === 'hello' && !this.hasAttribute('data-presenter')) this.#post({ kind: 'go', index: this.#current });
  }

  /** A second window on a wide screen; this window when the screen is small or the browser blocks the window. */
  #openPresenter() {
    // The slide number goes in the query, not as #dia-N: a fragment would scroll the new window past its controls.
    const url = new URL(location.href);
    url.searchParams.set(PRESENTER_PARAMETER, String(this.#current + 1));
    url.hash = '';
    const opened = matchMedia(WIDE_SCREEN).matches ? window.open(url.href, `presenter:${location.pathname}`) : null;
    if (opened) opened.focus();
    else this.#setPresenter(true);
  }

  #closePresenter() {
    if (this.#presenterWindow && window.opener) {
      window.close();
      return;
    }
    if (this.#presenterWindow) {
      // Opened from a link or a bookmark: stay, as the audience's deck.
      const url = new URL(location.href);
      url.searchParams.delete(PRESENTER_PARAMETER);
      history.replaceState(null, '', url.href);
      this.#presenterWindow = false;
    }
    this.#setPresenter(false);
    this.querySelector<HTMLElement>('[data-deck-presenter]')?.focus();
  }

  #setPresenter(on: boolean) {
    this.toggleAttribute('data-presenter', on);
    this.querySelector<HTMLElement>('[data-presenter-panel]')!.hidden = !on;
    this.querySelector<HTMLElement>('[data-presenter-notes-panel]')!.hidden = !on;
    this.querySelector<HTMLElement>('[data-deck-audience]')!.hidden = !on;
    this.querySelector<HTMLElement>('[data-deck-presenter]')!.hidden = on;
    this.querySelector<HTMLElement>('[data-deck-notes]')!.hidden = on;
    if (this.#fullscreenButton && document.fullscreenEnabled) this.#fullscreenButton.hidden = on;
    if (!on) return;
    this.#toggleNotes(false);
    this.#showPresenterSlide();
  }

  /** The presenter view: the current slide's notes, and what comes next. */
  #showPresenterSlide() {
    if (!this.hasAttribute('data-presenter')) return;
    const notes = this.#items[this.#current]!.querySelector('.slide__notes');
    const notesTitle = this.querySelector('[data-presenter-notes-title]');
    if (notesTitle) notesTitle.textContent = (this.dataset.notesFor ?? '{n}').replace('{n}', String(this.#current + 1));
    const notesText = this.querySelector('[data-presenter-notes]');
    if (notesText && notes) notesText.replaceChildren(...[...notes.children].slice(1).map((child) => child.cloneNode(true)));

    const next = this.#items[this.#current + 1];
    const nextTitle = this.querySelector('[data-presenter-next-title]');
    const heading = next?.querySelector('h2')?.textContent?.trim() ?? '';
    if (nextTitle) nextTitle.textContent = next ? (this.dataset.nextUp ?? '{title}').replace('{title}', heading) : (this.dataset.last ?? '');
    const preview = this.querySelector('[data-presenter-preview]');
    const slide = next?.querySelector('.slide');
    if (!preview) return;
    if (!slide) {
      preview.replaceChildren();
      return;
    }
    // A picture of the next slide: no name, no focus, no notes (the preview is inert and hidden from assistive technology).
    const copy = slide.cloneNode(true) as HTMLElement;
    for (const name of ['aria-label', 'aria-roledescription', 'tabindex']) copy.removeAttribute(name);
    copy.querySelector('.slide__notes')?.remove();
    preview.replaceChildren(copy);
  }

  #toggleTimer() {
    if (this.#startedAt === null) {
      this.#startedAt = Date.now();
      this.#tick = setInterval(() => this.#showTime(), 1000);
    } else {
      this.#elapsedBefore += Date.now() - this.#startedAt;
      this.#startedAt = null;
      clearInterval(this.#tick);
    }
    const button = this.querySelector<HTMLElement>('[data-timer-toggle]');
    if (button) button.textContent = (this.#startedAt === null ? button.dataset.start : button.dataset.pause) ?? '';
    this.#showTime();
  }

  #resetTimer() {
    this.#elapsedBefore = 0;
    if (this.#startedAt !== null) this.#startedAt = Date.now();
    this.#showTime();
  }

  #showTime() {
    const elapsed = this.#elapsedBefore + (this.#startedAt === null ? 0 : Date.now() - this.#startedAt);
    const clock = this.querySelector('[data-timer-elapsed]');
    if (clock) clock.textContent = formatElapsed(elapsed);
  }

  #fromHash(): number {
    const match = /^#dia-(\d+)$/.exec(location.hash);
    if (match) return Number(match[1]) - 1;
    const presenterAt = Number(new URLSearchParams(location.search).get(PRESENTER_PARAMETER));
    return presenterAt > 0 ? presenterAt - 1 : 0;
  }

  #onKey(event: KeyboardEvent) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    // Space and Enter on a button or link do what that control does.
    const onControl = Boolean(target.closest('button, a'));
    let index: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'PageDown':
        index = this.#current + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
        index = this.#current - 1;
        break;
      case ' ':
        if (onControl) return;
        index = this.#current + (event.shiftKey ? -1 : 1);
        break;
      case 'Home':
        index = 0;
        break;
      case 'End':
        index = this.#items.length - 1;
        break;
      case 'p':
      case 'P':
        if (!this.hasAttribute('data-presenter')) this.#openPresenter();
        else if (!this.#presenterWindow) this.#closePresenter();
        event.preventDefault();
        return;
      case 'Escape':
        if (document.fullscreenElement === this) void document.exitFullscreen();
        else if (this.hasAttribute('data-notes')) this.#toggleNotes(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.go(index, true);
  }

  #toggleNotes(show = !this.hasAttribute('data-notes')) {
    this.toggleAttribute('data-notes', show);
    this.#notesButton?.setAttribute('aria-pressed', String(show));
  }

  async #toggleFullscreen() {
    try {
      if (document.fullscreenElement === this) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      // The browser refused (for example inside a frame without permission): stay as we are.
    }
    this.#items[this.#current]?.querySelector<HTMLElement>('.slide')?.focus({ preventScroll: true });
  }
}
