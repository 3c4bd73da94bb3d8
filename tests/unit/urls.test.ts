import { describe, expect, it } from 'vitest';
import { normaliseBase } from '../../src/lib/base-path';
import { assessmentPath, chapterPath, homePath, pagePath, partPath, toolPath, withBase } from '../../src/lib/urls';

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
});
