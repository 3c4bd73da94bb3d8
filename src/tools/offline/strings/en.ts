import type { SaveProblem } from '../save';
import type { offline as dutch } from './nl';

/** Interface strings of the offline copy ("Save the whole playbook offline"), in English. */
export const offline: typeof dutch = {
  title: 'The playbook without internet',
  intro:
    'Running a session somewhere with poor wifi? Then save the whole playbook on this device beforehand: all chapters, presentations, self-assessments and tools. After that, and when you install the playbook as an app, the pages you open are kept on this device too. Until you choose this, your browser downloads only what you read. With the whole playbook saved, search works without internet too.',
  save: 'Save the whole playbook offline',
  saveAgain: 'Update the offline copy',
  cancel: 'Stop saving',
  remove: 'Delete the offline copy',
  removeQuestion: 'Are you sure you want to delete the offline copy? Anything you entered in self-assessments and tools will stay.',
  removeConfirm: 'Yes, delete the copy',
  keep: 'Cancel',
  progressLabel: 'Saving progress',
  progress: (done: number, total: number, bytes: string, totalBytes: string) => `${done} of ${total} files saved (${bytes} of ${totalBytes})`,
  saved: (date: string, size: string) => `The whole playbook is on this device (${size}, saved on ${date}). You can now also read and search it without internet.`,
  outdated: (date: string) => `You saved the playbook on ${date}. A newer version has come out since then: update the copy to have that offline as well.`,
  done: (size: string) => `Done: the whole playbook is on this device (${size}). You can now also read and search it without internet.`,
  removed: 'The offline copy has been deleted. Anything you entered in self-assessments and tools is still there.',
  removeFailed: 'Couldn’t delete the offline copy. Please try again, or clear the site data in your browser settings.',
  problem: (problem: SaveProblem, done: number, total: number) =>
    ({
      cancelled: `Stopped. ${done} of ${total} files are already on this device; you can save the rest later.`,
      quota: 'Your browser does not give enough storage space to save the whole playbook. Free up space on this device, or keep reading online. The site works as usual.',
      network: `Saving stopped because the connection was lost. ${done} of ${total} files are already on this device. Try again when you are back online.`,
    })[problem],
  unsupported: 'This browser cannot save the playbook offline, for example in a private window or because of its settings. Online, everything works as usual.',
  needsJavaScript: 'Saving the playbook offline needs JavaScript, and JavaScript is turned off in your browser.',
};
