import { describe, expect, it } from 'vitest';
import { emptyHistory } from './assessment/history';
import { toolRegistry } from './registry';
import { classifyKey, registeredToolKeys } from './stored-areas';

describe('classifyKey', () => {
  it('knows every key a tool in the registry saves under, with its validator', () => {
    for (const { id, storage } of toolRegistry) {
      if (storage) expect(storage.validate, `${id} declares a validator with its storage`).toBeTypeOf('function');
    }
    for (const key of registeredToolKeys()) expect(classifyKey(key)?.kind, key).toBe('tool');
  });

  it('finds an assessment, also under its legacy key, and validates with the history reader', () => {
    const area = classifyKey('adviesplaybook:assessment:wat-drijft-mij');
    expect(area).toMatchObject({ kind: 'assessment', assessmentId: 'wat-drijft-mij', legacy: false });
    expect(classifyKey('adviesplaybook:zelfscan:wat-drijft-mij')).toMatchObject({ kind: 'assessment', legacy: true });
    if (area?.kind !== 'assessment') throw new Error('not an assessment');
    expect(area.validate(emptyHistory())).toEqual(emptyHistory());
    expect(area.validate({ schema: 1, attempts: 'kapot' })).toBeUndefined();
  });

  it('recognises set-aside damaged data and what it belonged to', () => {
    expect(classifyKey('adviesplaybook:team-day-planner:beschadigd:2026-12-01T20:00:00.000Z')).toMatchObject({
      kind: 'backup',
      originalKey: 'adviesplaybook:team-day-planner',
      setAsideAt: '2026-12-01T20:00:00.000Z',
      of: { kind: 'tool', toolId: 'team-day-planner' },
    });
  });

  it('leaves other sites’ keys and unknown keys of ours alone', () => {
    expect(classifyKey('theme')).toBeUndefined();
    expect(classifyKey('adviesplaybook:iets-anders')).toBeUndefined();
    expect(classifyKey('adviesplaybook:probe')).toEqual({ kind: 'probe' });
  });
});
