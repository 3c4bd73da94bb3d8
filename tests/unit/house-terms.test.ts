import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findBannedTerms, proseOf, stringsOf } from '../../src/lib/house-terms';
import { houseTermsFileSchema } from '../../src/schemas/house-terms';

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

  it('accepts the playbook\'s own list', () => {
    expect(houseTermsFileSchema.safeParse(yaml.load(readFileSync('content/house-terms.yaml', 'utf8'))).success).toBe(true);
  });
});
