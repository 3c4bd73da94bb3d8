/**
 * <slide-deck>: shows a chapter's slides one at a time (SlideDeck.astro).
 * Keys: → ↓ PageDown Space next, ← ↑ PageUp Shift+Space previous, Home/End first/last,
 * Escape leaves full screen or closes the notes. The slide number is in the address (#dia-3)
 * so a reload or a shared link opens the same slide. Without this script every slide is
 * shown in a list, and printing works either way.
 */
export class SlideDeck extends HTMLElement {
  #items: HTMLElement[] = [];
  #current = 0;
  #counter: HTMLElement | null = null;
  #notesButton: HTMLButtonElement | null = null;
  #fullscreenButton: HTMLButtonElement | null = null;

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
    document.addEventListener('keydown', (event) => this.#onKey(event));
    window.addEventListener('hashchange', () => this.go(this.#fromHash(), true));
    this.go(this.#fromHash(), false, true);
  }

  /** Shows slide `index` (from 0). `focusSlide` moves keyboard focus onto it. */
  go(index: number, focusSlide: boolean, initial = false) {
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
  }

  #fromHash(): number {
    const match = /^#dia-(\d+)$/.exec(location.hash);
    return match ? Number(match[1]) - 1 : 0;
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
