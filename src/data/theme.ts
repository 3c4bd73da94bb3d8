/**
 * An organisation's theme (content/organisation.yaml, `theme`): its stylesheet's custom
 * properties for its class, the part of them our tokens read (bundled into the site's CSS),
 * the colours our tokens take from them in each scheme, and the contrast check that stops
 * the build when a pair that matters falls below WCAG 2.2 AA.
 *
 * The cascade is modelled as the browser applies it on <html class="…">: src/styles/tokens.css
 * (light, then its dark block), then the theme (light, then its dark set), all of the same
 * specificity, so a later declaration wins.
 */
import { readFileSync } from 'node:fs';
import { contrastRatio, parseColour, toHex } from '../lib/contrast';
import { customPropertyRules, reachableProperties, referencedProperties, resolveValue, type CustomPropertyRule } from '../lib/css-custom-properties';

export type Scheme = 'light' | 'dark';

/** The stylesheet every component reads; cwd-relative like CONTENT_DIR (builds run from the project root). */
const TOKENS_FILE = 'src/styles/tokens.css';
const DARK_MEDIA = /prefers-color-scheme:\s*dark/;

function merged(rules: readonly CustomPropertyRule[]): Map<string, string> {
  return new Map(rules.flatMap((rule) => [...rule.properties]));
}

let tokenRules: CustomPropertyRule[] | undefined;
/** src/styles/tokens.css: our tokens as declared (with their basis fallbacks), light and dark. */
export function ourTokens(): { light: Map<string, string>; dark: Map<string, string> } {
  tokenRules ??= customPropertyRules(readFileSync(TOKENS_FILE, 'utf8')).filter((rule) => rule.selectors.some((selector) => selector.startsWith(':root')));
  return {
    light: merged(tokenRules.filter((rule) => !rule.media)),
    dark: merged(tokenRules.filter((rule) => rule.media && DARK_MEDIA.test(rule.media))),
  };
}

/** The declarations of a theme stylesheet for its class (outside @media), or undefined when it has none. */
export function themeProperties(stylesheet: string, className: string): Map<string, string> | undefined {
  const own = new Set([`.${className}`, `:root.${className}`, `html.${className}`]);
  const rules = customPropertyRules(stylesheet).filter((rule) => !rule.media && rule.selectors.some((selector) => own.has(selector)));
  return rules.length > 0 ? merged(rules) : undefined;
}

export interface ThemeInput {
  className: string;
  light: ReadonlyMap<string, string>;
  /** The dark set; without it the themed site is light only. */
  dark?: ReadonlyMap<string, string>;
}

/** The custom properties in effect on <html> in a scheme, before var() is resolved. */
export function cascade(theme: ThemeInput | undefined, scheme: Scheme): Map<string, string> {
  const tokens = ourTokens();
  const layers: ReadonlyMap<string, string>[] = [tokens.light];
  if (scheme === 'dark') layers.push(tokens.dark);
  if (theme) layers.push(theme.light);
  if (theme && scheme === 'dark' && theme.dark) layers.push(theme.dark);
  return new Map(layers.flatMap((layer) => [...layer]));
}

/** Whether the site offers a dark scheme: always without a theme, with a theme only if it has a dark set. */
export const hasDarkScheme = (theme: ThemeInput | undefined) => !theme || theme.dark !== undefined;

/**
 * The theme's CSS as the site ships it: only the properties our tokens can reach (a token
 * package defines hundreds for components we do not have), on the theme's class, the dark
 * set inside a dark-scheme media query.
 */
export function themeCss(theme: ThemeInput): string {
  const tokens = ourTokens();
  const roots = [...tokens.light.values(), ...tokens.dark.values()].flatMap(referencedProperties);
  const block = (properties: ReadonlyMap<string, string>) => {
    const wanted = reachableProperties([...roots, ...[...properties.keys()].filter((name) => name.startsWith('--playbook-'))], properties);
    const lines = [...properties].filter(([name]) => wanted.has(name)).map(([name, value]) => `  ${name}: ${value};`);
    return `.${theme.className} {\n${lines.join('\n')}\n}`;
  };
  const dark = theme.dark ? `\n@media (prefers-color-scheme: dark) {\n${block(theme.dark)}\n}` : '';
  return `${block(theme.light)}${dark}\n`;
}

