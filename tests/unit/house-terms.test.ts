import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { describeHit, findBannedTerms, proseOf, stringsOf } from '../../src/lib/house-terms';
import { houseTermsFileSchema } from '../../src/schemas/house-terms';
import { checkHouseTerms } from '../../src/schemas/house-terms-file';

const playbookRules = houseTermsFileSchema.parse(yaml.load(readFileSync('content/house-terms.yaml', 'utf8')));
const ruleFor = (term: string) => playbookRules.filter((rule) => rule.term === term);
const hitsOf = (text: string, term: string) => findBannedTerms(text, ruleFor(term)).map((hit) => `${hit.line}:${hit.column} ${hit.found}`);

/** A content folder on disk, for the whole check: files by path, the list included. */
function contentFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'house-terms-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const problemsIn = (root: string) => {
  try {
    checkHouseTerms(root, []);
    return [];
  } catch (error) {
    return (error as Error).message.split('\n').slice(1).map((line) => line.replace(root + '/', ''));
  }
};

const rules = [
  { term: 'follow-upsessie', banned: ['follow-up-sessie', 'follow-up sessie'] },
  { term: 'werkvorm', banned: ['play', 'plays'] },
  { term: 'promotors', banned: ['promoter'], allow: ['Net Promoter Score'] },
];
const found = (text: string) => findBannedTerms(text, rules).map((hit) => `${hit.line}:${hit.column} ${hit.found} → ${hit.term}`);

