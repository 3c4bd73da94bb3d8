/**
 * Just enough CSS to read design tokens: the custom properties a stylesheet declares per
 * rule (with the @media block around it), and var() resolved the way a browser computes a
 * custom property: a declared value wins, else the fallback, a cycle or a missing value
 * without fallback gives nothing. No layout, no selectors matched beyond plain equality.
 */
export interface CustomPropertyRule {
  /** The rule's selectors, trimmed: `.voorbeeld-theme`, `:root`. */
  selectors: string[];
  /** The condition of the @media block around the rule, if any, as written. */
  media?: string;
  /** Custom properties in source order; a later declaration of the same name wins. */
  properties: Map<string, string>;
}

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Splits at a separator that is not inside brackets or quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quote) {
      if (char === quote && text[index - 1] !== '\\') quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The index of the brace that closes the block opened at `open`. */
function closingBrace(css: string, open: number): number {
  let depth = 0;
  for (let index = open; index < css.length; index += 1) {
    if (css[index] === '{') depth += 1;
    else if (css[index] === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return css.length;
}

/** Every rule of a stylesheet that declares custom properties, in source order. */
export function customPropertyRules(stylesheet: string, media?: string): CustomPropertyRule[] {
  const css = stripComments(stylesheet);
  const rules: CustomPropertyRule[] = [];
  let cursor = 0;
  while (cursor < css.length) {
    const open = css.indexOf('{', cursor);
    if (open === -1) break;
    const close = closingBrace(css, open);
    const prelude = css.slice(cursor, open).replace(/^[\s\S]*;/, '').trim();
    const body = css.slice(open + 1, close);
    if (prelude.startsWith('@media')) {
      rules.push(...customPropertyRules(body, prelude.slice('@media'.length).trim()));
    } else if (!prelude.startsWith('@')) {
      const properties = new Map<string, string>();
      for (const declaration of splitTopLevel(body, ';')) {
        const colon = declaration.indexOf(':');
        const name = declaration.slice(0, colon).trim();
        if (colon > 0 && name.startsWith('--')) properties.set(name, declaration.slice(colon + 1).trim());
      }
      rules.push({ selectors: splitTopLevel(prelude, ',').map((selector) => selector.trim()), media, properties });
    }
    cursor = close + 1;
  }
  return rules;
}

/** The custom properties named inside var() in a value. */
export function referencedProperties(value: string): string[] {
  return [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!);
}

/** Every property reachable from `roots` through var() references in `properties`. */
export function reachableProperties(roots: Iterable<string>, properties: ReadonlyMap<string, string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const value = properties.get(name);
    if (value !== undefined) queue.push(...referencedProperties(value));
  }
  return seen;
}

/**
 * A value with every var() substituted, or undefined when it cannot be computed (a var()
 * without value or fallback, or a cycle): then the browser, too, treats it as unset.
 */
export function resolveValue(value: string, properties: ReadonlyMap<string, string>, resolving: ReadonlySet<string> = new Set()): string | undefined {
  const start = value.indexOf('var(');
  if (start === -1) return value.trim();
  let depth = 0;
  let end = start + 3;
  for (; end < value.length; end += 1) {
    if (value[end] === '(') depth += 1;
    else if (value[end] === ')') {
      depth -= 1;
      if (depth === 0) break;
    }
  }
  const [rawName, ...fallbackParts] = splitTopLevel(value.slice(start + 4, end), ',');
  const name = rawName!.trim();
  const fallback = fallbackParts.length > 0 ? fallbackParts.join(',') : undefined;
  const declared = properties.get(name);
  let substitute: string | undefined;
  if (declared !== undefined && !resolving.has(name)) substitute = resolveValue(declared, properties, new Set([...resolving, name]));
  if (substitute === undefined && fallback !== undefined) substitute = resolveValue(fallback, properties, resolving);
  if (substitute === undefined) return undefined;
  return resolveValue(`${value.slice(0, start)}${substitute}${value.slice(end + 1)}`, properties, resolving);
}
