import { describe, expect, it } from 'vitest';
import { blockWeight, buildKeyPointSlides, buildSlides, sectionsOf, speakerNotes, topLevelBlocks } from './slides';

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

describe('key-point slides', () => {
  // As SlideHeading.astro renders a chapter's headings in a presentation.
  const h2 = (id: string, text: string) => `<h2 data-section="${id}" data-depth="2">${text}</h2>`;
  const h3 = (id: string, text: string, depth = 3) => `<h3 data-section="${id}" data-depth="${depth}">${text}</h3>`;
  const figure = '<figure class="diagram"><svg viewBox="0 0 1 1"></svg><figcaption>Schema</figcaption></figure>';
  const chapter = [
    '<p>Inleiding.</p>',
    '<aside data-slide-notes>Vraag de groep iets.</aside>',
    h2('eerste', 'Eerste <em>kop</em>'),
    '<p>Tekst een.</p>',
    h3('sub', 'Sub'),
    '<p>Tekst sub.</p>',
    h3('diep', 'Oefening', 4),
    '<p>Tekst diep.</p>',
    h2('tweede', 'Tweede'),
    figure,
    '<p>Tekst twee.</p>',
  ].join('');

  it('finds each section by heading id: an h2 holds its subsections, an h3 ends at the next h2 or h3, intro is the text before the first heading', () => {
    const sections = sectionsOf(chapter);
    expect(sections.get('intro')!.blocks).toEqual(['<p>Inleiding.</p>', '<aside data-slide-notes>Vraag de groep iets.</aside>']);
    expect(sections.get('eerste')!.headingText).toBe('Eerste kop');
    expect(sections.get('eerste')!.blocks.join('')).toBe(`<p>Tekst een.</p>${h3('sub', 'Sub')}<p>Tekst sub.</p>${h3('diep', 'Oefening', 4)}<p>Tekst diep.</p>`);
    // An h4 (shown as h3 on a slide) stays inside its h3.
    expect(sections.get('sub')!.blocks.join('')).toBe(`<p>Tekst sub.</p>${h3('diep', 'Oefening', 4)}<p>Tekst diep.</p>`);
    expect(sections.get('tweede')!.blocks).toEqual([figure, '<p>Tekst twee.</p>']);
  });

  it('makes the slides the editor wrote, in order, with the section’s text as notes and its heading as the default title', () => {
    const slides = buildKeyPointSlides(chapter, [
      { section: 'tweede', points: ['Kort punt'], figure: false },
      { section: 'eerste', title: 'Eigen titel', points: ['Een', 'Twee'], figure: false },
    ]);
    expect(slides.map((slide) => [slide.title, slide.points])).toEqual([
      ['Tweede', ['Kort punt']],
      ['Eigen titel', ['Een', 'Twee']],
    ]);
    // The notes are the chapter's text, without its figures; the points are not repeated from it.
    expect(slides[0]!.proseHtml).toBe('<p>Tekst twee.</p>');
    expect(slides[0]!.figureHtml).toBeUndefined();
    expect(slides[1]!.proseHtml).toContain('<p>Tekst diep.</p>');
  });

  it('puts the section’s figure on the slide when asked, and the trainer’s own notes before the text', () => {
    const [withFigure, intro] = buildKeyPointSlides(chapter, [
      { section: 'tweede', points: ['Kijk naar het schema'], figure: true },
      { section: 'intro', title: 'Waar gaat het over?', points: ['Inleiding'], figure: false },
    ]);
    expect(withFigure!.figureHtml).toBe(figure);
    expect(intro!.notes).toEqual(['Vraag de groep iets.']);
    expect(intro!.proseHtml).toBe('<p>Inleiding.</p>');
  });

  it('uses a slide’s own notes instead of the section’s text, escaped, a blank line starting a paragraph', () => {
    const [slide] = buildKeyPointSlides(chapter, [{ section: 'eerste', points: ['Een'], figure: false, notes: 'Vraag: wat zie je?\n\nLet op <dit> & dat.' }]);
    expect(slide!.notes).toEqual(['<p>Vraag: wat zie je?</p>', '<p>Let op &lt;dit&gt; &amp; dat.</p>']);
    expect(slide!.proseHtml).toBe('');
  });

  it('splits any blocks into the trainer’s notes and the text', () => {
    expect(speakerNotes(['<p>a</p>', '<aside data-slide-notes> b </aside>', figure])).toEqual({ notes: ['b'], proseHtml: '<p>a</p>' });
  });
});
