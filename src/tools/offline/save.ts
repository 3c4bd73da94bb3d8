/**
 * "Bewaar het hele playbook offline": fetches every file of the build's list
 * (offline-files.json, written by src/integrations/service-worker.ts) into the caches the service
 * worker reads, and removes that copy again. No DOM and no strings: the browser's fetch and
 * Cache Storage come in as arguments, so the unit tests run it against fakes. Outcomes are
 * kinds; strings/nl.ts words them.
 */
// Types only: the names come in with the dependencies (OfflineCopy.astro writes them into the
// page), so this bundle and the enhancement script share no chunk of constants.
import type { OfflineCacheName, OfflineFiles } from './caches';

export interface SaveProgress {
  done: number;
  total: number;
  bytes: number;
  totalBytes: number;
}

/** Why saving stopped: the reader pressed stop, storage refused, or the network failed. */
export type SaveProblem = 'cancelled' | 'quota' | 'network';

export type SaveOutcome = { ok: true; saved: SavedCopy } | { ok: false; problem: SaveProblem; progress: SaveProgress };

export interface SavedCopy {
  /** offline-files.json's version when the copy was made. */
  version: string;
  /** ISO time. */
  savedAt: string;
  files: number;
  bytes: number;
}

export interface SaveDependencies {
  /** offline-files.json, under the base path. */
  listUrl: string;
  /** Where a completed copy is noted, in the pages cache. */
  markerUrl: string;
  /** The service worker's cache names (caches.ts). */
  cacheNames: Record<OfflineCacheName, string>;
  /** What every cache of the site's name starts with, the precache's too (caches.ts). */
  cachePrefix: string;
  fetch: typeof fetch;
  caches: CacheStorage;
  /** navigator.storage.estimate, where the browser has it. */
  estimate?: () => Promise<{ quota?: number; usage?: number }>;
  now?: () => Date;
}

/** Files fetched at the same time: enough to fill the line, few enough to stop at once. */
const PARALLEL = 4;

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/** The build's list of files, or undefined without a network. */
export async function fetchOfflineFiles({ listUrl, fetch }: Pick<SaveDependencies, 'listUrl' | 'fetch'>, signal?: AbortSignal): Promise<OfflineFiles | undefined> {
  try {
    const response = await fetch(listUrl, { cache: 'no-store', signal });
    if (!response.ok) return undefined;
    const list = (await response.json()) as OfflineFiles;
    return Array.isArray(list.files) && typeof list.version === 'string' ? list : undefined;
  } catch {
    return undefined;
  }
}

/** The copy made before, if there is one. */
export async function savedCopy({ markerUrl, caches }: Pick<SaveDependencies, 'markerUrl' | 'caches'>): Promise<SavedCopy | undefined> {
  try {
    const response = await caches.match(markerUrl);
    return response ? ((await response.json()) as SavedCopy) : undefined;
  } catch {
    return undefined;
  }
}

export async function saveEverything(deps: SaveDependencies, onProgress: (progress: SaveProgress) => void, signal: AbortSignal): Promise<SaveOutcome> {
  const progress: SaveProgress = { done: 0, total: 0, bytes: 0, totalBytes: 0 };
  const list = await fetchOfflineFiles(deps, signal);
  if (signal.aborted) return { ok: false, problem: 'cancelled', progress };
  if (!list) return { ok: false, problem: 'network', progress };
  progress.total = list.files.length;
  progress.totalBytes = list.files.reduce((sum, file) => sum + file.bytes, 0);
  onProgress({ ...progress });

  // Refuse at once, rather than halfway, when the browser says the room is not there.
  const estimate = await deps.estimate?.().catch(() => undefined);
  if (estimate?.quota !== undefined && estimate.quota - (estimate.usage ?? 0) < progress.totalBytes) return { ok: false, problem: 'quota', progress };

  const opened = new Map<string, Cache>();
  const cacheFor = async (name: string) => opened.get(name) ?? opened.set(name, await deps.caches.open(name)).get(name)!;
  let problem: SaveProblem | undefined;
  const queue = [...list.files];
  const worker = async () => {
    for (let file = queue.shift(); file && !problem; file = queue.shift()) {
      try {
        const response = await deps.fetch(file.url, { signal, cache: 'no-cache' });
        if (!response.ok) throw new TypeError(`${response.status}`);
        await (await cacheFor(deps.cacheNames[file.cache])).put(file.url, response);
        progress.done += 1;
        progress.bytes += file.bytes;
        onProgress({ ...progress });
      } catch (error) {
        problem ??= signal.aborted ? 'cancelled' : isQuotaError(error) ? 'quota' : 'network';
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (problem) return { ok: false, problem, progress: { ...progress } };

  const saved: SavedCopy = { version: list.version, savedAt: (deps.now?.() ?? new Date()).toISOString(), files: progress.total, bytes: progress.totalBytes };
  try {
    await (await cacheFor(deps.cacheNames.pages)).put(deps.markerUrl, new Response(JSON.stringify(saved), { headers: { 'Content-Type': 'application/json' } }));
  } catch (error) {
    return { ok: false, problem: isQuotaError(error) ? 'quota' : 'network', progress: { ...progress } };
  }
  return { ok: true, saved };
}

/**
 * Removes every cache the site made: the kept pages, images and search files, and the service
 * worker's own shell (the precache). Other caches of the same origin stay.
 */
export async function removeEverything({ caches, cachePrefix }: Pick<SaveDependencies, 'caches' | 'cachePrefix'>): Promise<boolean> {
  try {
    const names = (await caches.keys()).filter((name) => name.startsWith(cachePrefix));
    await Promise.all(names.map((name) => caches.delete(name)));
    return true;
  } catch {
    return false;
  }
}
