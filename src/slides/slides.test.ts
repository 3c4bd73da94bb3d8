import { describe, expect, it } from 'vitest';
import { blockWeight, buildSlides, topLevelBlocks } from './slides';

const para = (words: number, word = 'woord') => `<p>${Array.from({ length: words }, () => word).join(' ')}</p>`;

describe('top-level blocks', () => {
  it('splits rendered HTML into its outer elements, whatever is nested inside', () => {
    const html = '<p>Een <strong>vet</strong> woord.</p>\n<div class="callout"><p>Tip</p><ul><li>a</li></ul></div><img src="x.png" alt=""><figure><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></figure>';
    expect(topLevelBlocks(html)).toEqual([
      '<p>Een <strong>vet</strong> woord.</p>',
      '<div class="callout"><p>Tip</p><ul><li>a</li></ul></div>',
      '<img src="x.png" alt="">',
      '<figure><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></figure>',
    ]);
  });

  it('does not read a ">" inside a quoted attribute as the end of a tag', () => {
    expect(topLevelBlocks('<p title="a > b">x</p><p>y</p>')).toEqual(['<p title="a > b">x</p>', '<p>y</p>']);
  });
});

describe('slides', () => {
  it('makes one slide per h2, with the text before the first h2 on an introduction slide', () => {
    const slides = buildSlides(`<p>Inleiding</p><h2>Eerste</h2><p>Een</p><h2>Tweede <em>kop</em></h2><p>Twee</p>`, { introHeading: 'Waar gaat het over?' });
    expect(slides.map((slide) => [slide.headingText, slide.continued])).toEqual([
      ['Waar gaat het over?', false],
      ['Eerste', false],
      ['Tweede kop', false],
    ]);
    expect(slides[2]!.headingHtml).toBe('Tweede <em>kop</em>');
  });

  it('marks a slide dense only when one block that may not be split is larger than a slide', () => {
    const example = `<aside class="example">${para(200)}</aside>`;
    const slides = buildSlides(`<h2>Kort</h2>${para(30)}<h2>Voorbeeld</h2>${example}<h2>Lang</h2>${para(50)}${para(50)}${para(50)}`, { introHeading: 'Intro', budget: 650 });
    expect(slides.map((slide) => [slide.headingText, slide.dense])).toEqual([
      ['Kort', false],
      ['Voorbeeld', true],
      ['Lang', false],
      ['Lang', false],
    ]);
  });

  it('continues a long section on a next slide, between blocks and never inside a callout or figure', () => {
    const callout = `<div class="callout callout--tip">${para(60)}${para(60)}</div>`;
    const figure = `<figure class="diagram"><svg viewBox="0 0 1 1"></svg><figcaption>Bijschrift</figcaption></figure>`;
    const slides = buildSlides(`<h2>Lang</h2>${para(80)}${callout}${figure}${para(40)}`, { introHeading: 'Intro', budget: 650 });
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.every((slide) => slide.headingText === 'Lang')).toBe(true);
    expect(slides.slice(1).every((slide) => slide.continued)).toBe(true);
    const all = slides.flatMap((slide) => slide.blocks);
    expect(all).toContain(callout);
    expect(all).toContain(figure);
    expect(all.join('')).toBe(`${para(80)}${callout}${figure}${para(40)}`);
  });

  it('keeps an h3 with the block after it', () => {
    const slides = buildSlides(`<h2>Kop</h2>${para(100)}<h3>Sub</h3>${para(60)}`, { introHeading: 'Intro', budget: 650 });
    for (const slide of slides) expect(slide.blocks.at(-1)).not.toMatch(/^<h3/);
  });

  it('splits a very long list into shorter lists that keep counting', () => {
    const items = Array.from({ length: 12 }, (_, index) => `<li>Stap ${index + 1} ${'woord '.repeat(15)}</li>`).join('');
    const slides = buildSlides(`<h2>Stappen</h2><ol class="steps">${items}</ol>`, { introHeading: 'Intro', budget: 400 });
    expect(slides.length).toBeGreaterThan(1);
    expect(slides[1]!.blocks[0]).toMatch(/^<ol class="steps" start="\d+">/);
    expect(slides.flatMap((slide) => slide.blocks).join('').match(/<li>/g)).toHaveLength(12);
  });

  it('attaches speaker notes to the slide they stand on and does not show them as text', () => {
    const slides = buildSlides(`<h2>Kop</h2>${para(100)}<aside data-slide-notes>Vraag iets</aside>${para(100)}`, { introHeading: 'Intro', budget: 650 });
    expect(slides[0]!.notes).toEqual(['Vraag iets']);
    expect(slides.flatMap((slide) => slide.blocks).join('')).not.toContain('Vraag iets');
  });

  it('weighs a diagram as a good part of a slide', () => {
    expect(blockWeight('<figure class="diagram"><svg></svg><figcaption>Kort</figcaption></figure>')).toBeGreaterThan(400);
  });
});
