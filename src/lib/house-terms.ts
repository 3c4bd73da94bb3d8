/**
 * One spelling per term: finds banned variants from the house-terms list in text an editor
 * wrote. Pure (no file system); `src/content.config.ts` feeds it the files.
 *
 * What counts as text:
 * - MDX and YAML: every line, except link targets (`](/…)`, `href="…"`), the fields that
 *   hold ids or search synonyms (`slug`, `key`, `type`, `part`, `keywords`, `discipline`,
 *   `situation`, a `play:` key), YAML comments, and words glued to a `/` or `#` (URLs and
 *   anchors stay as they were published).
 * - TypeScript (interface strings): only string and template literals with a space or a
 *   capital in them; `'play'` or `'teamdag-planner'` are ids, `'Play'` is a label.
 */

export interface HouseTermRule {
  term: string;
  /** Words, matched whole and in any case; or else `pattern`. */
  banned?: readonly string[];
  /** A regular expression for a mark (a straight apostrophe inside a word), named by `name`. */
  pattern?: string;
  name?: string;
  /** Fixed names in which a banned word is right ("Net Promoter Score"). */
  allow?: readonly string[];
  note?: string;
}

export interface HouseTermHit {
  line: number;
  column: number;
  variant: string;
  found: string;
  term: string;
  note?: string;
  /** What a pattern rule found, in words ("a straight apostrophe"). */
  mark?: string;
}

const WORD = /[\p{L}\p{N}]/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(rules: readonly HouseTermRule[]) {
  return rules.flatMap((rule) =>
    rule.pattern !== undefined
      ? [{ rule, variant: rule.name ?? rule.pattern, pattern: new RegExp(rule.pattern, 'gimu') }]
      : (rule.banned ?? []).map((variant) => ({
          rule,
          variant,
          // Whole words: no letter, digit or hyphen glued on either side; spaces inside a variant match any run of spaces.
          pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${escape(variant).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}-])`, 'giu'),
        })),
  );
}

/** Blank out a range, keeping line and column positions. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** The parts of an MDX or YAML file that readers see, with everything else blanked; in YAML, comments too. */
export function proseOf(source: string, format: 'mdx' | 'yaml' = 'mdx'): string {
  return source
    .split('\n')
    .map((line) =>
      /^\s*(slug|key|type|part|keywords|id|anchor|page|from|to|href|discipline|situation|chapter):/.test(line) ||
      /^\s*play:\s*$/.test(line) ||
      (format === 'yaml' && /^\s*#/.test(line))
        ? blank(line)
        : line.replace(/\]\([^)]*\)/g, (target) => `]${blank(target.slice(1))}`).replace(/href="[^"]*"/g, blank),
    )
    .join('\n');
}

/** The string and template literals of a TypeScript file that look like text, the rest blanked. */
export function stringsOf(source: string): string {
  const out: string[] = [...source].map((char) => (char === '\n' ? '\n' : ' '));
  let i = 0;
  const keep = (start: number, end: number, always = false) => {
    const text = source.slice(start, end);
    if (!always && !/\s/.test(text.trim()) && !/\p{Lu}/u.test(text)) return; // an id such as 'play'
    for (let k = start; k < end; k++) out[k] = source[k]!;
  };
  // Braces opened inside template substitutions, so `…${a}…` returns to the template.
  const templateDepth: number[] = [];
  let depth = 0;
  const readTemplate = () => {
    // i is just after ` or }; read until ` or ${
    const start = i;
    while (i < source.length) {
      if (source[i] === '\\') i += 2;
      else if (source[i] === '`') {
        keep(start, i, true);
        i++;
        return;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        // Template pieces are text, even a short one such as " plays: ".
        keep(start, i, true);
        i += 2;
        templateDepth.push(depth);
        depth++;
        return;
      } else i++;
    }
  };
  while (i < source.length) {
    const char = source[i]!;
    if (char === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (char === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (char === "'" || char === '"') {
      const start = ++i;
      while (i < source.length && source[i] !== char && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      keep(start, i);
      i++;
    } else if (char === '`') {
      i++;
      readTemplate();
    } else if (char === '{') {
      depth++;
      i++;
    } else if (char === '}') {
      depth--;
      i++;
      if (templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === depth) {
        templateDepth.pop();
        readTemplate();
      }
    } else i++;
  }
  return out.join('');
}

/** Every banned variant in `text` (already reduced to prose), with its 1-based line and column. */
export function findBannedTerms(text: string, rules: readonly HouseTermRule[]): HouseTermHit[] {
  const hits: HouseTermHit[] = [];
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);
  for (const { rule, variant, pattern } of compile(rules)) {
    let searched = text;
    for (const name of rule.allow ?? []) searched = searched.replace(new RegExp(escape(name).replace(/ /g, '\\s+'), 'giu'), blank);
    for (const match of searched.matchAll(pattern)) {
      const index = match.index!;
      const before = text[index - 1] ?? '';
      const after = text[index + match[0].length] ?? '';
      // URLs and anchors keep their published spelling.
      if (/[/#]/.test(before) || after === '/' || (before === '.' && WORD.test(text[index - 2] ?? ''))) continue;
      let line = lineStarts.length - 1;
      while (lineStarts[line]! > index) line--;
      const hit: HouseTermHit = { line: line + 1, column: index - lineStarts[line]! + 1, variant, found: match[0], term: rule.term, note: rule.note };
      if (rule.pattern !== undefined) hit.mark = rule.name ?? rule.pattern;
      hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.line - b.line || a.column - b.column);
}

export function describeHit(file: string, hit: HouseTermHit): string {
  const what = hit.mark ? `${hit.mark} (${hit.found})` : `"${hit.found}"`;
  return `${file}:${hit.line}:${hit.column}: ${what} is a banned variant of "${hit.term}"; write "${hit.term}"${hit.note ? ` (${hit.note})` : ''}`;
}
