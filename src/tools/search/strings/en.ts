/** Interface strings of search (the dialog, /zoeken/ and its results), in English. */
import type { search as dutch } from './nl';

export const search: typeof dutch = {
  label: 'Search',
  pageTitle: 'Search the playbook',
  pageDescription: 'Search all chapters, plays, self-assessments and tools.',
  needsJavaScript: 'Search needs JavaScript, and JavaScript is turned off in your browser. You can also find everything through the parts of the playbook below.',
  placeholder: 'Search the playbook',
  shortcutHint: 'Press / to search',
  types: { hoofdstuk: 'Chapter', play: 'Play', assessment: 'Self-assessment', tool: 'Tool', page: 'Information' },
  typeFilter: 'Type',
  partFilter: 'Part',
  filtersToggle: 'Filter by type or part',
  filtersChosen: (count: number) => `${count} chosen`,
  close: 'Close search',
  unavailable: 'Search is not available right now. Use the navigation, or try again later.',
  prompt: 'Type a word, or choose a type or part.',
  count: (count: number, query: string) =>
    count === 0
      ? `No results${query ? ` for “${query}”` : ''}. Try a different or shorter word.`
      : `${count} ${count === 1 ? 'result' : 'results'}${query ? ` for “${query}”` : ''}`,
  /** After the count, when a result could not be shown without a network. */
  offlineOnlyKept: 'Without internet, you only see the pages saved on this device.',
  /** Offline, when the index chunks for a query were never fetched (only "save all" keeps them all). */
  offlineIndexMissing: 'Without internet, search only covers what you searched for before while online. Want to search everything offline? Then save the whole playbook on the For facilitators page.',
  sectionsLabel: 'Go straight to',
  more: (count: number) => `Show ${count} more ${count === 1 ? 'result' : 'results'}`,
  keyboardHint: 'Open with / or Ctrl+K · arrow keys: move through the results · Enter: open · Esc: close',
  triggerTitle: 'Search (shortcut: / or Ctrl+K)',
};
