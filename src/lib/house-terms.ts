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

/** Fields whose values are ids, addresses or search synonyms, not text a reader sees. */
const ID_FIELD = /^\s*(slug|key|type|part|keywords|id|anchor|page|from|to|href|discipline|situation|chapter):/;

/**
 * YAML lines with the quotes that delimit a scalar blanked: `title: "Een titel"`,
 * `- 'Een vraag'` and `{ label: "Op weg" }` are syntax, so only a quotation mark inside the
 * text is left for the rules to find. A quoted scalar opens only where a value starts: after
 * `key: `, `- `, `[`, `{`, or `,` inside brackets. A line that starts with neither a key nor
 * `- ` continues a plain or block scalar and is text as it stands, a quote at its start
 * included. Quoted scalars may run over lines; `''` in a single-quoted scalar and `\"` in a
 * double-quoted one are marks the reader sees.
 */
function yamlProse(lines: readonly string[]): string[] {
  let quote: '"' | "'" | undefined;
  let blockIndent: number | undefined;
  return lines.map((line) => {
    const indent = line.search(/\S/);
    if (blockIndent !== undefined) {
      if (indent < 0 || indent > blockIndent) return line;
      blockIndent = undefined;
    }
    const chars = line.split('');
    // From just after an opening quote: blanks the closing quote and returns the index after it, or -1 when the scalar runs on.
    const close = (start: number): number => {
      for (let k = start; k < chars.length; k++) {
        if (quote === '"' && chars[k] === '\\') k++;
        else if (quote === "'" && chars[k] === "'" && chars[k + 1] === "'") k++;
        else if (chars[k] === quote) {
          chars[k] = ' ';
          quote = undefined;
          return k + 1;
        }
      }
      return -1;
    };
    let at = 0;
    if (quote !== undefined) at = close(0);
    else if (!/^\s*(-(\s|$)|[\w.-]+:(\s|$)|"[^"]*":(\s|$)|[[{])/.test(line)) return line; // a continuation line: text
    let valueStart = true;
    let depth = 0;
    while (at >= 0 && at < chars.length) {
      const char = chars[at]!;
      const next = chars[at + 1];
      if (valueStart && (char === '"' || char === "'")) {
        quote = char;
        chars[at] = ' ';
        at = close(at + 1);
        valueStart = false;
        continue;
      }
      if (valueStart && depth === 0 && (char === '|' || char === '>') && /^[|>][+-]?\d*\s*(#.*)?$/.test(line.slice(at))) {
        blockIndent = indent;
        break;
      }
      if (char === '#' && (at === 0 || /\s/.test(chars[at - 1]!))) break; // a comment
      if (char === ' ' || char === '\t' || (valueStart && char === '-' && (next === undefined || next === ' '))) {
        // Spaces, and a block sequence's dash, keep a value about to start.
      } else if (valueStart && (char === '[' || char === '{')) depth++;
      else if (char === ':' && (next === undefined || next === ' ' || (depth > 0 && (next === ',' || next === '}')))) valueStart = true;
      else if (depth > 0 && char === ',') valueStart = true;
      else if (depth > 0 && (char === ']' || char === '}')) depth--;
      else valueStart = false;
      at++;
    }
    return chars.join('');
  });
}

/** An MDX body line with the quotes around JSX attribute values blanked: `title="Let op"` keeps `Let op` as text. */
const mdxProse = (line: string) => line.replace(/(?<=[\s<][\w:-]+=)(["'])(.*?)\1/g, (_match, _quote: string, value: string) => ` ${value} `);

/**
 * The parts of an MDX or YAML file that readers see, with everything else blanked: id
 * fields, link targets, YAML comments and the quotes that are YAML or JSX syntax. What is
 * left of a quotation mark is one the reader sees.
 */
export function proseOf(source: string, format: 'mdx' | 'yaml' = 'mdx'): string {
  const lines = source.split('\n');
  // The YAML part: the whole file, or an MDX file's front matter.
  let yamlEnd = format === 'yaml' ? lines.length : 0;
  if (format === 'mdx' && lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    if (end > 0) yamlEnd = end + 1;
  }
  const kept = lines.map((line, index) =>
    ID_FIELD.test(line) || /^\s*play:\s*$/.test(line) || (index < yamlEnd && /^\s*#/.test(line))
      ? blank(line)
      : line.replace(/\]\([^)]*\)/g, (target) => `]${blank(target.slice(1))}`).replace(/href="[^"]*"/g, blank),
  );
  return [...yamlProse(kept.slice(0, yamlEnd)), ...kept.slice(yamlEnd).map(mdxProse)].join('\n');
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
      // URLs and anchors keep their published spelling; a mark (a quotation mark after "lijst.") counts wherever it stands.
      if (rule.pattern === undefined && (/[/#]/.test(before) || after === '/' || (before === '.' && WORD.test(text[index - 2] ?? '')))) continue;
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
