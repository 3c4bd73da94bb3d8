/**
 * Our design tokens as a token file in NL Design System's shape (Design Tokens Community
 * Group format: nested groups, `$value`, `$type`), published at /tokens.json so a theme can
 * see what it may set. Each token says which basis token it falls back to, and its dark value.
 */
import { parseColour } from '../lib/contrast';
import { referencedProperties, resolveValue } from '../lib/css-custom-properties';
import { ourTokens } from './theme';

export interface TokenEntry {
  $value: string;
  $type?: 'color' | 'dimension' | 'fontFamily' | 'number';
  $description: string;
  $extensions?: Record<string, string>;
}
export type TokenTree = { [key: string]: TokenTree | TokenEntry };

/** Groups of more than one word; any other token is grouped by its first word. */
const GROUPS = ['font-family', 'font-size', 'line-height', 'border-width', 'focus-ring'];

function typeOf(name: string, value: string): TokenEntry['$type'] {
  if (name.includes('font-family')) return 'fontFamily';
  if (parseColour(value)) return 'color';
  if (/^-?[\d.]+(rem|px|em)$/.test(value)) return 'dimension';
  if (/^[\d.]+$/.test(value)) return 'number';
  return undefined;
}

export function tokenList(): TokenTree {
  const { light, dark } = ourTokens();
  const darkAll = new Map([...light, ...dark]);
  const group: TokenTree = {};
  for (const [property, declared] of light) {
    const name = property.replace(/^--playbook-/, '');
    const groupName = GROUPS.find((candidate) => name === candidate || name.startsWith(`${candidate}-`)) ?? name.split('-')[0]!;
    const key = name.slice(groupName.length + 1) || 'default';
    // Without a theme no basis token exists: the value is our default.
    const value = resolveValue(declared, light) ?? declared;
    const basis = referencedProperties(declared).find((reference) => reference.startsWith('--basis-'));
    const darkDeclared = dark.get(property);
    const darkValue = darkDeclared === undefined ? undefined : resolveValue(darkDeclared, darkAll);
    const entry: TokenEntry = {
      $value: value,
      $description: `${property}${basis ? `; falls back to ${basis}, then this value` : '; no basis token means the same: a theme sets it directly'}`,
    };
    const type = typeOf(name, value);
    if (type) entry.$type = type;
    const extensions: Record<string, string> = {};
    if (basis) extensions['nl.nldesignsystem.basis-token'] = basis;
    if (darkValue !== undefined) extensions['nl.adviesplaybook.dark-value'] = darkValue;
    if (Object.keys(extensions).length > 0) entry.$extensions = extensions;
    const target = (group[groupName] ??= {}) as TokenTree;
    target[key] = entry;
  }
  return { playbook: group };
}
