/** Interface strings of search (the dialog, /zoeken/ and its results), in Dutch. */
export const search = {
  label: 'Zoeken',
  pageTitle: 'Zoeken in het playbook',
  pageDescription: 'Zoek in alle hoofdstukken, werkvormen, zelfscans en hulpmiddelen.',
  needsJavaScript: 'Zoeken werkt met JavaScript, en dat staat in je browser uit. Je vindt alles ook via de delen van het playbook hieronder.',
  placeholder: 'Zoek in het playbook',
  shortcutHint: 'Druk op / om te zoeken',
  types: { hoofdstuk: 'Hoofdstuk', play: 'Werkvorm', assessment: 'Zelfscan', tool: 'Hulpmiddel', page: 'Informatie' },
  typeFilter: 'Soort',
  partFilter: 'Deel',
  /** The button that shows the filters on a phone. */
  filtersToggle: 'Filter op soort of deel',
  filtersChosen: (count: number) => `${count} gekozen`,
  close: 'Sluit zoeken',
  unavailable: 'Zoeken is nu niet beschikbaar. Gebruik de navigatie of probeer het later opnieuw.',
  prompt: 'Typ een woord, of kies een soort of deel.',
  count: (count: number, query: string) =>
    count === 0
      ? `Geen resultaten${query ? ` voor “${query}”` : ''}. Probeer een ander of korter woord.`
      : `${count} ${count === 1 ? 'resultaat' : 'resultaten'}${query ? ` voor “${query}”` : ''}`,
  /** After the count, when a result could not be shown without a network. */
  offlineOnlyKept: 'Zonder internet zie je alleen de pagina’s die op dit apparaat staan.',
  /** Offline, when the index chunks for a query were never fetched (only "save all" keeps them all). */
  offlineIndexMissing: 'Zonder internet zoek je alleen in wat je eerder online hebt gezocht. Wil je overal in zoeken zonder internet? Bewaar dan het hele playbook offline, op de pagina Voor trainers.',
  sectionsLabel: 'Direct naar',
  more: (count: number) => `Toon ${count} meer ${count === 1 ? 'resultaat' : 'resultaten'}`,
  keyboardHint: 'Openen met / of Ctrl+K · pijltjes: door de resultaten · Enter: openen · Esc: sluiten',
  triggerTitle: 'Zoeken (sneltoets: / of Ctrl+K)',
};
