/**
 * "Jouw gegevens": the pure logic behind listing, exporting and importing everything the
 * site keeps on this device. No DOM, no React, no sentences: the view maps the kinds and
 * reasons below to text.
 *
 * Import is a merge that never overwrites: an assessment gains the attempts it lacks (an
 * attempt already present, by id, is kept once) and keeps its own progress; a tool's data
 * or a set-aside copy is added only where this device has nothing under that key. Data
 * here that does not validate is left untouched. A file is checked in full with the same
 * validators as the storage readers before anything is planned; one bad entry refuses it.
 */
import type { History } from '../assessment/history';
import { classifyKey, type StoredArea } from '../stored-areas';

export const EXPORT_FORMAT = 'adviesplaybook-gegevens';
export const EXPORT_VERSION = 1;
/** Far above what the site stores (localStorage holds about 5 MB); refuses absurd files early. */
export const MAX_IMPORT_CHARS = 10_000_000;

export interface InventoryItem {
  key: string;
  area: Exclude<StoredArea, { kind: 'probe' }>;
  /** Bytes as UTF-8, the size a reader can compare with a file. */
  bytes: number;
  /** False when the value does not pass its area's validator (backups: always false). */
  valid: boolean;
  /** Assessments: how many attempts are kept. */
  attempts?: number;
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Everything of this site among the entries of localStorage, in key order. */
export function inventory(entries: Iterable<[key: string, value: string]>): InventoryItem[] {
  const items: InventoryItem[] = [];
  for (const [key, value] of entries) {
    const area = classifyKey(key);
    if (!area || area.kind === 'probe') continue;
    const checked = area.kind === 'backup' ? undefined : area.validate(parse(value));
    const item: InventoryItem = { key, area, bytes: utf8Bytes(key) + utf8Bytes(value), valid: checked !== undefined };
    if (area.kind === 'assessment' && checked) item.attempts = (checked as History).attempts.length;
    items.push(item);
  }
  return items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** Key → the stored text exactly as it is on the device. */
  entries: Record<string, string>;
}

export function exportAll(entries: Iterable<[string, string]>, now: Date): ExportFile {
  const all = new Map(entries);
  const chosen: Record<string, string> = {};
  for (const item of inventory(all)) chosen[item.key] = all.get(item.key)!;
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), entries: chosen };
}

export type ImportRefusal = 'too-large' | 'not-json' | 'foreign' | 'newer-version' | 'unknown-key' | 'damaged-entry';
export type ParsedImport = { ok: true; file: ExportFile } | { ok: false; reason: ImportRefusal; key?: string };

/** Reads an export file; anything not exactly this site's format is refused, nothing half-read. */
export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, reason: 'too-large' };
  const raw = parse(text);
  if (raw === undefined) return { ok: false, reason: 'not-json' };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'foreign' };
  const file = raw as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) return { ok: false, reason: 'foreign' };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version)) return { ok: false, reason: 'foreign' };
  if (file.version > EXPORT_VERSION) return { ok: false, reason: 'newer-version' };
  if (file.version < 1) return { ok: false, reason: 'foreign' };
  if (typeof file.exportedAt !== 'string' || Number.isNaN(Date.parse(file.exportedAt))) return { ok: false, reason: 'foreign' };
  const entries = file.entries;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return { ok: false, reason: 'foreign' };
  const checked: Record<string, string> = {};
  for (const [key, value] of Object.entries(entries)) {
    const area = classifyKey(key);
    if (!area || area.kind === 'probe') return { ok: false, reason: 'unknown-key', key };
    if (typeof value !== 'string') return { ok: false, reason: 'damaged-entry', key };
    if (area.kind !== 'backup' && area.validate(parse(value)) === undefined) return { ok: false, reason: 'damaged-entry', key };
    checked[key] = value;
  }
  return { ok: true, file: { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: file.exportedAt, entries: checked } };
}

export type PlannedChange =
  /** Nothing under this key here yet: the imported text is written as it is. */
  | { kind: 'add'; key: string; value: string }
  /** An assessment here gains attempts it did not have; its own attempts and progress stay. */
  | { kind: 'add-attempts'; key: string; value: string; added: number };

export type KeptAsIs = { key: string; reason: 'same' | 'nothing-new' | 'different-here' | 'damaged-here' };

export interface MergePlan {
  changes: PlannedChange[];
  kept: KeptAsIs[];
}

/** What an import would change on this device; `existing` is the device's storage now. */
export function planMerge(existing: ReadonlyMap<string, string>, file: ExportFile): MergePlan {
  const changes: PlannedChange[] = [];
  const kept: KeptAsIs[] = [];
  for (const key of Object.keys(file.entries).sort()) {
    const incoming = file.entries[key]!;
    const here = existing.get(key);
    if (here === undefined) {
      changes.push({ kind: 'add', key, value: incoming });
      continue;
    }
    if (here === incoming) {
      kept.push({ key, reason: 'same' });
      continue;
    }
    const area = classifyKey(key)!;
    if (area.kind !== 'assessment') {
      kept.push({ key, reason: area.kind === 'backup' || area.kind === 'probe' || area.validate(parse(here)) !== undefined ? 'different-here' : 'damaged-here' });
      continue;
    }
    const mine = area.validate(parse(here)) as History | undefined;
    if (!mine) {
      kept.push({ key, reason: 'damaged-here' });
      continue;
    }
    const theirs = area.validate(parse(incoming)) as History;
    const known = new Set(mine.attempts.map((attempt) => attempt.id));
    const extra = theirs.attempts.filter((attempt) => !known.has(attempt.id) && (known.add(attempt.id), true));
    if (extra.length === 0) {
      kept.push({ key, reason: 'nothing-new' });
      continue;
    }
    const attempts = [...mine.attempts, ...extra].sort((a, b) => (a.completedAt < b.completedAt ? -1 : a.completedAt > b.completedAt ? 1 : 0));
    const merged: History = { ...mine, progress: mine.progress ?? theirs.progress, attempts };
    changes.push({ kind: 'add-attempts', key, value: JSON.stringify(merged), added: extra.length });
  }
  return { changes, kept };
}

/**
 * Applies a plan to a fresh reading of storage: a key that changed since the plan was
 * made is left alone (the reader is asked to look again), so nothing is ever overwritten.
 */
export function applyMerge(
  storage: { getItem(key: string): string | null; setItem(key: string, value: string): void },
  planned: MergePlan,
  seen: ReadonlyMap<string, string>,
): { written: string[]; failed: string[] } {
  const written: string[] = [];
  const failed: string[] = [];
  for (const change of planned.changes) {
    try {
      const now = storage.getItem(change.key);
      if ((now ?? undefined) !== seen.get(change.key)) {
        failed.push(change.key);
        continue;
      }
      storage.setItem(change.key, change.value);
      written.push(change.key);
    } catch {
      failed.push(change.key);
    }
  }
  return { written, failed };
}
