/**
 * Saving on the reader's device without ever losing what is already there. localStorage
 * can be missing (privacy settings), full, or hold data that is damaged or from a future
 * schema. Every read says which of those happened; damaged data is set aside under a
 * backup key before anything new is written, and if that is impossible nothing is written.
 */

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** All keys of the site start with this, so "clear this site's data" is easy to explain. */
export const STORAGE_PREFIX = 'adviesplaybook:';

/** The browser's localStorage, or undefined where the browser refuses access to it. */
export function browserStorage(): StorageLike | undefined {
  try {
    const storage = globalThis.localStorage;
    const probe = `${STORAGE_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    // A full storage also fails the probe; reading may still work, so try that on its own.
    try {
      const storage = globalThis.localStorage;
      storage.getItem(`${STORAGE_PREFIX}probe`);
      return storage;
    } catch {
      return undefined;
    }
  }
}

export type LoadResult<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  /** Damaged or unreadable data was found and moved to `backupKey`; writing is safe again. */
  | { status: 'recovered'; backupKey: string }
  /** Damaged data was found but could not be set aside: it stays, and nothing may overwrite it. */
  | { status: 'locked' }
  | { status: 'unavailable' };

/**
 * Reads and validates a JSON value. `validate` returns the value in its current shape, or
 * undefined when it cannot make sense of it. `legacyKeys` are keys an earlier release used
 * for the same data: when `key` is empty, the first of them that holds data is moved to
 * `key` (see moveLegacyValue) and read as if it had always been there.
 */
export function loadJson<T>(
  storage: StorageLike | undefined,
  key: string,
  validate: (raw: unknown) => T | undefined,
  legacyKeys: readonly string[] = [],
): LoadResult<T> {
  if (!storage) return { status: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(key) ?? moveLegacyValue(storage, key, legacyKeys);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'empty' };
  let value: T | undefined;
  try {
    value = validate(JSON.parse(raw));
  } catch {
    value = undefined;
  }
  if (value !== undefined) return { status: 'ok', value };

  const backupKey = `${key}:beschadigd:${new Date().toISOString()}`;
  try {
    storage.setItem(backupKey, raw);
    if (storage.getItem(backupKey) !== raw) throw new Error('backup did not stick');
  } catch {
    return { status: 'locked' };
  }
  // Moved, not copied: a second page load must not set the same damage aside again.
  try {
    storage.removeItem(key);
  } catch {
    // The copy is safe; a later save simply overwrites the damaged original.
  }
  return { status: 'recovered', backupKey };
}

/**
 * Moves data from an old key to its new one: copy, check that the copy stuck, and only then
 * remove the old key. If the copy cannot be written (storage full), the old key stays and
 * its value is still returned, so the reader sees the data and nothing is lost.
 */
function moveLegacyValue(storage: StorageLike, key: string, legacyKeys: readonly string[]): string | null {
  for (const legacy of legacyKeys) {
    const value = storage.getItem(legacy);
    if (value === null) continue;
    try {
      storage.setItem(key, value);
      if (storage.getItem(key) === value) storage.removeItem(legacy);
    } catch {
      // Kept under the old key; the next load tries again.
    }
    return value;
  }
  return null;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'unavailable' };

export function saveJson(storage: StorageLike | undefined, key: string, value: unknown): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return { ok: false, reason: /quota/i.test(name) || /quota/i.test(String(error)) ? 'full' : 'unavailable' };
  }
}

export function removeKey(storage: StorageLike | undefined, key: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Small helpers for hand-written validators (the browser bundle carries no schema library). */
export const is = {
  record: (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value),
  string: (value: unknown): value is string => typeof value === 'string',
  int: (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value),
  isoDate: (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
};
