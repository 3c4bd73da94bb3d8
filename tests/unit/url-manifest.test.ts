import { describe, expect, it } from 'vitest';
import { type BuiltSite, manifestProblems, redirectProblems, resolve, updatedManifest } from '../../src/lib/url-manifest';

const site = (pages: Record<string, string[]>): BuiltSite => ({ pages: new Map(Object.entries(pages).map(([path, anchors]) => [path, new Set(anchors)])) });
const manifest = { '/rol/oud/': ['kop', 'tweede'], '/rol/blijft/': ['a', 'b'] };

describe('published URLs', () => {
  it('catches a removed page', () => {
    expect(manifestProblems(manifest, site({ '/rol/blijft/': ['a', 'b'] }), [])).toEqual([
      '/rol/oud/ was published but no longer exists: add a redirect for it to content/redirects.yaml',
    ]);
  });

  it('catches a removed heading', () => {
    expect(manifestProblems(manifest, site({ '/rol/oud/': ['kop', 'tweede'], '/rol/blijft/': ['a'] }), [])).toEqual([
      '/rol/blijft/#b was published but that section is gone: add a redirect for it to content/redirects.yaml',
    ]);
  });

  it('accepts a declared page redirect that keeps the anchors where they still exist', () => {
    const now = site({ '/rol/nieuw/': ['kop', 'nieuwe-kop'], '/rol/blijft/': ['a', 'b'] });
    const redirects = [
      { from: '/rol/oud/', to: '/rol/nieuw/' },
      { from: '/rol/oud/#tweede', to: '/rol/nieuw/#nieuwe-kop' },
    ];
    expect(resolve('/rol/oud/#kop', redirects)).toBe('/rol/nieuw/#kop');
    expect(resolve('/rol/oud/#tweede', redirects)).toBe('/rol/nieuw/#nieuwe-kop');
    expect(manifestProblems(manifest, now, redirects)).toEqual([]);
    expect(manifestProblems(manifest, now, redirects.slice(0, 1))).toEqual([
      '/rol/oud/#tweede was published but that section is gone: add a redirect for it to content/redirects.yaml',
    ]);
  });

  it('accepts an anchor redirect on a page that still exists', () => {
    const now = site({ '/rol/oud/': ['kop', 'tweede'], '/rol/blijft/': ['a', 'c'] });
    expect(manifestProblems(manifest, now, [{ from: '/rol/blijft/#b', to: '/rol/blijft/#c' }])).toEqual([]);
  });

  it('reports redirects to nowhere and redirects over pages that still exist', () => {
    const now = site({ '/rol/blijft/': ['a'] });
    expect(redirectProblems([{ from: '/rol/oud/', to: '/rol/weg/' }, { from: '/rol/blijft/', to: '/rol/blijft/' }], now)).toEqual([
      'content/redirects.yaml: "/rol/oud/" leads to /rol/weg/, which does not exist',
      'content/redirects.yaml: "/rol/blijft/" still exists; remove the redirect or the page',
    ]);
  });

  it('never drops a published entry that a redirect keeps alive, and adds new pages', () => {
    const now = site({ '/rol/nieuw/': ['kop'], '/rol/blijft/': ['a', 'b', 'c'] });
    expect(updatedManifest(manifest, now, [{ from: '/rol/oud/', to: '/rol/nieuw/' }, { from: '/kort/', to: '/rol/nieuw/#kop' }])).toEqual({
      '/kort/': [],
      '/rol/blijft/': ['a', 'b', 'c'],
      '/rol/nieuw/': ['kop'],
      '/rol/oud/': ['kop', 'tweede'],
    });
  });
});
