/** Interface strings of “Your data”, in English. */
import type { ImportRefusal, KeptAsIs } from '../your-data';
import type { yourData as dutch } from './nl';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const yourData: typeof dutch = {
  needsJavaScript: 'This page reads your browser’s storage with JavaScript. Turn on JavaScript to see what the site keeps on this device. You can also clear the data in your browser settings.',
  loading: 'Reading the data on this device…',
  unavailable:
    'This browser does not give the site access to local storage (for example because of privacy settings). So nothing from this site is stored on this device, and you cannot import here.',
  inventoryTitle: 'What is on this device',
  empty: 'This site is not keeping anything on this device right now.',
  total: (count: number, size: string) => `${plural(count, 'item', 'items')}, ${size} in total.`,
  groups: {
    assessment: 'Self-assessments',
    tool: 'Tools',
    backup: 'Damaged data set aside',
  },
  backupExplanation:
    'When stored data was damaged, the site did not throw it away but set it aside. You can export it to keep it, or delete it if you no longer need it.',
  attempts: (count: number) => plural(count, 'completed result', 'completed results'),
  toolData: 'What you saved in this tool',
  unreadable: 'Cannot be read',
  legacy: 'from an earlier version of the site',
  backupOf: (title: string) => `Damaged data from ${title}`,
  backupOfUnknown: 'Damaged data',
  setAsideAt: (when: string) => `set aside on ${when}`,
  unknownAssessment: (id: string) => `Self-assessment “${id}”`,
  remove: 'Delete',
  removeLabel: (what: string) => `Delete: ${what}`,
  removeQuestion: (what: string) => `Delete “${what}” from this device? You cannot undo this.`,
  removeYes: 'Yes, delete',
  cancel: 'Cancel',
  removed: (what: string) => `Deleted: ${what}.`,
  removeFailed: (what: string) => `${what} could not be deleted. Your browser refused. Nothing has changed.`,
  removeAll: 'Delete everything',
  removeAllQuestion: 'Delete everything from this site on this device? Export it first if you want to keep it. You cannot undo this.',
  removeAllYes: 'Yes, delete everything',
  removedAll: 'Everything from this site has been deleted from this device.',
  removeAllFailed: 'The data could not be deleted. Your browser refused. Nothing has changed.',
  exportTitle: 'Take it to another device',
  exportExplanation:
    'Export everything as one file. Open this page on the other device and import the file there. Anything already there stays: the import only adds what is missing.',
  exportButton: 'Export everything as a file',
  exportNothing: 'There is nothing to export yet.',
  // A file name, like the storage keys: it stays the same in every language.
  exportFileName: (day: string) => `adviesplaybook-gegevens-${day}.json`,
  exported: (name: string) => `The file ${name} has been created. You will find it in your downloads.`,
  importButton: 'Choose a file to import',
  importRefused: (reason: ImportRefusal, key?: string) => importRefusals[reason](key),
  importReadFailed: 'The file could not be read. Nothing has changed.',
  planTitle: 'The import will add this',
  planNothing: 'This file adds nothing: everything in it is already on this device. Nothing has changed.',
  planAdd: 'new on this device',
  planAddAttempts: (count: number) => `${plural(count, 'result', 'results')} to add; what is already here stays`,
  planKeptTitle: 'This stays as it is',
  planKept: (reason: KeptAsIs['reason']) => keptReasons[reason],
  planConfirm: 'Add',
  planCancel: 'Do not import',
  planCancelled: 'The import was cancelled. Nothing has changed.',
  imported: (count: number) => `${plural(count, 'item has', 'items have')} been added.`,
  importPartlyFailed: (count: number) =>
    `${plural(count, 'item was', 'items were')} not added, because something changed in the meantime or the storage is full. Check the list and import again if you need to.`,
};

const importRefusals: Record<ImportRefusal, (key?: string) => string> = {
  'too-large': () => 'This file is too large to be an export from this site. Nothing has changed.',
  'not-json': () => 'This file is not an export from this site: it is not JSON. Nothing has changed.',
  foreign: () => 'This file is not an export from “Your data” on this site. Nothing has changed.',
  'newer-version': () => 'This file comes from a newer version of the site. Load the latest version of this site and try again. Nothing has changed.',
  'unknown-key': (key) => `The file contains something this site does not recognise (${key ?? 'unknown'}). It will not be imported. Nothing has changed.`,
  'damaged-entry': (key) => `Part of the file is damaged (${key ?? 'unknown'}). It will not be imported. Nothing has changed.`,
};

const keptReasons: Record<KeptAsIs['reason'], string> = {
  same: 'is already here, exactly the same',
  'nothing-new': 'all results are already here',
  'different-here': 'something different is here; that stays',
  'damaged-here': 'damaged data is here; that stays',
};
