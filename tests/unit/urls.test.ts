import { describe, expect, it } from 'vitest';
import { normaliseBase } from '../../src/lib/base-path';
import {
  assessmentManualPath,
  assessmentPaperPath,
  assessmentScoringKeyPath,
  assessmentPath,
  chapterPath,
  coursePath,
  courseSheetPath,
  embedAssessmentPath,
  homePath,
  pagePath,
  partPath,
  presentationPath,
  assessmentSlug,
  RESERVED_SEGMENTS,
  SEGMENTS,
  searchPath,
  toolPath,
  withBase,
} from '../../src/lib/urls';

describe('base path', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['playbook', '/playbook/'],
    ['/playbook', '/playbook/'],
    ['/intranet/playbook/', '/intranet/playbook/'],
  ])('normalises %s to %s', (raw, expected) => expect(normaliseBase(raw)).toBe(expected));

  it('refuses a base path that is not a plain URL path', () => {
    expect(() => normaliseBase('/play book/')).toThrow(/not a usable URL path/);
    expect(() => normaliseBase('https://example.org/')).toThrow();
  });

  it('prefixes site paths and keeps fragments', () => {
    expect(withBase('/', '/rol/')).toBe('/rol/');
    expect(withBase('/playbook/', '/rol/vier-eigenschappen/#luisteren')).toBe('/playbook/rol/vier-eigenschappen/#luisteren');
    expect(() => withBase('/', 'rol/')).toThrow(/starting with "\/"/);
  });
});

describe('URL scheme', () => {
  it('puts Dutch at the root and English under /en/', () => {
    expect(homePath()).toBe('/');
    expect(homePath('en')).toBe('/en/');
    expect(chapterPath('rol', 'vier-eigenschappen')).toBe('/rol/vier-eigenschappen/');
    expect(chapterPath('rol', 'vier-eigenschappen', 'en')).toBe('/en/rol/vier-eigenschappen/');
  });

  it('gives parts, pages, assessments and tools their own places', () => {
    expect(partPath('rol')).toBe('/rol/');
    expect(pagePath('privacy')).toBe('/privacy/');
    expect(pagePath('home')).toBe('/');
    expect(assessmentPath('effectief-adviseren')).toBe('/zelfscans/effectief-adviseren/');
    expect(toolPath('nps')).toBe('/hulpmiddelen/nps/');
  });

  it('gives the English edition English words, under /en/', () => {
    expect(assessmentPath('effective-advising', 'en')).toBe('/en/self-assessments/effective-advising/');
    expect(assessmentManualPath('effective-advising', 'en')).toBe('/en/self-assessments/effective-advising/about/');
    expect(assessmentPaperPath('effective-advising', 'en')).toBe('/en/self-assessments/effective-advising/paper/');
    expect(assessmentScoringKeyPath('effective-advising', 'en')).toBe('/en/self-assessments/effective-advising/paper/scoring-key/');
    expect(assessmentScoringKeyPath('effectief-adviseren', 'nl')).toBe('/zelfscans/effectief-adviseren/papier/scoresleutel/');
    // An assessment's segment: its English slug under /en/, its id (the same in every result code) otherwise.
    expect(assessmentSlug({ id: 'effectief-adviseren', slug: 'effective-advising' })).toBe('effective-advising');
    expect(assessmentSlug({ id: 'effectief-adviseren' })).toBe('effectief-adviseren');
    // Slides follow their chapter's path, in its language.
    expect(presentationPath('/en/role/four-qualities/')).toBe('/en/role/four-qualities/presentation/');
    expect(presentationPath('/rol/vier-eigenschappen/')).toBe('/rol/vier-eigenschappen/presentatie/');
    expect(coursePath('course', 'en')).toBe('/en/trainers/course/');
    expect(courseSheetPath('one-day-course', 'handout', 'en')).toBe('/en/trainers/one-day-course/handout/');
    expect(searchPath('en')).toBe('/en/search/');
    expect(embedAssessmentPath('effective-advising', 'en')).toBe('/en/embed/self-assessments/effective-advising/');
    expect(toolPath('nps', 'en')).toBe('/en/tools/nps/');
    // The Dutch paths are unchanged by the registry.
    expect(assessmentManualPath('effectief-adviseren')).toBe('/zelfscans/effectief-adviseren/verantwoording/');
    expect(coursePath('leertraject')).toBe('/trainers/leertraject/');
    expect(courseSheetPath('leertraject', 'letters')).toBe('/trainers/leertraject/brieven/');
  });

  it('reserves the top-level segments of both languages, so no part or page can hide one', () => {
    for (const name of ['zelfscans', 'hulpmiddelen', 'zoeken', 'self-assessments', 'tools', 'search', 'worksheets', 'en']) {
      expect(RESERVED_SEGMENTS).toContain(name);
    }
    // Every language names the same places.
    expect(Object.keys(SEGMENTS.en).sort()).toEqual(Object.keys(SEGMENTS.nl).sort());
  });
});
