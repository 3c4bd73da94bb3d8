import { describe, expect, it } from 'vitest';
import {
  compareAttempts,
  completeAttempt,
  emptyHistory,
  exportHistory,
  historyKey,
  importHistory,
  loadAssessmentHistory,
  loadHistory,
  progressAt,
  resumableProgress,
  resumePosition,
  saveHistory,
  storedBands,
  withAttempt,
  withoutAttempt,
} from './history';
import { sample } from '../../../tests/support/sample-assessment';
import { MemoryStorage } from '../../../tests/support/memory-storage';
import { importProblem } from './strings/nl';

const messageOf = (result: ReturnType<typeof importHistory>) => (result.ok ? '' : importProblem(result.problem));
import { changeRules } from './reliable-change';


const now = new Date('2026-11-23T10:00:00Z');
const attempt = completeAttempt(sample, { l1: 4, l2: 2, l3: 5, b1: 1 }, now, 'poging-1');

describe('the history of a self-assessment', () => {
  it('stores a snapshot of names, bands and scores with each attempt', () => {
    expect(attempt.version).toBe(2);
    expect(attempt.dimensions).toEqual([
      { id: 'luisteren', name: 'Luisteren', score: 4.5, band: 'Sterk' },
      { id: 'bieden', name: 'Laten zien wat je biedt', score: null, band: null },
      // A balance is kept as its two sides, each an entry of its own; nothing for the difference.
      { id: 'gesprek-vragen', name: 'Vragen', score: null, band: null },
      { id: 'gesprek-aanbod', name: 'Bieden', score: null, band: null },
    ]);
  });

  it('keeps the role of a teamscan attempt, and reads attempts of version 1 without one', () => {
    const leader = completeAttempt(sample, { l1: 4 }, now, 'leider', 'leader');
    expect(leader.role).toBe('leader');
    const storage = new MemoryStorage();
    const v1 = { id: 'oud', version: 1, completedAt: now.toISOString(), answers: { x: 3 }, dimensions: [{ id: 'oud', name: 'Oud', score: 3, band: 'Op weg' }] };
    storage.setItem(historyKey('proef'), JSON.stringify({ schema: 1, progress: null, attempts: [v1, leader] }));
    const loaded = loadHistory(storage, 'proef');
    expect(loaded.status).toBe('ok');
    expect(loaded.status === 'ok' && loaded.value.attempts.map((a) => [a.version, a.role])).toEqual([
      [1, undefined],
      [2, 'leader'],
    ]);
  });

  it('saves and loads a history', () => {
    const storage = new MemoryStorage();
    const history = { ...emptyHistory(), attempts: [attempt] };
    expect(saveHistory(storage, 'proef', history)).toEqual({ ok: true });
    expect(loadHistory(storage, 'proef')).toEqual({ status: 'ok', value: history });
  });

  it('sets damaged data aside under a backup key before anything is written', () => {
    const storage = new MemoryStorage();
    storage.setItem(historyKey('proef'), '{"schema":1,"attempts":[{"oops":true}]}');
    const loaded = loadHistory(storage, 'proef');
    expect(loaded.status).toBe('recovered');
    const backupKey = loaded.status === 'recovered' ? loaded.backupKey : '';
    expect(storage.getItem(backupKey)).toBe('{"schema":1,"attempts":[{"oops":true}]}');
    // Moved aside, so loading again finds nothing to set aside twice.
    expect(loadHistory(storage, 'proef')).toEqual({ status: 'empty' });
  });

  it('locks damaged data that cannot be set aside, so nothing overwrites it', () => {
    const storage = new MemoryStorage();
    storage.setItem(historyKey('proef'), 'niet-json');
    storage.full = true;
    expect(loadHistory(storage, 'proef')).toEqual({ status: 'locked' });
    expect(storage.getItem(historyKey('proef'))).toBe('niet-json');
  });

  it('says when storage is unavailable or full', () => {
    expect(loadHistory(undefined, 'proef')).toEqual({ status: 'unavailable' });
    const storage = new MemoryStorage();
    storage.full = true;
    expect(saveHistory(storage, 'proef', emptyHistory())).toEqual({ ok: false, reason: 'full' });
  });

  it('treats data of a future schema as damaged, keeping a copy', () => {
    const storage = new MemoryStorage();
    storage.setItem(historyKey('proef'), JSON.stringify({ schema: 2, attempts: [] }));
    expect(loadHistory(storage, 'proef').status).toBe('recovered');
  });

  it('resumes progress only for the current version, dropping unknown items', () => {
    const history = { ...emptyHistory(), progress: { version: 2, answers: { l1: 3, weg: 4 }, position: 99, updatedAt: now.toISOString() } };
    expect(resumableProgress(history, sample)).toEqual({ version: 2, answers: { l1: 3 }, position: 15, updatedAt: now.toISOString() });
    expect(resumableProgress({ ...history, progress: { ...history.progress, version: 1 } }, sample)).toBeNull();
  });

  it('keeps a teamscan’s role with its progress, so a resumed scan does not ask again; a strange role is damage', () => {
    const storage = new MemoryStorage();
    const progress = { version: 2, answers: { l1: 3 }, position: 1, updatedAt: now.toISOString(), role: 'leader' as const };
    saveHistory(storage, 'proef', { ...emptyHistory(), progress });
    const loaded = loadHistory(storage, 'proef');
    expect(loaded.status === 'ok' && resumableProgress(loaded.value, sample)?.role).toBe('leader');
    storage.setItem(historyKey('proef'), JSON.stringify({ ...emptyHistory(), progress: { ...progress, role: 'baas' } }));
    expect(loadHistory(storage, 'proef').status).toBe('recovered');
  });

  it('compares two attempts per dimension', () => {
    const later = completeAttempt(sample, { l1: 2, l2: 4, l3: 2, b1: 4, b2: 4 }, now, 'poging-2');
    const thresholds = changeRules(sample);
    expect(compareAttempts(attempt, later, thresholds).map((row) => [row.id, row.change])).toEqual([
      ['luisteren', 'lower'],
      ['bieden', 'not-comparable'],
      ['gesprek-vragen', 'not-comparable'],
      ['gesprek-aanbod', 'not-comparable'],
    ]);
    expect(compareAttempts(later, later, thresholds).map((row) => row.change)).toEqual(['same', 'not-comparable', 'not-comparable', 'not-comparable']);
    expect(compareAttempts({ ...attempt, version: 1 }, attempt, thresholds).every((row) => row.change === 'not-comparable')).toBe(true);
  });

  it('imports an export once, and refuses foreign or damaged files with a message', () => {
    const history = { ...emptyHistory(), attempts: [attempt] };
    const file = JSON.stringify(exportHistory('proef', history, now));
    const into = importHistory(file, 'proef', emptyHistory());
    expect(into).toMatchObject({ ok: true, added: 1, skipped: 0 });
    expect(importHistory(file, 'proef', history)).toMatchObject({ ok: true, added: 0, skipped: 1 });
    expect(importHistory(file, 'andere', history)).toMatchObject({ ok: false });
    expect(messageOf(importHistory('{', 'proef', history))).toContain('JSON');
    const damaged = JSON.stringify({ ...JSON.parse(file), attempts: [{ id: 1 }] });
    expect(messageOf(importHistory(damaged, 'proef', history))).toContain('beschadigd');
  });
});

