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
