/**
 * The search interface, loaded only when search is opened: a field, filters by type and
 * part (shown before typing), and results that update as you type. Arrow keys move through
 * the results, Enter opens one, Escape closes the dialog and returns focus.
 */
import styles from './search.css?inline';
import { searchStrings } from './strings/index';
import { escapeMarkup } from '../../lib/escape-markup';
import { type PagefindResultData, type SearchHit, toHit } from './results';

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

interface MountOptions {
  base: string;
  /** Filter values rendered into the page at build time: page types and part titles in order. */
  facets: { types: string[]; parts: string[] };
}

const t = searchStrings();
/** Results shown at once; each needs a fragment request, so more come on demand. */
const PAGE_SIZE = 3;
let pagefind: Promise<PagefindApi> | undefined;

// The styles travel inside this lazily loaded module, so pages that never open search carry none of them.
const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
let uid = 0;

function loadPagefind(base: string): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    // Pagefind 1.5+ searches in its own web worker (pagefind-worker.js, allowed by the CSP's
    // worker-src 'self'), so typing never waits on the WASM; only its documented options here.
    await api.options({ baseUrl: base, excerptLength: 22 });
    await api.init();
    return api;
  })();
  return pagefind;
}

function markup(id: number): string {
  return `
    <div class="search__bar">
      <label class="visually-hidden" for="search-input-${id}">${escapeMarkup(t.placeholder)}</label>
      <svg class="search__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2"></circle><path d="m15.5 15.5 5 5" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path></svg>
      <input id="search-input-${id}" class="search__input" type="search" autocomplete="off" spellcheck="false" placeholder="${escapeMarkup(t.placeholder)}" aria-describedby="search-hint-${id}">
    </div>
    <p id="search-hint-${id}" class="search__hint">${escapeMarkup(t.keyboardHint)}</p>
    <button type="button" class="search__filters-toggle" aria-expanded="false" aria-controls="search-filters-${id}">${escapeMarkup(t.filtersToggle)}<span class="search__filters-count"></span></button>
    <div class="search__filters" id="search-filters-${id}" data-collapsed></div>
    <p class="search__status" role="status" aria-live="polite"></p>
    <ol class="search__results"></ol>
    <button type="button" class="search__more button button--secondary" hidden>${escapeMarkup(t.more(PAGE_SIZE))}</button>`;
}

function filterGroup(name: 'type' | 'part', legend: string, values: string[]): string {
  const options = values
    .map(
      (value) =>
        `<label class="search__chip"><input type="checkbox" name="${name}" value="${escapeMarkup(value)}"><span>${escapeMarkup(value)}</span></label>`,
    )
    .join('');
  return options ? `<fieldset class="search__group"><legend>${escapeMarkup(legend)}</legend>${options}</fieldset>` : '';
}

function hitMarkup(hit: SearchHit): string {
  const meta = [hit.type, hit.part].filter(Boolean).map((text) => escapeMarkup(text!)).join(' · ');
  const sections = hit.sections.length
    ? `<p class="search-hit__sections">${escapeMarkup(t.sectionsLabel)}: ${hit.sections
        .map((section) => `<a href="${escapeMarkup(section.url)}">${escapeMarkup(section.title)}</a>`)
        .join(', ')}</p>`
    : '';
  return `<li class="search-hit">
    <a class="search-hit__title" href="${escapeMarkup(hit.url)}">${escapeMarkup(hit.title)}</a>
    ${meta ? `<p class="search-hit__meta">${meta}</p>` : ''}
    <p class="search-hit__excerpt">${hit.excerptHtml}</p>
    ${sections}
  </li>`;
}

