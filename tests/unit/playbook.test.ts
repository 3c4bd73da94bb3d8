import { describe, expect, it } from 'vitest';
import { breadcrumbsFor, sidebarFor } from '../../src/lib/navigation';
import { buildPlaybook, type ChapterInput, type PageInput, type PartInput } from '../../src/lib/playbook';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

const parts: PartInput[] = [
  { id: 'klant', title: 'Werken met je klant', order: 2, intro: 'Klant.' },
  { id: 'rol', title: 'De rol', order: 1, intro: 'Rol.' },
];

function chapter(part: string, slug: string, order: number, extra: Partial<ChapterInput['data']> = {}): ChapterInput {
  return {
    id: `${part}/${slug}`,
    filePath: `content/chapters/${part}/${slug}.mdx`,
    body: 'woord '.repeat(450),
    data: { title: `Titel ${slug}`, description: 'Beschrijving.', slug, part, order, type: 'hoofdstuk', updated: new Date('2026-11-23'), keywords: [], ...extra },
  };
}

const pages: PageInput[] = [
  { id: 'privacy', filePath: 'content/pages/privacy.mdx', data: { title: 'Privacy', description: 'P.', slug: 'privacy', updated: new Date(), footerOrder: 2 } },
  { id: 'bronnen', filePath: 'content/pages/bronnen.mdx', data: { title: 'Bronnen', description: 'B.', slug: 'bronnen', updated: new Date(), footerOrder: 1 } },
];

const chapters = [chapter('klant', 'feedback', 1), chapter('rol', 'tweede', 5), chapter('rol', 'eerste', 2)];

describe('the playbook route data', () => {
  const playbook = buildPlaybook({ parts, chapters, pages });

  it('orders parts by their order, and chapters part by part', () => {
    expect(playbook.parts.map((part) => part.id)).toEqual(['rol', 'klant']);
    expect(playbook.chapters.map((c) => c.path)).toEqual(['/rol/eerste/', '/rol/tweede/', '/klant/feedback/']);
  });

  it('links previous and next across part boundaries, and not beyond the ends', () => {
    const [first, second, third] = playbook.chapters;
    expect(first!.prev).toBeUndefined();
    expect(first!.next?.path).toBe('/rol/tweede/');
    expect(second!.next?.path).toBe('/klant/feedback/');
    expect(third!.prev?.path).toBe('/rol/tweede/');
    expect(third!.next).toBeUndefined();
  });

  it('computes reading time from the text', () => {
    expect(playbook.chapters[0]!.readingMinutes).toBe(3);
  });

  it('sorts pages by their footer position', () => {
    expect(playbook.pages.map((page) => page.slug)).toEqual(['bronnen', 'privacy']);
  });

  it('names both files when two chapters in a part share a slug', () => {
    const clash = chapter('rol', 'eerste', 9);
    clash.filePath = 'content/chapters/rol/kopie.mdx';
    expect(() => buildPlaybook({ parts, chapters: [...chapters, clash], pages })).toThrow(
      'content/chapters/rol/kopie.mdx: field "slug": "eerste" is already used in part "rol" by content/chapters/rol/eerste.mdx',
    );
  });

  it('names both files when two chapters in a part share an order', () => {
    expect(() => buildPlaybook({ parts, chapters: [...chapters, chapter('rol', 'derde', 2)], pages })).toThrow(
      /rol\/derde\.mdx: field "order": 2 is already used in part "rol" by content\/chapters\/rol\/eerste\.mdx/,
    );
  });

  it('refuses a part or page that would take a URL the site uses itself', () => {
    expect(() => buildPlaybook({ parts: [...parts, { id: 'zoeken', title: 'Z', order: 3, intro: 'Z.' }], chapters, pages })).toThrow(
      /part "zoeken" in parts.yaml: "zoeken" is a URL the site itself uses/,
    );
    const clash: PageInput = { id: 'rol', filePath: 'content/pages/rol.mdx', data: { title: 'Rol', description: 'R.', slug: 'rol', updated: new Date() } };
    expect(() => buildPlaybook({ parts, chapters, pages: [...pages, clash] })).toThrow(
      'content/pages/rol.mdx: the URL /rol/ is already taken by part "rol" in parts.yaml',
    );
  });
});

describe('navigation', () => {
  const playbook = buildPlaybook({ parts, chapters, pages });

  it('lists every part, and only the current part’s chapters', () => {
    const nav = sidebarFor(playbook, '/rol/tweede/').parts;
    expect(nav.map((part) => [part.id, part.expanded, part.chapters.length])).toEqual([
      ['rol', true, 2],
      ['klant', false, 0],
    ]);
    expect(nav[0]!.chapters.filter((c) => c.current).map((c) => c.path)).toEqual(['/rol/tweede/']);
    expect(nav[1]!.chapterCount).toBe(1);
  });

  it('marks a part page as current and expands it', () => {
    const nav = sidebarFor(playbook, '/klant/').parts;
    expect(nav[1]).toMatchObject({ current: true, expanded: true });
    expect(nav[0]).toMatchObject({ current: false, expanded: false });
  });

  it('expands nothing on the home page', () => {
    expect(sidebarFor(playbook, '/').parts.some((part) => part.expanded)).toBe(false);
  });

  it('shows a window of a very long part, centred on the current chapter', () => {
    const many = Array.from({ length: 100 }, (_, index) => chapter('rol', `h${index}`, index));
    const big = buildPlaybook({ parts, chapters: many, pages });
    const nav = sidebarFor(big, '/rol/h50/').parts[0]!;
    expect(nav.chapters.map((c) => c.path)).toEqual(Array.from({ length: 21 }, (_, index) => `/rol/h${40 + index}/`));
    expect([nav.hiddenBefore, nav.hiddenAfter]).toEqual([40, 39]);
    const atStart = sidebarFor(big, '/rol/h0/').parts[0]!;
    expect([atStart.chapters.length, atStart.hiddenBefore, atStart.hiddenAfter]).toEqual([21, 0, 79]);
  });

  it('shows a window of the parts when there are very many', () => {
    const manyParts = Array.from({ length: 40 }, (_, index) => ({ id: `deel-${index}`, title: `Deel ${index}`, order: index, intro: 'x' }));
    const big = buildPlaybook({ parts: manyParts, chapters: [chapter('deel-20', 'a', 1)], pages });
    const sidebar = sidebarFor(big, '/deel-20/a/');
    expect(sidebar.parts.map((part) => part.id)).toEqual(Array.from({ length: 9 }, (_, index) => `deel-${16 + index}`));
    expect([sidebar.hiddenPartsBefore, sidebar.hiddenPartsAfter]).toEqual([16, 15]);
    expect(sidebar.parts.find((part) => part.expanded)?.id).toBe('deel-20');
  });

  it('builds breadcrumbs from home through the part to the chapter', () => {
    expect(breadcrumbsFor(playbook, '/klant/feedback/', 'Home').map((crumb) => crumb.path)).toEqual(['/', '/klant/', '/klant/feedback/']);
    expect(breadcrumbsFor(playbook, '/rol/', 'Home').map((crumb) => crumb.title)).toEqual(['Home', 'De rol']);
  });
});

describe('reading time', () => {
  it('counts words a reader sees, not tags, imports or expressions', () => {
    expect(countWords('import X from "y";\n\n## Kop\n\n<Callout type="tip">Twee woorden</Callout> {1 + 1}')).toBe(3);
  });

  it('rounds up and never says zero minutes', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('woord '.repeat(201))).toBe(2);
  });
});
