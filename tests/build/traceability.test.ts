/**
 * Every idea of the content map (../shared/CONTENT-MAP.md) is findable in the built site:
 * content/traceability/*.yaml names the page and heading for each id, and this test checks
 * that both exist in dist/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const range = (letter: string, count: number) => Array.from({ length: count }, (_, index) => `${letter}${index + 1}`);
const REQUIRED = [
  ...range('A', 9),
  'A3a',
  'A3b',
  'A3c',
  'A3d',
  ...range('B', 6),
  ...range('C', 5),
  ...range('D', 5),
  ...range('E', 6),
  'tool-nps',
  'tool-feedback',
  'tool-teamdag',
  'tool-waartoe',
  'tool-interventieplanner',
  'tool-zelfscan-adviseur',
  'tool-zelfscan-team',
  'tool-zelfscan-motivatie',
];

interface Trace {
  page: string;
  anchor?: string;
}

function traces(): Map<string, Trace & { file: string }> {
  const all = new Map<string, Trace & { file: string }>();
  for (const name of readdirSync('content/traceability').filter((file) => file.endsWith('.yaml'))) {
    const data = yaml.load(readFileSync(`content/traceability/${name}`, 'utf8')) as Record<string, Trace>;
    for (const [id, trace] of Object.entries(data)) {
      if (all.has(id)) throw new Error(`content/traceability/${name}: "${id}" is also traced in ${all.get(id)!.file}`);
      all.set(id, { ...trace, file: name });
    }
  }
  return all;
}

describe('content-map traceability', () => {
  const traced = traces();

  it('traces every content-map id', () => {
    expect(REQUIRED.filter((id) => !traced.has(id))).toEqual([]);
  });

  it('points every traced id at a built page and an existing heading', () => {
    const problems: string[] = [];
    for (const [id, trace] of traced) {
      const file = `dist${trace.page}index.html`;
      if (!existsSync(file)) {
        problems.push(`${id}: no page ${trace.page}`);
        continue;
      }
      if (trace.anchor) {
        const html = readFileSync(file, 'utf8');
        if (!new RegExp(`<h[23][^>]*\\sid="${trace.anchor}"`).test(html)) problems.push(`${id}: ${trace.page} has no h2/h3 #${trace.anchor}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('covers exactly the ids the content map numbers, when the map is at hand', () => {
    const map = '../shared/CONTENT-MAP.md';
    if (!existsSync(map)) return; // CI always has it beside the clone; a lone checkout checks the list above.
    const ids: string[] = [];
    let letter = '';
    for (const line of readFileSync(map, 'utf8').split('\n')) {
      const section = /^## ([A-E])\./.exec(line);
      if (section) letter = section[1]!;
      else if (line.startsWith('## ')) letter = '';
      const item = /^(\d+)\. /.exec(line);
      if (letter && item) ids.push(`${letter}${item[1]}`);
    }
    expect(ids.length).toBeGreaterThan(25);
    expect(ids.filter((id) => !REQUIRED.includes(id))).toEqual([]);
  });
});
