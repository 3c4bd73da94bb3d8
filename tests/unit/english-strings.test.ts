/**
 * The English interface dictionaries: one `en` file beside every Dutch one, the
 * same shape (TypeScript checks the types; this checks what types cannot: no key forgotten
 * in a nested object built by a function, no value left in Dutch), and sentences that read
 * as English for the sample values a page would pass.
 */
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n/index';
import { DUTCH_FUNCTION_WORDS } from '../support/dutch-words';

type Module = Record<string, unknown>;
/** Modules by area; the site dictionary's export is named after its language (`nl`, `en`), so it is renamed. */
const byArea = (modules: Record<string, Module>, language: string) =>
  Object.fromEntries(
    Object.entries(modules).map(([path, { [language]: dictionary, ...rest }]) => [
      path.replace(`/${language}.ts`, '').replace(`/${language}/index.ts`, ''),
      dictionary === undefined ? rest : { dictionary, ...rest },
    ]),
  );
const dutch = byArea(
  { ...import.meta.glob<Module>('../../src/tools/*/strings/nl.ts', { eager: true }), ...import.meta.glob<Module>('../../src/i18n/nl/index.ts', { eager: true }) },
  'nl',
);
const english = byArea(
  { ...import.meta.glob<Module>('../../src/tools/*/strings/en.ts', { eager: true }), ...import.meta.glob<Module>('../../src/i18n/en/index.ts', { eager: true }) },
  'en',
);

// Dutch words that are English too: "met" (past tense of meet), "en" (a language code).
const ENGLISH_TOO = new Set(['met', 'en']);
const dutchWordsIn = (text: string) =>
  (text.match(/[\p{L}'’-]+/gu) ?? []).filter((word) => DUTCH_FUNCTION_WORDS.has(word.toLowerCase()) && !ENGLISH_TOO.has(word.toLowerCase()));

/** Sample arguments for a string function: numbers, then text, then both, until one gives a string. */
function sampleOutputs(fn: (...args: unknown[]) => unknown): string[] {
  const outputs: string[] = [];
  for (const sample of [1, 2, 'Vier eigenschappen']) {
    try {
      const value = fn(...Array.from({ length: fn.length }, () => sample));
      if (typeof value === 'string') outputs.push(value);
    } catch {
      // A function that needs structured arguments: its shape is checked by the types.
    }
  }
  return outputs;
}

interface Leaf {
  path: string;
  text: string;
}

/** Walks both dictionaries side by side: differences in shape, and every English text. */
function compare(nl: unknown, en: unknown, path: string, shapeErrors: string[], texts: Leaf[], dutchTexts: Map<string, string>) {
  if (typeof nl === 'function') {
    if (typeof en !== 'function') return shapeErrors.push(`${path}: a function in Dutch, ${typeof en} in English`);
    for (const text of sampleOutputs(en as (...args: unknown[]) => unknown)) texts.push({ path: `${path}()`, text });
    return;
  }
  if (typeof nl === 'string') {
    if (typeof en !== 'string') return shapeErrors.push(`${path}: text in Dutch, ${typeof en} in English`);
    texts.push({ path, text: en });
    dutchTexts.set(path, nl);
    return;
  }
  if (nl && typeof nl === 'object') {
    if (!en || typeof en !== 'object') return shapeErrors.push(`${path}: an object in Dutch, ${typeof en} in English`);
    if (nl instanceof Intl.DateTimeFormat || nl instanceof Intl.NumberFormat) return;
    for (const key of new Set([...Object.keys(nl), ...Object.keys(en)])) {
      if (!(key in en)) shapeErrors.push(`${path}.${key}: missing in English`);
      else if (!(key in nl)) shapeErrors.push(`${path}.${key}: only in English`);
      else compare((nl as Module)[key], (en as Module)[key], `${path}.${key}`, shapeErrors, texts, dutchTexts);
    }
  }
}

describe('English interface strings', () => {
  it('are what strings() gives for English, with dates in English', () => {
    expect(strings('en').lang).toBe('en');
    expect(strings('en').siteName).toBe('Advisory playbook');
    expect(strings('nl').siteName).toBe('Adviesplaybook');
    const day = new Date(Date.UTC(2026, 11, 2));
    expect(strings('en').dateFormat(day)).toBe('2 December 2026');
    expect(strings('nl').dateFormat(day)).toBe('2 december 2026');
  });

  it('exist for every area that has Dutch strings', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(dutch).sort());
  });

  for (const area of Object.keys(dutch)) {
    it(`${area.replace('../../src/', '')}: same keys as the Dutch, and English throughout`, () => {
      const shapeErrors: string[] = [];
      const texts: Leaf[] = [];
      const dutchTexts = new Map<string, string>();
      compare(dutch[area], english[area] ?? {}, 'export', shapeErrors, texts, dutchTexts);
      expect(shapeErrors).toEqual([]);
      expect(texts.length).toBeGreaterThan(0);
      const inDutch = texts.filter(({ text }) => text.split(/\s+/).length >= 3 && dutchWordsIn(text).length > 0).map(({ path, text }) => `${path}: ${text}`);
      expect(inDutch).toEqual([]);
      // A sentence copied over unchanged was forgotten (names and codes may stay the same).
      const untranslated = texts.filter(({ path, text }) => text.split(/\s+/).length >= 3 && dutchTexts.get(path) === text).map(({ path }) => path);
      expect(untranslated).toEqual([]);
    });
  }
});
