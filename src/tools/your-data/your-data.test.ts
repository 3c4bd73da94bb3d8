import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyHistory, type Attempt, type History } from '../assessment/history';
import { applyMerge, EXPORT_FORMAT, exportAll, inventory, parseImport, planMerge } from './your-data';

const KEY = 'adviesplaybook:assessment:wat-drijft-mij';
const attempt = (id: string, day: number): Attempt => ({
  id,
  version: 1,
  completedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  answers: { a1: 3, a2: 'unknown' },
  dimensions: [{ id: 'd1', name: 'Zingeving', score: 3.5, band: 'midden' }],
});
const history = (...attempts: Attempt[]): History => ({ ...emptyHistory(), attempts });
const fileOf = (entries: Record<string, string>) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-12-01T20:00:00.000Z', entries });

class MapStorage {
  constructor(readonly map = new Map<string, string>()) {}
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

describe('inventory and export', () => {
  it('lists only this site’s data, with sizes, attempts, validity and set-aside copies', () => {
    const items = inventory([
      [KEY, JSON.stringify(history(attempt('x', 1), attempt('y', 2)))],
      ['adviesplaybook:team-day-planner', '{"kapot"'],
      ['adviesplaybook:team-day-planner:beschadigd:2026-12-01T20:00:00.000Z', '{"schema":1,"parts":[]}'],
      ['adviesplaybook:probe', '1'],
      ['iets-van-een-andere-site', 'x'],
    ]);
    expect(items.map((item) => [item.key, item.area.kind, item.valid, item.attempts])).toEqual([
      [KEY, 'assessment', true, 2],
      ['adviesplaybook:team-day-planner', 'tool', false, undefined],
      ['adviesplaybook:team-day-planner:beschadigd:2026-12-01T20:00:00.000Z', 'backup', false, undefined],
    ]);
    expect(items[0]!.bytes).toBe(new TextEncoder().encode(KEY + JSON.stringify(history(attempt('x', 1), attempt('y', 2)))).length);
  });

  it('exports what it lists, and the export reads back as the same entries', () => {
    const stored: [string, string][] = [
      [KEY, JSON.stringify(history(attempt('x', 1)))],
      ['adviesplaybook:team-day-planner:beschadigd:2026-12-01T20:00:00.000Z', 'kapot'],
      ['andere', 'x'],
    ];
    const file = exportAll(stored, new Date('2026-12-01T21:00:00Z'));
    expect(Object.keys(file.entries)).toEqual([KEY, 'adviesplaybook:team-day-planner:beschadigd:2026-12-01T20:00:00.000Z']);
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed.ok && parsed.file.entries).toEqual(file.entries);
  });
});

describe('parseImport', () => {
  it.each([
    ['not JSON', 'dit is geen json', 'not-json'],
    ['another format', JSON.stringify({ format: 'iets-anders', version: 1, entries: {} }), 'foreign'],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: 2, exportedAt: '2026-12-01T20:00:00Z', entries: {} }), 'newer-version'],
    ['a key of another site', fileOf({ 'evil:key': '{}' }), 'unknown-key'],
    ['damaged data', fileOf({ [KEY]: '{"schema":1,"attempts":"kapot"}' }), 'damaged-entry'],
  ])('refuses %s', (_, text, reason) => {
    expect(parseImport(text)).toMatchObject({ ok: false, reason });
  });
});

