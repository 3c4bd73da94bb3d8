/**
 * Everything an island keeps on the device goes through here: the one place where a load
 * that found damaged data (already set aside by src/lib/storage.ts) or no storage at all
 * becomes a `problem` the view shows, and where nothing is written while stored data is
 * locked or storage is unavailable.
 *
 * - `useDeviceStorage(load, onLoaded)`: for islands whose state has its own shape (an
 *   assessment's history, a wizard's position); they call `save(write)` with their write.
 * - `useStoredState(load, save, initial)`: for islands whose whole state is one stored value.
 *
 * Both load after hydration (the server renders the empty state) and report a failed save
 * ("full", "unavailable") until a later save succeeds.
 */
import { useEffect, useRef, useState } from 'react';
import { browserStorage, type LoadResult, type SaveResult, type StorageLike } from '../../lib/storage';

export type StorageProblem = 'unavailable' | 'full' | 'recovered' | 'locked';

export function useDeviceStorage<T>(load: (storage: StorageLike | undefined) => LoadResult<T>, onLoaded?: (value: T) => void) {
  const storage = useRef<StorageLike | undefined>(undefined);
  const writable = useRef(true);
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const [ready, setReady] = useState(false);
  const [canWrite, setCanWrite] = useState(true);

  useEffect(() => {
    storage.current = browserStorage();
    const loaded = load(storage.current);
    if (loaded.status === 'ok') onLoaded?.(loaded.value);
    else if (loaded.status !== 'empty') setProblem(loaded.status);
    writable.current = loaded.status !== 'unavailable' && loaded.status !== 'locked';
    setCanWrite(writable.current);
    setReady(true);
    // Loads once, after hydration; `load` and `onLoaded` are read at that moment on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /**
   * Runs a write unless storage is locked or unavailable; reports a failure, clears a past
   * "full". True when the data is now stored.
   */
  const save = (write: (storage: StorageLike | undefined) => SaveResult): boolean => {
    if (!writable.current) return false;
    const saved = write(storage.current);
    if (!saved.ok) setProblem(saved.reason);
    else setProblem((current) => (current === 'full' ? null : current));
    return saved.ok;
  };

  /** Runs a removal (clearing saved data) under the same rule as `save`. */
  const remove = (erase: (storage: StorageLike | undefined) => boolean) => {
    if (writable.current) erase(storage.current);
  };

  return { problem, ready, canWrite, save, remove };
}

export function useStoredState<T>(
  load: (storage: StorageLike | undefined) => LoadResult<T>,
  save: (storage: StorageLike | undefined, value: T) => SaveResult,
  initial: () => T,
) {
  const [value, setValue] = useState<T>(initial);
  const device = useDeviceStorage(load, setValue);

  const update = (next: T) => {
    setValue(next);
    device.save((storage) => save(storage, next));
  };

  return { value, update, problem: device.problem, ready: device.ready };
}