/** A token's value in a scheme, var() resolved: `#0b5c6b`, or undefined when it computes to nothing. */
export function resolvedToken(theme: ThemeInput | undefined, scheme: Scheme, token: string): string | undefined {
  const properties = cascade(theme, scheme);
  const value = properties.get(token);
  return value === undefined ? undefined : resolveValue(value, properties);
}

interface Pair {
  foreground: string;
  background: string;
  /** 4.5 for text, 3 for a focus ring, a border or a chart mark. */
  minimum: number;
}

const text = (foreground: string, ...backgrounds: string[]): Pair[] => backgrounds.map((background) => ({ foreground, background, minimum: 4.5 }));
const nonText = (foreground: string, ...backgrounds: string[]): Pair[] => backgrounds.map((background) => ({ foreground, background, minimum: 3 }));
const color = (name: string) => `--playbook-color-${name}`;
const SURFACES = [color('background'), color('surface'), color('surface-subtle')];

/** The pairs a reader depends on: text, links, buttons, header, focus ring, result bands. */
export const CONTRAST_PAIRS: readonly Pair[] = [
  ...text(color('text'), ...SURFACES, color('surface-accent'), color('highlight')),
  ...text(color('text-subtle'), ...SURFACES),
  ...text(color('link'), ...SURFACES),
  ...text(color('link-visited'), color('background')),
  ...text(color('link-hover'), color('background')),
  ...text(color('accent'), color('background')),
  ...text(color('success'), color('background')),
  ...text(color('danger'), color('background')),
  ...text(color('on-primary'), color('primary'), color('primary-hover'), color('danger')),
  ...text(color('primary'), color('background')),
  ...text(color('header-text'), color('header-background')),
  ...nonText(color('focus'), ...SURFACES),
  ...nonText(color('border'), color('background')),
  ...nonText(color('warning'), color('background')),
  ...text(color('text'), color('band-0'), color('band-1'), color('band-2')),
  ...nonText(color('marker'), color('band-0'), color('band-1'), color('band-2')),
];

export type ContrastProblem =
  | { kind: 'not-a-colour'; scheme: Scheme; token: string; value: string | undefined }
  | { kind: 'low-contrast'; scheme: Scheme; pair: Pair; foreground: string; background: string; ratio: number };

/** Every pair below its minimum (and every token that is no colour), in both schemes the site offers. */
export function contrastProblems(theme: ThemeInput | undefined): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  const schemes: Scheme[] = hasDarkScheme(theme) ? ['light', 'dark'] : ['light'];
  for (const scheme of schemes) {
    const properties = cascade(theme, scheme);
    const colourOf = (token: string) => {
      const declared = properties.get(token);
      const value = declared === undefined ? undefined : resolveValue(declared, properties);
      const colour = value === undefined ? undefined : parseColour(value);
      if (!colour && !problems.some((problem) => problem.kind === 'not-a-colour' && problem.token === token && problem.scheme === scheme)) {
        problems.push({ kind: 'not-a-colour', scheme, token, value });
      }
      return colour;
    };
    for (const pair of CONTRAST_PAIRS) {
      const [foreground, background] = [colourOf(pair.foreground), colourOf(pair.background)];
      if (!foreground || !background) continue;
      const ratio = contrastRatio(foreground, background);
      if (ratio < pair.minimum) problems.push({ kind: 'low-contrast', scheme, pair, foreground: toHex(foreground), background: toHex(background), ratio });
    }
  }
  return problems;
}

/** One line per problem, for the build error. */
export function describeContrastProblem(problem: ContrastProblem): string {
  if (problem.kind === 'not-a-colour') {
    return `${problem.scheme} scheme: ${problem.token} computes to ${problem.value === undefined ? 'nothing' : `"${problem.value}"`}, not a colour the contrast check can read (write #rrggbb or rgb())`;
  }
  const { pair, scheme, foreground, background, ratio } = problem;
  const what = pair.minimum === 3 ? 'a focus ring, border or chart mark' : 'text';
  return `${scheme} scheme: ${pair.foreground} (${foreground}) on ${pair.background} (${background}) has a contrast of ${ratio.toFixed(2)}:1; WCAG 2.2 AA asks at least ${pair.minimum}:1 for ${what}`;
}