describe('planMerge', () => {
  it('adds missing attempts once and keeps what is here, progress included', () => {
    const mine: History = { ...history(attempt('a', 1)), progress: { version: 1, answers: { a1: 2 }, position: 1, updatedAt: '2026-11-30T10:00:00.000Z' } };
    const theirs = history(attempt('a', 1), attempt('b', 3), attempt('b', 3));
    const existing = new Map([[KEY, JSON.stringify(mine)]]);
    const parsed = parseImport(fileOf({ [KEY]: JSON.stringify(theirs), 'adviesplaybook:team-day-planner:beschadigd:2026-12-01T20:00:00.000Z': 'x' }));
    if (!parsed.ok) throw new Error(parsed.reason);
    const plan = planMerge(existing, parsed.file);
    expect(plan.changes.map((change) => [change.kind, change.key])).toEqual([
      ['add-attempts', KEY],
      ['add', 'adviesplaybook:team-day-planner:beschadigd:2026-12-01T20:00:00.000Z'],
    ]);
    const merged = JSON.parse(plan.changes[0]!.value) as History;
    expect(merged.attempts.map((item) => item.id)).toEqual(['a', 'b']);
    expect(merged.progress).toEqual(mine.progress);
  });

  it('never replaces a tool’s data or damaged data that is here', () => {
    const existing = new Map([
      ['adviesplaybook:team-day-planner', '{"kapot"'],
      [KEY, '{"kapot"'],
    ]);
    const parsed = parseImport(fileOf({ [KEY]: JSON.stringify(history(attempt('b', 3))) }));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(planMerge(existing, parsed.file)).toEqual({ changes: [], kept: [{ key: KEY, reason: 'damaged-here' }] });
  });

  it('applies only to keys that did not change since the plan was shown', () => {
    const storage = new MapStorage();
    const parsed = parseImport(fileOf({ [KEY]: JSON.stringify(history(attempt('b', 3))) }));
    if (!parsed.ok) throw new Error(parsed.reason);
    const plan = planMerge(new Map(), parsed.file);
    storage.setItem(KEY, 'written meanwhile');
    expect(applyMerge(storage, plan, new Map())).toEqual({ written: [], failed: [KEY] });
    expect(storage.getItem(KEY)).toBe('written meanwhile');
  });
});

describe('import properties', () => {
  const attemptArb = fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    day: fc.integer({ min: 1, max: 28 }),
  });
  const historyArb = fc.array(attemptArb, { maxLength: 6 }).map((items) => history(...items.map((item) => attempt(item.id, item.day))));

  it('no text makes the import throw, and a refusal plans nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-12-01T20:00:00Z', entries: value }))), (text) => {
        const parsed = parseImport(text);
        if (parsed.ok) expect(() => planMerge(new Map(), parsed.file)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('accepted keys carry no markup: only the site’s own key shapes get through', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (entries) => {
        const parsed = parseImport(fileOf(entries));
        if (parsed.ok) for (const key of Object.keys(parsed.file.entries)) expect(key).not.toMatch(/[<>"'&]/);
      }),
      { numRuns: 300 },
    );
  });

  it('an import never loses an attempt that was here, and keeps each attempt id once', () => {
    fc.assert(
      fc.property(historyArb, historyArb, (mine, theirs) => {
        const storage = new MapStorage(new Map([[KEY, JSON.stringify(mine)]]));
        const parsed = parseImport(fileOf({ [KEY]: JSON.stringify(theirs) }));
        if (!parsed.ok) throw new Error(parsed.reason);
        const seen = new Map(storage.map);
        applyMerge(storage, planMerge(seen, parsed.file), seen);
        const after = JSON.parse(storage.getItem(KEY)!) as History;
        const ids = after.attempts.map((item) => item.id);
        for (const item of mine.attempts) expect(after.attempts).toContainEqual(item);
        for (const item of theirs.attempts) expect(ids).toContain(item.id);
        const fresh = theirs.attempts.filter((item) => !mine.attempts.some((kept) => kept.id === item.id)).map((item) => item.id);
        expect(ids.length).toBe(mine.attempts.length + new Set(fresh).size);
      }),
      { numRuns: 200 },
    );
  });

  it('an import never changes data that is here for a tool or a set-aside copy', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (here, incoming) => {
        const key = 'adviesplaybook:team-day-planner:beschadigd:2026-12-01T20:00:00.000Z';
        const storage = new MapStorage(new Map([[key, here]]));
        const parsed = parseImport(fileOf({ [key]: incoming }));
        if (!parsed.ok) throw new Error(parsed.reason);
        const seen = new Map(storage.map);
        applyMerge(storage, planMerge(seen, parsed.file), seen);
        expect(storage.getItem(key)).toBe(here);
      }),
      { numRuns: 200 },
    );
  });
});
