import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compoundParts, vocabularyOf } from './compounds';
import { safeExcerpt } from './excerpt';
import { toHit } from './results';

describe('search excerpts', () => {
  it('keeps the highlight and escapes everything else', () => {
    expect(safeExcerpt('Het <mark>verzuim</mark> is hoog & <b>stijgt</b>')).toBe('Het <mark>verzuim</mark> is hoog &amp; stijgt');
    expect(safeExcerpt('a &lt;script&gt; b')).toBe('a &lt;script&gt; b');
  });

  it('never lets markup other than balanced <mark> through', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const html = safeExcerpt(input);
        const withoutMarks = html.replace(/<\/?mark>/g, '');
        expect(withoutMarks).not.toMatch(/[<>]/);
        expect((html.match(/<mark>/g) ?? []).length).toBe((html.match(/<\/mark>/g) ?? []).length);
      }),
    );
  });
});

describe('Dutch compounds', () => {
  const vocabulary = vocabularyOf([
    'Het verzuim daalt. Tevredenheid telt. Een verandering begint klein. Gesprekken voeren. De klant en de klanten.',
  ]);

  it('finds the known words inside compounds', () => {
    expect(compoundParts('Een manager met een hoog ziekteverzuim.', vocabulary)).toEqual(['verzuim']);
    expect(compoundParts('Meet de klanttevredenheid.', vocabulary)).toEqual(['klant', 'tevredenheid']);
    expect(compoundParts('Gedragsverandering kost tijd.', vocabulary)).toEqual(['verandering']);
    expect(compoundParts('functioneringsgesprekken', vocabulary)).toEqual(['gesprekken']);
    expect(compoundParts('klantenservice', vocabularyOf(['klant service'])).includes('klant')).toBe(true);
  });

  it('adds nothing for words that stand on their own or are not compounds', () => {
    expect(compoundParts('Het verzuim daalt.', vocabulary)).toEqual([]);
    expect(compoundParts('Een lange zin zonder samenstellingen.', vocabulary)).toEqual([]);
  });
});

describe('search hits', () => {
  it('takes title, type and part from the metadata and up to two sections', () => {
    const meta = { title: 'X', type: 'Play', part: 'De rol' };
    const hit = toHit({
      url: '/rol/x/',
      meta,
      excerpt: '<mark>x</mark>',
      sub_results: [
        { title: 'X', url: '/rol/x/', excerpt: '' },
        { title: 'Doel', url: '/rol/x/#doel', excerpt: '', anchor: { element: 'h2', id: 'doel' } },
        { title: 'Stappen', url: '/rol/x/#stappen', excerpt: '', anchor: { element: 'h2', id: 'stappen' } },
        { title: 'Valkuilen', url: '/rol/x/#valkuilen', excerpt: '', anchor: { element: 'h2', id: 'valkuilen' } },
      ],
    });
    expect(hit).toEqual({
      ...meta,
      url: '/rol/x/',
      excerptHtml: '<mark>x</mark>',
      sections: [
        { title: 'Doel', url: '/rol/x/#doel' },
        { title: 'Stappen', url: '/rol/x/#stappen' },
      ],
    });
  });
});

describe('excerpts from the extra search terms', () => {
  it('show the page description instead of a list of terms', () => {
    const hit = toHit({ url: '/a/', meta: { title: 'A', description: 'Over <verzuim>.' }, excerpt: '¤ziekte ¤<mark>verzuim</mark> ¤hrm' });
    expect(hit.excerptHtml).toBe('Over &lt;verzuim&gt;.');
  });
});
