/**
 * Themes: WCAG contrast, the custom-property reader (var() chains, fallbacks, cycles), the
 * cascade of our tokens and a theme in both schemes, the contrast check over the pairs that
 * matter, the bundled theme CSS and the published token list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour } from '../../src/lib/contrast';
import { customPropertyRules, resolveValue } from '../../src/lib/css-custom-properties';
import { contrastProblems, describeContrastProblem, resolvedToken, themeCss, themeProperties, type ThemeInput } from '../../src/data/theme';
import { tokenList, type TokenEntry, type TokenTree } from '../../src/data/token-list';

const VOORBEELD = readFileSync('node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css', 'utf8');
const voorbeeld = (): ThemeInput => ({ className: 'voorbeeld-theme', light: themeProperties(VOORBEELD, 'voorbeeld-theme')! });

describe('contrast', () => {
  it('computes the WCAG ratio of the reference pairs', () => {
    expect(contrastRatio(parseColour('#000')!, parseColour('#fff')!)).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColour('#777777')!, parseColour('white')!)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseColour('rgb(255 255 255)')!, parseColour('#0b5c6b')!)).toBeCloseTo(contrastRatio(parseColour('#0b5c6b')!, parseColour('#ffffff')!), 10);
  });

  it('composites a translucent colour over its background', () => {
    expect(contrastRatio(parseColour('rgba(0, 0, 0, 0.5)')!, parseColour('#ffffff')!)).toBeCloseTo(contrastRatio(parseColour('#808080')!, parseColour('#ffffff')!), 1);
  });

  it('reads no colour from what is not one', () => {
    expect(parseColour('oklch(50% 0.1 200)')).toBeUndefined();
    expect(parseColour('1rem')).toBeUndefined();
  });
});

describe('custom properties', () => {
  it('reads the rules of a stylesheet with their media condition', () => {
    const rules = customPropertyRules('/* c */ .a, :root { --x: 1; color: red; --y: var(--x, 2) } @media (prefers-color-scheme: dark) { .a { --x: 3 } }');
    expect(rules).toEqual([
      { selectors: ['.a', ':root'], media: undefined, properties: new Map([['--x', '1'], ['--y', 'var(--x, 2)']]) },
      { selectors: ['.a'], media: '(prefers-color-scheme: dark)', properties: new Map([['--x', '3']]) },
    ]);
  });

  it('resolves var() chains, falls back when a property is missing, and gives nothing for a cycle', () => {
    const properties = new Map([
      ['--a', 'var(--b)'],
      ['--b', '#123456'],
      ['--loop', 'var(--loop)'],
    ]);
    expect(resolveValue('var(--a, red)', properties)).toBe('#123456');
    expect(resolveValue('var(--missing, var(--also-missing, #fff))', properties)).toBe('#fff');
    expect(resolveValue('var(--loop)', properties)).toBeUndefined();
    expect(resolveValue('var(--loop, #000)', properties)).toBe('#000');
    expect(resolveValue('0 1px var(--b)', properties)).toBe('0 1px #123456');
  });
});

