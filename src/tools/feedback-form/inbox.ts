/**
 * Feedback an adviser chose to keep on this device: the decoded answers, newest first.
 * Stored in the code's own wire shape, so the code's strict validator also checks what
 * comes back from storage; damaged data is set aside by src/lib/storage.ts.
 */
import { is, type LoadResult, loadJson, type SaveResult, saveJson, type StorageLike } from '../../lib/storage';
import { toolStorage } from '../manifest';
import { answersFromWire, answersToWire, checksum, type FeedbackAnswers } from './feedback-code';

/** Where the inbox is kept on the device, and the key it had before; the manifest (tool.ts) lists it for the site. */
export const inboxStorage = toolStorage('feedback-form', { replaced: ['feedbackformulier'], validate: validateInbox });
const INBOX_SCHEMA = 1;

export interface ReceivedFeedback {
  /** The checksum of the answer code: the same code saved twice is one entry. */
  id: string;
  savedAt: string;
  answers: FeedbackAnswers;
}

export interface Inbox {
  schema: typeof INBOX_SCHEMA;
  received: ReceivedFeedback[];
}

export const emptyInbox = (): Inbox => ({ schema: INBOX_SCHEMA, received: [] });

export function validateInbox(raw: unknown): Inbox | undefined {
  if (!is.record(raw) || raw.schema !== INBOX_SCHEMA || !Array.isArray(raw.received)) return undefined;
  const received: ReceivedFeedback[] = [];
  for (const entry of raw.received) {
    if (!is.record(entry) || !is.string(entry.id) || !/^[0-9a-f]{8}$/.test(entry.id) || !is.isoDate(entry.savedAt)) return undefined;
    const answers = answersFromWire(entry.answers);
    if (!answers) return undefined;
    received.push({ id: entry.id, savedAt: entry.savedAt, answers });
  }
  return { schema: INBOX_SCHEMA, received };
}

export function loadInbox(storage: StorageLike | undefined): LoadResult<Inbox> {
  return loadJson(storage, inboxStorage.key, validateInbox, inboxStorage.replaced);
}

export function saveInbox(storage: StorageLike | undefined, inbox: Inbox): SaveResult {
  return saveJson(storage, inboxStorage.key, {
    schema: INBOX_SCHEMA,
    received: inbox.received.map((entry) => ({ id: entry.id, savedAt: entry.savedAt, answers: answersToWire(entry.answers) })),
  });
}

export function receivedId(code: string): string {
  return checksum(code);
}

/** Adds feedback at the top of the list, unless that code is already there. */
export function addReceived(inbox: Inbox, code: string, answers: FeedbackAnswers, now: Date): { inbox: Inbox; added: boolean } {
  const id = receivedId(code);
  if (inbox.received.some((entry) => entry.id === id)) return { inbox, added: false };
  return { inbox: { ...inbox, received: [{ id, savedAt: now.toISOString(), answers }, ...inbox.received] }, added: true };
}

export function removeReceived(inbox: Inbox, id: string): Inbox {
  return { ...inbox, received: inbox.received.filter((entry) => entry.id !== id) };
}