/** Builds the search into `root` and returns its input. */
function mount(root: HTMLElement, { base, facets }: MountOptions, onQuery?: (query: string) => void): HTMLInputElement {
  const id = ++uid;
  root.classList.add('search');
  root.innerHTML = markup(id);
  const input = root.querySelector<HTMLInputElement>('.search__input')!;
  const filters = root.querySelector<HTMLElement>('.search__filters')!;
  const status = root.querySelector<HTMLElement>('.search__status')!;
  const results = root.querySelector<HTMLOListElement>('.search__results')!;
  const more = root.querySelector<HTMLButtonElement>('.search__more')!;
  filters.innerHTML = filterGroup('type', t.typeFilter, facets.types) + filterGroup('part', t.partFilter, facets.parts);
  // On a phone the chips would fill the first screen: they fold behind a button (search.css
  // shows them always where there is room, and hides the button there).
  const toggle = root.querySelector<HTMLButtonElement>('.search__filters-toggle')!;
  const chosenCount = root.querySelector<HTMLElement>('.search__filters-count')!;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    filters.toggleAttribute('data-collapsed', !open);
  });
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { data(): Promise<PagefindResultData> }[] = [];

  const selected = (): Record<string, string[]> => {
    const chosen: Record<string, string[]> = {};
    for (const box of root.querySelectorAll<HTMLInputElement>('.search__filters input:checked')) (chosen[box.name] ??= []).push(box.value);
    return chosen;
  };

  /**
   * Shows up to PAGE_SIZE more results. Without a network a result whose fragment is not kept
   * on this device cannot be shown: it is left out and the next one is tried. Returns how
   * many were left out.
   */
  const showMore = async (current: number): Promise<number> => {
    const shown: PagefindResultData[] = [];
    let missing = 0;
    while (shown.length < PAGE_SIZE && pending.length > 0) {
      const batch = pending.slice(0, PAGE_SIZE - shown.length);
      pending = pending.slice(batch.length);
      for (const outcome of await Promise.allSettled(batch.map((result) => result.data()))) {
        if (outcome.status === 'fulfilled') shown.push(outcome.value);
        else missing += 1;
      }
      if (current !== run) return missing;
    }
    results.insertAdjacentHTML('beforeend', shown.map((item) => hitMarkup(toHit(item))).join(''));
    more.hidden = pending.length === 0;
    more.textContent = t.more(Math.min(PAGE_SIZE, pending.length));
    return missing;
  };

  const search = async () => {
    const current = ++run;
    const query = input.value.trim();
    const chosen = selected();
    onQuery?.(query);
    if (!query && Object.keys(chosen).length === 0) {
      results.innerHTML = '';
      more.hidden = true;
      status.textContent = t.prompt;
      return;
    }
    try {
      const api = await loadPagefind(base);
      const found = await api.search(query || null, { filters: chosen });
      if (current !== run) return;
      pending = found.results;
      // A reader who already arrowed into the previous results keeps the keyboard: replacing
      // the list would drop focus on <body>, so it goes back to the field first.
      if (results.contains(document.activeElement)) input.focus();
      results.innerHTML = '';
      const missing = await showMore(current);
      if (current !== run) return;
      if (found.results.length === 0 && !navigator.onLine) status.textContent = t.offlineIndexMissing;
      else status.textContent = t.count(found.results.length, query) + (missing > 0 ? `. ${t.offlineOnlyKept}` : '');
    } catch {
      // Offline, a part of the index this device never fetched fails to load.
      if (current === run) status.textContent = navigator.onLine ? t.unavailable : t.offlineIndexMissing;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 60);
  });
  filters.addEventListener('change', () => {
    const count = root.querySelectorAll('.search__filters input:checked').length;
    chosenCount.textContent = count > 0 ? ` (${t.filtersChosen(count)})` : '';
    void search();
  });
  more.addEventListener('click', async () => {
    const first = results.children.length;
    await showMore(run);
    results.children[first]?.querySelector('a')?.focus();
  });

  // Arrow keys: from the field into the results and between their links; up from the first link returns to the field.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0 || (target !== input && !results.contains(target))) return;
    event.preventDefault();
    const index = target === input ? -1 : links.indexOf(target as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index - 1;
    (next < 0 ? input : links[next]!).focus();
  });

  status.textContent = t.prompt;
  // Fetch Pagefind while the reader types, so the first results come quickly.
  loadPagefind(base).catch(() => {
    status.textContent = t.unavailable;
  });
  return input;
}

let dialog: HTMLDialogElement | undefined;
let returnFocusTo: HTMLElement | undefined;

/** Closes the dialog and puts focus back where it was, at once (the close event comes later). */
function closeDialog() {
  dialog?.close();
  returnFocusTo?.focus();
}

export function openSearchDialog(options: MountOptions & { returnFocusTo: HTMLElement }) {
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-labelledby', 'search-dialog-title');
    dialog.innerHTML = `<div class="search-dialog__head">
        <h2 id="search-dialog-title" class="search-dialog__title">${escapeMarkup(t.pageTitle)}</h2>
        <button type="button" class="search-dialog__close">${escapeMarkup(t.close)}</button>
      </div>
      <div class="search-dialog__body"></div>`;
    dialog.querySelector('.search-dialog__close')!.addEventListener('click', closeDialog);
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) closeDialog();
    });
    // Escape closes at once, also when the field holds text (a search field would first clear it).
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      closeDialog();
    });
    document.body.append(dialog);
    mount(dialog.querySelector<HTMLElement>('.search-dialog__body')!, options);
  }
  const input = dialog.querySelector<HTMLInputElement>('.search__input')!;
  returnFocusTo = options.returnFocusTo;
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
}

/** The /zoeken/ page: the same search in the page, with the query kept in the URL (?q=…). */
export function mountSearchPage(root: HTMLElement, options: MountOptions) {
  const url = new URL(window.location.href);
  const input = mount(root, options, (query) => {
    const next = new URL(window.location.href);
    if (query) next.searchParams.set('q', query);
    else next.searchParams.delete('q');
    history.replaceState(null, '', next);
  });
  input.value = url.searchParams.get('q') ?? '';
  input.focus();
  if (input.value) input.dispatchEvent(new Event('input'));
}
