/**
 * Saved data survives a change of storage key (each tool saves under its one English name):
 * data under a key an earlier release used is read, moved to the new key and never lost, so
 * nobody loses work by updating the site.
 */
import { describe, expect, it } from 'vitest';
import { loadJson, saveJson } from '../../src/lib/storage';
import { historyKey, legacyHistoryKey, loadHistory } from '../../src/tools/assessment/history';
import { toolRegistry } from '../../src/tools/registry';
import { MemoryStorage } from '../support/memory-storage';

const anything = (raw: unknown) => raw;

describe('storage keys that moved', () => {
  it('every tool that saves has a key named for its id under the site prefix', () => {
    for (const tool of toolRegistry) {
      if (tool.storage === null) continue;
      expect(tool.storage.key).toBe(`adviesplaybook:${tool.id}`);
    }
  });

  it.each(toolRegistry.flatMap(({ id, storage }) => (storage ? storage.replaced.map((legacy) => [id, legacy, storage.key] as const) : [])))(
    '%s: data under %s is read and moved to the new key',
    (_id, legacy, key) => {
      const storage = new MemoryStorage();
      storage.setItem(legacy, '{"schema":1,"kept":true}');
      expect(loadJson(storage, key, anything, [legacy])).toEqual({ status: 'ok', value: { schema: 1, kept: true } });
      expect(storage.getItem(key)).toBe('{"schema":1,"kept":true}');
      expect(storage.getItem(legacy)).toBeNull();
    },
  );

  it('when the copy cannot be written, the old key keeps its data and it is still read', () => {
    const storage = new MemoryStorage();
    storage.setItem('adviesplaybook:teamdag', '{"a":1}');
    storage.full = true;
    expect(loadJson(storage, 'adviesplaybook:team-day-planner', anything, ['adviesplaybook:teamdag'])).toEqual({ status: 'ok', value: { a: 1 } });
    expect(storage.getItem('adviesplaybook:teamdag')).toBe('{"a":1}');
  });

  it('data already under the new key wins; the old key is left untouched', () => {
    const storage = new MemoryStorage();
    storage.setItem('adviesplaybook:team-profile', '"new"');
    storage.setItem('adviesplaybook:teamprofielen', '"old"');
    expect(loadJson(storage, 'adviesplaybook:team-profile', anything, ['adviesplaybook:teamprofielen'])).toEqual({ status: 'ok', value: 'new' });
    expect(storage.getItem('adviesplaybook:teamprofielen')).toBe('"old"');
  });

  it('damaged data under an old key is moved, then set aside under a backup key like any damaged data', () => {
    const storage = new MemoryStorage();
    storage.setItem('adviesplaybook:waartoe', '{kapot');
    const result = loadJson(storage, 'adviesplaybook:purpose-check', () => undefined, ['adviesplaybook:waartoe']);
    expect(result.status).toBe('recovered');
    const backups = [...storage.data.keys()].filter((key) => key.startsWith('adviesplaybook:purpose-check:beschadigd:'));
    expect(backups).toHaveLength(1);
    expect(storage.getItem(backups[0]!)).toBe('{kapot');
  });

  it("an assessment's attempts move from zelfscan:<id> to assessment:<id>", () => {
    const storage = new MemoryStorage();
    const saved = { schema: 1, progress: null, attempts: [] };
    storage.setItem(legacyHistoryKey('effectief-adviseren'), JSON.stringify(saved));
    expect(loadHistory(storage, 'effectief-adviseren')).toEqual({ status: 'ok', value: saved });
    expect(storage.getItem(historyKey('effectief-adviseren'))).toBe(JSON.stringify(saved));
    expect(storage.getItem(legacyHistoryKey('effectief-adviseren'))).toBeNull();
  });

  it('saving writes only the new key', () => {
    const storage = new MemoryStorage();
    expect(saveJson(storage, 'adviesplaybook:feedback-form', { x: 1 })).toEqual({ ok: true });
    expect([...storage.data.keys()]).toEqual(['adviesplaybook:feedback-form']);
  });
});
