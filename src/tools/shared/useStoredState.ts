/**
 * A value kept on the device through src/lib/storage.ts: loaded after hydration (the
 * server renders the empty state), saved on every change the user makes, never written
 * while stored data is damaged and locked or storage is unavailable.
 */
import { useEffect, useRef, useState } from 'react';
import { browserStorage, type LoadResult, type SaveResult, type StorageLike } from '../../lib/storage';

export type StorageProblem = 'unavailable' | 'full' | 'recovered' | 'locked';

export function useStoredState<T>(
  load: (storage: StorageLike | undefined) => LoadResult<T>,
  save: (storage: StorageLike | undefined, value: T) => SaveResult,
  initial: () => T,
) {
  const storage = useRef<StorageLike | undefined>(undefined);
  const writable = useRef(true);
  const [value, setValue] = useState<T>(initial);
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    storage.current = browserStorage();
    const loaded = load(storage.current);
    if (loaded.status === 'ok') setValue(loaded.value);
    else if (loaded.status !== 'empty') setProblem(loaded.status);
    writable.current = loaded.status !== 'unavailable' && loaded.status !== 'locked';
    setReady(true);
  }, []);

  const update = (next: T) => {
    setValue(next);
    if (!writable.current) return;
    const saved = save(storage.current, next);
    if (!saved.ok) setProblem(saved.reason);
    else setProblem((current) => (current === 'full' ? null : current));
  };

  return { value, update, problem, ready };
}
