/** Interface strings of "Jouw gegevens", in Dutch. */
import type { ImportRefusal, KeptAsIs } from '../your-data';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const yourData = {
  needsJavaScript: 'Deze pagina leest de opslag van je browser met JavaScript. Zet JavaScript aan om te zien wat de site op dit apparaat bewaart. Je kunt de gegevens ook wissen in de instellingen van je browser.',
  loading: 'De gegevens op dit apparaat worden gelezen…',
  unavailable:
    'Deze browser geeft de site geen toegang tot de lokale opslag (bijvoorbeeld door privacy-instellingen). Er staat dus niets van deze site op dit apparaat, en importeren kan hier niet.',
  inventoryTitle: 'Wat op dit apparaat staat',
  empty: 'Deze site bewaart nu niets op dit apparaat.',
  total: (count: number, size: string) => `${plural(count, 'onderdeel', 'onderdelen')}, samen ${size}.`,
  groups: {
    assessment: 'Zelfscans',
    tool: 'Hulpmiddelen',
    backup: 'Apart gezette beschadigde gegevens',
  },
  backupExplanation:
    'Als opgeslagen gegevens beschadigd waren, heeft de site ze niet weggegooid maar apart gezet. Je kunt ze exporteren om ze te bewaren, of verwijderen als je ze niet meer nodig hebt.',
  attempts: (count: number) => plural(count, 'afgerond resultaat', 'afgeronde resultaten'),
  toolData: 'Wat je in dit hulpmiddel hebt opgeslagen',
  unreadable: 'Kan niet gelezen worden',
  legacy: 'uit een eerdere versie van de site',
  backupOf: (title: string) => `Beschadigde gegevens van ${title}`,
  backupOfUnknown: 'Beschadigde gegevens',
  setAsideAt: (when: string) => `apart gezet op ${when}`,
  unknownAssessment: (id: string) => `Zelfscan “${id}”`,
  remove: 'Verwijder',
  removeLabel: (what: string) => `Verwijder: ${what}`,
  removeQuestion: (what: string) => `“${what}” verwijderen van dit apparaat? Dit kun je niet ongedaan maken.`,
  removeYes: 'Ja, verwijder',
  cancel: 'Annuleer',
  removed: (what: string) => `Verwijderd: ${what}.`,
  removeFailed: (what: string) => `${what} kon niet worden verwijderd. De browser weigerde het. Er is niets veranderd.`,
  removeAll: 'Verwijder alles',
  removeAllQuestion: 'Alles van deze site verwijderen van dit apparaat? Exporteer eerst als je het wilt bewaren. Dit kun je niet ongedaan maken.',
  removeAllYes: 'Ja, verwijder alles',
  removedAll: 'Alles van deze site is van dit apparaat verwijderd.',
  removeAllFailed: 'De gegevens konden niet worden verwijderd. De browser weigerde het. Er is niets veranderd.',
  exportTitle: 'Meenemen naar een ander apparaat',
  exportExplanation:
    'Exporteer alles als één bestand. Open deze pagina op het andere apparaat en importeer het bestand daar. Wat daar al staat, blijft staan: de import voegt alleen toe wat nog ontbreekt.',
  exportButton: 'Exporteer alles als bestand',
  exportNothing: 'Er is nog niets om te exporteren.',
  exportFileName: (day: string) => `adviesplaybook-gegevens-${day}.json`,
  exported: (name: string) => `Het bestand ${name} is gemaakt. Je vindt het bij je downloads.`,
  importButton: 'Kies een bestand om te importeren',
  importRefused: (reason: ImportRefusal, key?: string) => importRefusals[reason](key),
  importReadFailed: 'Het bestand kon niet worden gelezen. Er is niets veranderd.',
  planTitle: 'Dit voegt de import toe',
  planNothing: 'Dit bestand voegt niets toe: alles wat erin staat, staat al op dit apparaat. Er is niets veranderd.',
  planAdd: 'nieuw op dit apparaat',
  planAddAttempts: (count: number) => `${plural(count, 'resultaat', 'resultaten')} erbij; wat hier al stond, blijft`,
  planKeptTitle: 'Dit blijft zoals het is',
  planKept: (reason: KeptAsIs['reason']) => keptReasons[reason],
  planConfirm: 'Voeg toe',
  planCancel: 'Niet importeren',
  planCancelled: 'De import is afgebroken. Er is niets veranderd.',
  imported: (count: number) => `${plural(count, 'onderdeel is', 'onderdelen zijn')} toegevoegd.`,
  importPartlyFailed: (count: number) =>
    `${plural(count, 'onderdeel is', 'onderdelen zijn')} niet toegevoegd, omdat ze intussen veranderd waren of de opslag vol is. Kijk de lijst na en importeer opnieuw als dat nodig is.`,
};

const importRefusals: Record<ImportRefusal, (key?: string) => string> = {
  'too-large': () => 'Dit bestand is te groot om een export van deze site te zijn. Er is niets veranderd.',
  'not-json': () => 'Dit bestand is geen export van deze site: het is geen JSON. Er is niets veranderd.',
  foreign: () => 'Dit bestand is geen export van “Jouw gegevens” van deze site. Er is niets veranderd.',
  'newer-version': () => 'Dit bestand komt uit een nieuwere versie van de site. Werk deze site bij en probeer het opnieuw. Er is niets veranderd.',
  'unknown-key': (key) => `Het bestand bevat iets wat deze site niet kent (${key ?? 'onbekend'}). Het wordt niet geïmporteerd. Er is niets veranderd.`,
  'damaged-entry': (key) => `Een deel van het bestand is beschadigd (${key ?? 'onbekend'}). Het wordt niet geïmporteerd. Er is niets veranderd.`,
};

const keptReasons: Record<KeptAsIs['reason'], string> = {
  same: 'staat hier al precies zo',
  'nothing-new': 'alle resultaten staan hier al',
  'different-here': 'hier staat iets anders; dat blijft staan',
  'damaged-here': 'hier staan beschadigde gegevens; die blijven staan',
};