describe('our tokens and a theme', () => {
  it('without a theme every token is our own default, in both schemes', () => {
    expect(resolvedToken(undefined, 'light', '--playbook-color-text')).toBe('#1b2530');
    expect(resolvedToken(undefined, 'dark', '--playbook-color-text')).toBe('#e8edf1');
    expect(resolvedToken(undefined, 'light', '--playbook-color-primary')).toBe('#0b5c6b');
  });

  it('our own colours pass AA in both schemes', () => {
    expect(contrastProblems(undefined).map(describeContrastProblem)).toEqual([]);
  });

  it('the voorbeeld theme sets our tokens through its basis tokens, and passes AA', () => {
    const theme = voorbeeld();
    expect(resolvedToken(theme, 'light', '--playbook-color-text')).toBe('#001a40');
    expect(resolvedToken(theme, 'light', '--playbook-color-link')).toBe('#00568b');
    expect(resolvedToken(theme, 'light', '--playbook-color-primary')).toBe('#5115ef');
    expect(resolvedToken(theme, 'light', '--playbook-color-focus')).toBe('#0b0c0c');
    expect(contrastProblems(theme)).toEqual([]);
  });

  it('a theme may set our tokens directly, and its dark set wins over our dark defaults', () => {
    const theme: ThemeInput = {
      className: 't',
      light: new Map([['--playbook-color-link-visited', '#6a2a5a']]),
      dark: new Map([['--basis-color-default-bg-document', '#000000']]),
    };
    expect(resolvedToken(theme, 'light', '--playbook-color-link-visited')).toBe('#6a2a5a');
    expect(resolvedToken(theme, 'dark', '--playbook-color-background')).toBe('#000000');
  });

  it('reports a pair below AA with both token names, both colours and the ratio', () => {
    const theme: ThemeInput = { className: 't', light: new Map([['--basis-focus-outline-color', '#f0f0f0']]) };
    const lines = contrastProblems(theme).map(describeContrastProblem);
    expect(lines).toContain(
      'light scheme: --playbook-color-focus (#f0f0f0) on --playbook-color-background (#ffffff) has a contrast of 1.14:1; WCAG 2.2 AA asks at least 3:1 for a focus ring, border or chart mark',
    );
  });

  it('checks the dark scheme only when the theme has a dark set', () => {
    const light = new Map([['--basis-color-default-color-document', '#111111']]);
    // Dark text in a dark set on our dark background: unreadable, and reported.
    const withDark: ThemeInput = { className: 't', light, dark: new Map([['--basis-color-default-color-document', '#222222']]) };
    expect(contrastProblems({ className: 't', light })).toEqual([]);
    expect(contrastProblems(withDark).map(describeContrastProblem)).toContain(
      'dark scheme: --playbook-color-text (#222222) on --playbook-color-background (#11171d) has a contrast of 1.13:1; WCAG 2.2 AA asks at least 4.5:1 for text',
    );
  });

  it('reports a token that computes to no readable colour', () => {
    const theme: ThemeInput = { className: 't', light: new Map([['--basis-color-default-bg-document', 'oklch(99% 0 0)']]) };
    expect(contrastProblems(theme).map(describeContrastProblem)).toContain(
      'light scheme: --playbook-color-background computes to "oklch(99% 0 0)", not a colour the contrast check can read (write #rrggbb or rgb())',
    );
  });

  it('bundles only what our tokens can reach from a large token package', () => {
    const css = themeCss(voorbeeld());
    expect(css.startsWith('.voorbeeld-theme {')).toBe(true);
    expect(css).toContain('--basis-color-default-color-document: var(--voorbeeld-kleuren-grijs-700);');
    expect(css).toContain('--voorbeeld-kleuren-grijs-700: #001a40;');
    expect(css).not.toContain('--utrecht-');
    expect(css.length).toBeLessThan(VOORBEELD.length / 20);
  });

  it('finds no properties for a class the stylesheet does not define', () => {
    expect(themeProperties(VOORBEELD, 'gemeente-x-theme')).toBeUndefined();
  });
});

describe('the published token list', () => {
  const list = tokenList();
  const token = (group: string, name: string) => ((list.playbook as TokenTree)[group] as TokenTree)[name] as TokenEntry;

  it('gives each token its default, type, basis fallback and dark value', () => {
    expect(token('color', 'text')).toEqual({
      $value: '#1b2530',
      $type: 'color',
      $description: '--playbook-color-text; falls back to --basis-color-default-color-document, then this value',
      $extensions: { 'nl.nldesignsystem.basis-token': '--basis-color-default-color-document', 'nl.adviesplaybook.dark-value': '#e8edf1' },
    });
    expect(token('space', 'm')).toMatchObject({ $value: '1rem', $type: 'dimension' });
    expect(token('color', 'link-visited').$description).toContain('no basis token means the same');
  });
});