describe('house terms', () => {
  it('finds a banned variant as a whole word in any case, with line and column', () => {
    expect(found('Eerst de teamdag.\nDaarna een Follow-up sessie en een play.')).toEqual([
      '2:12 Follow-up sessie → follow-upsessie',
      '2:36 play → werkvorm',
    ]);
  });

  it('leaves other words, URLs, anchors and allowed names alone', () => {
    expect(found('Dit playbook, de PlayCard, /team/follow-up-sessie/ en #wanneer-gebruik-je-deze-play.')).toEqual([]);
    expect(found('De Net Promoter Score telt elke promoter.')).toEqual(['1:33 promoter → promotors']);
  });

  it('reads link text but not link targets or id fields in MDX', () => {
    const mdx = '---\nslug: follow-up-sessie\ntype: play\nplay:\n  duration: 1 uur\n---\n\nZie [de play](/rol/play/).';
    expect(found(proseOf(mdx))).toEqual(['8:9 play → werkvorm']);
  });

  it('reads only text-like string literals in TypeScript, not ids or comments', () => {
    const ts = [
      "// the play's proposal",
      "const kinds = { hoofdstuk: 'Hoofdstuk', play: 'Play' } as Record<'hoofdstuk' | 'play', string>;",
      'const text = (n: number) => `${n} plays: ${"x"} en de follow-up-sessie`;',
    ].join('\n');
    expect(found(stringsOf(ts))).toEqual(['2:48 Play → werkvorm', '3:35 plays → werkvorm', '3:55 follow-up-sessie → follow-upsessie']);
  });

  it('rejects a list that bans the preferred term or bans one variant twice', () => {
    const result = houseTermsFileSchema.safeParse([
      { term: 'werkvorm', banned: ['Werkvorm'] },
      { term: 'effect', banned: ['impact'] },
      { term: 'uitwerking', banned: ['impact'] },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      '0.banned.0: "Werkvorm" is the preferred term itself',
      '2.banned.0: "impact" is already banned by term 2',
    ]);
  });

  it('finds marks by pattern, named in the message: a straight apostrophe inside a word, a straight quotation mark in prose', () => {
    expect(hitsOf("De collega's en zo'n vraag; it's the client''s", '’')).toEqual(['1:11 \'', '1:19 \'', '1:31 \'', '1:44 \'\'']);
    expect(hitsOf('collega’s, ‘zo’, en een rechte \' los', '’')).toEqual([]);
    // A quotation in prose is found, both its marks; YAML quoting and a JSX attribute are syntax, not text.
    const yamlAndMdx = ['---', 'title: "Een titel"', 'discussion:', '  - "Een vraag?"', '---', 'Hij zegt "kom maar" en <Callout title="Let op">', '  (zie "het doel.")'].join('\n');
    expect(hitsOf(proseOf(yamlAndMdx), '“ ”')).toEqual(['6:10 "', '6:19 "', '7:8 "', '7:18 "']);
    const [hit] = findBannedTerms("zo'n", ruleFor('’'));
    expect(describeHit('a.mdx', hit!)).toBe('a.mdx:1:3: a straight apostrophe (\') is a banned variant of "’"; write "’" (collega’s, zo’n, it’s, client’s)');
  });

  it('finds a straight quote at the start of a line, in a list item and after a label, as readers see it', () => {
    const mdx = ['"Kom maar binnen," zegt ze.', '- "Een citaat."', '> "Een citaat."', 'Vraag: "Wat wil je?"', '*"Een titel"*'].join('\n');
    expect(hitsOf(proseOf(mdx), '“ ”')).toEqual(['1:1 "', '1:18 "', '2:3 "', '2:15 "', '3:3 "', '3:15 "', '4:8 "', '4:20 "', '5:2 "', '5:12 "']);
  });

  it('reads YAML as text without its quoting: flow mappings, scalars over several lines, block scalars and continuation lines', () => {
    const yaml = [
      'title: "Een titel"', // 1: quoting only
      "- { id: a, label: 'Op weg', text: \"Ik zeg \\\"nee\\\".\" }", // 2: an escaped quote is a mark the reader sees
      "note: 'Een lange zin", // 3: a single-quoted scalar that runs on
      "  met collega''s erin.'", // 4: '' is an apostrophe in the text
      'intro: Een plain scalar die doorloopt', // 5
      '  "met een citaat" aan het begin.', // 6: a continuation line is text
      'body: |', // 7
      '  "Een citaat" in een blok.', // 8: a block scalar is text
      "  - 'ook dit'", // 9
      'next: "klaar"', // 10: after the block, quoting again
      '# "een commentaar"', // 11
    ].join('\n');
    const prose = proseOf(yaml, 'yaml');
    expect(hitsOf(prose, '“ ”')).toEqual(['2:44 "', '2:49 "', '6:3 "', '6:18 "', '8:3 "', '8:14 "']);
    expect(hitsOf(prose, '‘ ’')).toEqual(['9:5 \'', '9:13 \'']);
    expect(hitsOf(prose, '’')).toEqual(['4:14 \'\'']);
    expect(prose.split('\n')[0]).toBe('title:  Een titel ');
  });

  it('finds a straight single quote used as a quotation mark or after a word, but not inside one', () => {
    expect(hitsOf("Kijk onder 'Samenhang'; in four weeks' time; it's; collega''s", '‘ ’')).toEqual(['1:12 \'', '1:22 \'', '1:38 \'']);
    expect(hitsOf('Kijk onder ‘Samenhang’ in four weeks’ time', '‘ ’')).toEqual([]);
  });

  it('bans ICT also in compounds, but not inside another word or in the ict id', () => {
    expect(hitsOf('De ICT-adviseur, hoofd ICT en de ICT’ers; dictee', 'IT')).toEqual(['1:4 ICT', '1:24 ICT', '1:34 ICT']);
    expect(hitsOf(proseOf('discipline: ict\nslug: ict-app\n', 'yaml'), 'IT')).toEqual([]);
  });

  it('reads each edition with its own rules: English phrases in content/en/ and the en strings, Dutch words elsewhere', () => {
    const list = [
      '- term: werkvorm',
      '  banned: [play]',
      '- term: training course',
      '  language: en',
      '  banned: [trainings, giving a training]',
      '- term: ’',
      '  language: both',
      '  pattern: "(?<=\\\\p{L})\'(?=\\\\p{L})"',
      '  name: a straight apostrophe',
      '  skip: [SKIPPED]',
    ].join('\n');
    const root = contentFolder({
      'house-terms.yaml': list,
      'chapters/a.mdx': 'Een play voor trainings.\n',
      'en/chapters/a.mdx': "This play is for trainings. Giving a training isn't hard.\n",
      'en/cases/b.yaml': '# a comment about trainings\ntitle: Fine\n',
    });
    // A skipped folder is not read, for that rule only.
    writeFileSync(join(root, 'house-terms.yaml'), list.replace('SKIPPED', `${root}/en/`));
    expect(problemsIn(root).map((line) => line.split(': ')[0])).toEqual(['chapters/a.mdx:1:5', 'en/chapters/a.mdx:1:18', 'en/chapters/a.mdx:1:29']);
    writeFileSync(join(root, 'house-terms.yaml'), list);
    expect(problemsIn(root)).toEqual([
      'chapters/a.mdx:1:5: "play" is a banned variant of "werkvorm"; write "werkvorm"',
      'en/chapters/a.mdx:1:18: "trainings" is a banned variant of "training course"; write "training course"',
      'en/chapters/a.mdx:1:29: "Giving a training" is a banned variant of "training course"; write "training course"',
      'en/chapters/a.mdx:1:50: a straight apostrophe (\') is a banned variant of "’"; write "’"',
    ]);
  });

  it('rejects a rule with both words and a pattern, a pattern without a name, and a pattern JavaScript cannot read', () => {
    const result = houseTermsFileSchema.safeParse([
      { term: 'IT', banned: ['ICT'], pattern: 'ICT', name: 'ICT' },
      { term: '’', pattern: "'" },
      { term: 'x', pattern: '(', name: 'x' },
    ]);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      '2.pattern: expected a regular expression JavaScript can read',
      '0.banned: expected either "banned" (words) or "pattern" (a mark), not both or neither',
      '1.name: expected a name for what the pattern finds',
    ]);
  });

  it('accepts the playbook\'s own list', () => {
    expect(houseTermsFileSchema.safeParse(yaml.load(readFileSync('content/house-terms.yaml', 'utf8'))).success).toBe(true);
  });
});
