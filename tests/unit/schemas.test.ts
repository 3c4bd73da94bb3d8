import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/schemas/chapter';
import { partsFileSchema } from '../../src/schemas/part';
import { pageSchema } from '../../src/schemas/page';
import { SLUG_PATTERN } from '../../src/schemas/slug';

const schema = chapterSchema(['rol', 'klant']);
const valid = {
  title: 'De vier eigenschappen',
  description: 'Waaraan je een effectieve adviseur herkent.',
  slug: 'vier-eigenschappen',
  part: 'rol',
  order: 1,
  updated: '2026-11-23',
  slides: 'prose',
};

function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('chapter frontmatter', () => {
  it('accepts a complete chapter and fills in the defaults', () => {
    const chapter = schema.parse(valid);
    expect(chapter.type).toBe('hoofdstuk');
    expect(chapter.keywords).toEqual([]);
    expect(chapter.updated).toEqual(new Date('2026-11-23'));
  });

  it('names the title when it is missing', () => {
    const { title: _, ...withoutTitle } = valid;
    expect(messages(withoutTitle)).toEqual(['title: expected a title']);
  });

  it('names an unknown part and lists the parts that exist', () => {
    expect(messages({ ...valid, part: 'onbekend' })).toEqual([
      'part: unknown part "onbekend"; expected one of "rol", "klant"',
    ]);
  });

  it('rejects a date that is not a date, and says how to write one', () => {
    expect(messages({ ...valid, updated: 'gisteren' })).toEqual([
      'updated: expected a date written as YYYY-MM-DD, such as 2026-11-23',
    ]);
  });

  it('rejects a slug with capitals or spaces', () => {
    expect(messages({ ...valid, slug: 'Vier Eigenschappen' })[0]).toMatch(/^slug: expected lower-case letters/);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    expect(messages({ ...valid, titel: 'x' })[0]).toMatch(/titel/);
  });

  it('requires play metadata for a play, and only for a play', () => {
    expect(messages({ ...valid, type: 'play' })).toEqual([
      'play: a play needs "play:" with duration, minutes, people and materials',
    ]);
    const play = { duration: '1 uur', minutes: 60, people: 'het team', materials: [] };
    expect(messages({ ...valid, type: 'play', play })).toEqual([]);
    expect(messages({ ...valid, play })[0]).toMatch(/^type: this chapter has "play:" metadata/);
  });

  it('wants 3 to 5 discussion questions, each ending in a question mark', () => {
    expect(messages({ ...valid, discussion: ['Wat herken je?', 'Wat doe je morgen?'] })).toEqual([
      'discussion: expected at least 3 questions for "Bespreek samen"',
    ]);
    expect(messages({ ...valid, discussion: ['Wat herken je?', 'Wat doe je morgen?', 'Bespreek het'] })).toEqual([
      'discussion.2: end each question with a question mark',
    ]);
    expect(messages({ ...valid, discussion: ['Een?', 'Twee?', 'Drie?'] })).toEqual([]);
  });

  it('asks a play for its total minutes, and a variant for its steps', () => {
    expect(messages({ ...valid, type: 'play', play: { duration: '1 uur', people: 'het team' } })).toEqual([
      'play.minutes: expected the total minutes of the steps, such as 120',
    ]);
    const variant = { name: 'Kort', minutes: 20, steps: [] };
    expect(messages({ ...valid, type: 'play', play: { duration: '1 uur', minutes: 60, people: 'het team', variants: [variant] } })).toEqual([
      'play.variants.0.steps: expected at least one step',
    ]);
  });
});

describe('key-point slides', () => {
  const slide = { section: 'je-zoekt-zelf-naar-opgaven', points: ['Een opgave is een grote vraag', 'Je kijkt zelf rond'] };

  it('accepts slides that name a section and give a few short points; the figure is off by default', () => {
    const chapter = schema.parse({ ...valid, slides: [slide, { ...slide, section: 'intro', title: 'Vier eigenschappen', figure: true }] });
    expect(chapter.slides).toEqual([
      { ...slide, figure: false },
      { section: 'intro', title: 'Vier eigenschappen', points: slide.points, figure: true },
    ]);
  });

  it('fails a chapter without slides, and says what to write', () => {
    const { slides: _, ...withoutSlides } = valid;
    expect(messages(withoutSlides)).toEqual([
      'slides: expected key-point slides for the presentation: a list of { section, points }, or "prose" to show the text itself',
    ]);
    expect(messages({ ...valid, slides: 'tekst' })).toEqual(['slides: expected a list of slides, each with section and points, or "prose"']);
  });

  it('names the slide and the point that is too long for a room to read', () => {
    const long = 'Een adviseur die alleen maar vragen stelt geeft de klant nog geen enkel houvast';
    expect(messages({ ...valid, slides: [slide, { ...slide, points: ['Kort', long] }] })).toEqual([
      'slides.1.points.1: expected at most 12 words per point (this one has 14); split it or say it shorter',
    ]);
  });

  it('allows at most six points on a slide, and at least one', () => {
    expect(messages({ ...valid, slides: [{ ...slide, points: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }] })).toEqual([
      'slides.0.points: expected at most 6 key points on one slide; make two slides',
    ]);
    expect(messages({ ...valid, slides: [{ ...slide, points: [] }] })).toEqual(['slides.0.points: expected at least one key point']);
  });

  it('wants the section as a heading id, as in a link', () => {
    expect(messages({ ...valid, slides: [{ ...slide, section: 'Je zoekt zelf naar opgaven' }] })[0]).toMatch(/^slides\.0\.section: expected a heading id as in a link/);
  });
});

describe('parts file', () => {
  const part = { id: 'rol', title: 'De rol', order: 1, intro: 'Over de rol.' };

  it('rejects two parts with the same id, naming the second', () => {
    const result = partsFileSchema.safeParse([part, { ...part, order: 2 }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([1, 'id']);
    expect(result.error?.issues[0]?.message).toMatch(/already used by part 1/);
  });

  it('rejects an empty list', () => {
    expect(partsFileSchema.safeParse([]).success).toBe(false);
  });
});

describe('page frontmatter', () => {
  it('accepts a page with a footer position', () => {
    expect(
      pageSchema.parse({ title: 'Privacy', description: 'Wat er met je gegevens gebeurt.', slug: 'privacy', updated: '2026-11-23', footerOrder: 3 })
        .footerOrder,
    ).toBe(3);
  });
});

describe('slug rule', () => {
  it.each(['rol', 'vier-eigenschappen', 'nps-2'])('accepts %s', (slug) => expect(SLUG_PATTERN.test(slug)).toBe(true));
  it.each(['Rol', 'vier--eigenschappen', '-rol', 'rol-', 'één', 'a b', ''])('rejects "%s"', (slug) =>
    expect(SLUG_PATTERN.test(slug)).toBe(false),
  );
});