describe('a session with an assessment', () => {
  it('reads results saved under a former id when its own key has none, leaving the former key and its progress behind', () => {
    const storage = new MemoryStorage();
    const former = { ...emptyHistory(), progress: progressAt(sample, { l1: 3 }, 1, now), attempts: [attempt] };
    saveHistory(storage, 'oude-proef', former);
    const formerText = storage.getItem(historyKey('oude-proef'));
    expect(loadAssessmentHistory(storage, { id: 'proef', formerIds: ['weg', 'oude-proef'] })).toEqual({ status: 'ok', value: { ...former, progress: null } });
    expect(storage.getItem(historyKey('oude-proef'))).toBe(formerText);
    expect(loadAssessmentHistory(storage, { id: 'proef' })).toEqual({ status: 'empty' });
  });

  it('prefers its own attempts over a former id’s', () => {
    const storage = new MemoryStorage();
    const own = { ...emptyHistory(), attempts: [{ ...attempt, id: 'eigen' }] };
    saveHistory(storage, 'proef', own);
    saveHistory(storage, 'oude-proef', { ...emptyHistory(), attempts: [attempt] });
    expect(loadAssessmentHistory(storage, { id: 'proef', formerIds: ['oude-proef'] })).toEqual({ status: 'ok', value: own });
  });

  it('keeps progress with the version, the item on screen and a teamscan’s role', () => {
    expect(progressAt(sample, { l1: 3 }, 4, now)).toEqual({ version: 2, answers: { l1: 3 }, position: 4, updatedAt: now.toISOString() });
    expect(progressAt(sample, {}, 0, now, 'member')).toEqual({ version: 2, answers: {}, position: 0, updatedAt: now.toISOString(), role: 'member' });
  });

  it('offers to resume only progress that has answers', () => {
    expect(resumePosition(null)).toBeNull();
    expect(resumePosition(progressAt(sample, {}, 3, now))).toBeNull();
    expect(resumePosition(progressAt(sample, { l1: 'unknown' }, 3, now))).toBe(3);
  });

  it('ends the progress when an attempt is completed, and removes one attempt by id', () => {
    const history = { ...emptyHistory(), progress: progressAt(sample, { l1: 3 }, 1, now), attempts: [attempt] };
    const second = { ...attempt, id: 'poging-2' };
    const completed = withAttempt(history, second);
    expect(completed).toEqual({ ...history, progress: null, attempts: [attempt, second] });
    expect(withoutAttempt(completed, 'poging-1').attempts).toEqual([second]);
    expect(withoutAttempt(completed, 'onbekend')).toEqual(completed);
  });

  it('gives the band labels an attempt was given, by dimension', () => {
    expect(storedBands(attempt)).toEqual({ luisteren: 'Sterk', bieden: null, 'gesprek-vragen': null, 'gesprek-aanbod': null });
  });
});

describe('reading imported and stored data never throws', async () => {
  const fc = (await import('fast-check')).default;
  const { validateHistory } = await import('./history');
  const { validateProfiles } = await import('../team-profile/store');

  it('answers any text or JSON with a result or a Dutch message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ format: 'adviesplaybook-zelfscan', schema: 1, assessment: 'proef', attempts: value }))), (text) => {
        const result = importHistory(text, 'proef', emptyHistory());
        if (!result.ok) expect(importProblem(result.problem)).toMatch(/\w{4,}/);
        else expect(Array.isArray(result.history.attempts)).toBe(true);
      }),
    );
  });

  it('rejects any stored value that is not of the current shape, without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => validateHistory(value)).not.toThrow();
        expect(() => validateProfiles(value)).not.toThrow();
      }),
    );
  });
});
