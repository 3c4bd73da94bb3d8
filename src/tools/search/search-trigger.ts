/**
 * <search-trigger>: turns the header's search link into a button that opens the search
 * dialog, and listens for "/" and Ctrl/⌘+K anywhere. The dialog, Pagefind and their styles
 * load only when search is opened. <search-page> mounts the same search on /zoeken/.
 */
type SearchModule = typeof import('./search-ui');

let loading: Promise<SearchModule> | undefined;
const loadSearch = () => (loading ??= import('./search-ui'));

function siteBase(): string {
  return document.documentElement.dataset.base ?? '/';
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export class SearchTrigger extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    if (!link) return;
    const open = async () => (await loadSearch()).openSearchDialog({ base: siteBase(), facets: readFacets(this), returnFocusTo: link });
    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      void open();
    });
    link.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        void open();
      }
    });
    document.addEventListener('keydown', (event) => {
      const shortcut = (event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !isTyping(event.target));
      if (!shortcut || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      void open();
    });
    this.dataset.enhanced = '';
  }

}

export class SearchPage extends HTMLElement {
  async connectedCallback() {
    (await loadSearch()).mountSearchPage(this, { base: siteBase(), facets: readFacets(this) });
  }
}

/** The filters rendered into the page at build time (see src/data/search-facets.ts). */
function readFacets(element: HTMLElement): { types: string[]; parts: string[] } {
  try {
    const facets = JSON.parse(element.dataset.facets ?? '{}') as { types?: unknown; parts?: unknown };
    const list = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
    return { types: list(facets.types), parts: list(facets.parts) };
  } catch {
    return { types: [], parts: [] };
  }
}
