import { describe, expect, it } from 'vitest';
import { CACHE_PREFIX, OFFLINE_CACHES, type OfflineFiles } from './caches';
import { removeEverything, savedCopy, saveEverything, type SaveDependencies, type SaveProgress } from './save';

const LIST: OfflineFiles = {
  version: 'v2',
  files: [
    { url: '/rol/', bytes: 100, cache: 'pages' },
    { url: '/rol/vier-eigenschappen/', bytes: 200, cache: 'pages' },
    { url: '/qr/rol.svg', bytes: 50, cache: 'files' },
  ],
};

/** Cache Storage in memory; `put` can be made to fail as a full disk does. */
function memoryCaches(options: { failPutAfter?: number } = {}) {
  const stores = new Map<string, Map<string, string>>();
  let puts = 0;
  const open = async (name: string) => {
    const store = stores.get(name) ?? stores.set(name, new Map()).get(name)!;
    return {
      put: async (url: string, response: Response) => {
        if (options.failPutAfter !== undefined && puts >= options.failPutAfter) throw new DOMException('full', 'QuotaExceededError');
        puts += 1;
        store.set(String(url), await response.text());
      },
    } as unknown as Cache;
  };
  const caches = {
    open,
    match: async (url: string) => {
      for (const store of stores.values()) if (store.has(url)) return new Response(store.get(url));
      return undefined;
    },
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  } as unknown as CacheStorage;
  return { caches, stores };
}

function deps(overrides: Partial<SaveDependencies> = {}): SaveDependencies {
  return {
    listUrl: '/offline-files.json',
    markerUrl: '/offline-copy-saved',
    cacheNames: { pages: 'site-pages', files: 'site-files', search: 'site-search' },
    cachePrefix: 'site-',
    fetch: (async (url: string) => (url === '/offline-files.json' ? new Response(JSON.stringify(LIST)) : new Response(`body of ${url}`))) as typeof fetch,
    caches: memoryCaches().caches,
    now: () => new Date('2026-12-02T10:00:00Z'),
    ...overrides,
  };
}

describe('saveEverything', () => {
  it('fetches every listed file into its cache, reports progress, and notes the copy', async () => {
    const { caches, stores } = memoryCaches();
    const seen: SaveProgress[] = [];
    const outcome = await saveEverything(deps({ caches }), (progress) => seen.push(progress), new AbortController().signal);
    expect(outcome).toEqual({ ok: true, saved: { version: 'v2', savedAt: '2026-12-02T10:00:00.000Z', files: 3, bytes: 350 } });
    expect([...stores.get('site-pages')!.keys()].sort()).toEqual(['/offline-copy-saved', '/rol/', '/rol/vier-eigenschappen/']);
    expect([...stores.get('site-files')!.keys()]).toEqual(['/qr/rol.svg']);
    expect(seen.at(-1)).toEqual({ done: 3, total: 3, bytes: 350, totalBytes: 350 });
    expect(seen.map((progress) => progress.done)).toEqual([0, 1, 2, 3]);
    expect(await savedCopy(deps({ caches }))).toMatchObject({ version: 'v2', files: 3 });
  });

  it('refuses before fetching when the browser says there is not enough room', async () => {
    let fetched = 0;
    const fetchCounting = (async (url: string) => {
      fetched += 1;
      return url === '/offline-files.json' ? new Response(JSON.stringify(LIST)) : new Response('x');
    }) as typeof fetch;
    const outcome = await saveEverything(deps({ fetch: fetchCounting, estimate: async () => ({ quota: 1000, usage: 800 }) }), () => {}, new AbortController().signal);
    expect(outcome).toMatchObject({ ok: false, problem: 'quota' });
    expect(fetched).toBe(1);
  });

  it('stops with "quota" when a write is refused, keeping what was saved', async () => {
    const { caches, stores } = memoryCaches({ failPutAfter: 1 });
    const outcome = await saveEverything(deps({ caches }), () => {}, new AbortController().signal);
    expect(outcome).toMatchObject({ ok: false, problem: 'quota', progress: { done: 1, total: 3 } });
    expect(await savedCopy(deps({ caches }))).toBeUndefined();
    expect([...stores.values()].reduce((sum, store) => sum + store.size, 0)).toBe(1);
  });

  it('stops with "cancelled" when the reader stops it, and with "network" when a file fails', async () => {
    const controller = new AbortController();
    const aborting = (async (url: string, init?: RequestInit) => {
      if (url === '/offline-files.json') return new Response(JSON.stringify(LIST));
      controller.abort();
      if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      return new Response('x');
    }) as typeof fetch;
    expect(await saveEverything(deps({ fetch: aborting }), () => {}, controller.signal)).toMatchObject({ ok: false, problem: 'cancelled' });

    const failing = (async (url: string) => (url === '/offline-files.json' ? new Response(JSON.stringify(LIST)) : new Response('gone', { status: 503 }))) as typeof fetch;
    expect(await saveEverything(deps({ fetch: failing }), () => {}, new AbortController().signal)).toMatchObject({ ok: false, problem: 'network', progress: { done: 0 } });

    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await saveEverything(deps({ fetch: offline }), () => {}, new AbortController().signal)).toMatchObject({ ok: false, problem: 'network', progress: { total: 0 } });
  });
});

describe('removeEverything', () => {
  it('deletes the kept pages and files, and with them the note of a saved copy', async () => {
    const { caches, stores } = memoryCaches();
    await saveEverything(deps({ caches }), () => {}, new AbortController().signal);
    expect(await removeEverything(deps({ caches }))).toBe(true);
    expect(stores.size).toBe(0);
    expect(await savedCopy(deps({ caches }))).toBeUndefined();
  });

  it("deletes the service worker's precache too, and leaves other caches of the origin alone", async () => {
    const { caches, stores } = memoryCaches();
    await saveEverything(deps({ caches }), () => {}, new AbortController().signal);
    await caches.open('site-precache-v2-/');
    await caches.open('another-app');
    expect(await removeEverything(deps({ caches }))).toBe(true);
    expect([...stores.keys()]).toEqual(['another-app']);
  });
});

describe('CACHE_PREFIX', () => {
  it('starts the name of every cache the service worker keeps, so removing the copy reaches them all', () => {
    for (const name of Object.values(OFFLINE_CACHES)) expect(name.startsWith(CACHE_PREFIX)).toBe(true);
  });
});
