/**
 * WCAG 2.2 contrast: relative luminance of sRGB colours and the ratio of two of them
 * (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). Colours as CSS writes them: #rgb,
 * #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() with numbers or percentages, and a few keywords.
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 … 1 */
  a: number;
}

const KEYWORDS: Record<string, string> = { white: '#ffffff', black: '#000000', transparent: '#00000000' };

/** The colour a CSS value writes, or undefined when it is no colour this module understands. */
export function parseColour(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  const keyword = KEYWORDS[text];
  if (keyword) return parseColour(keyword);
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const channel = (index: number) => parseInt(full.slice(index * 2, index * 2 + 2), 16);
    return { r: channel(0), g: channel(1), b: channel(2), a: full.length === 8 ? channel(3) / 255 : 1 };
  }
  const functional = /^rgba?\((.*)\)$/.exec(text)?.[1];
  if (functional) {
    const parts = functional.split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3 || parts.length > 4) return undefined;
    const numbers = parts.map((part, index) => {
      const number = parseFloat(part);
      if (Number.isNaN(number)) return NaN;
      if (part.endsWith('%')) return index === 3 ? number / 100 : (number / 100) * 255;
      return number;
    });
    if (numbers.some((number) => Number.isNaN(number))) return undefined;
    return { r: numbers[0]!, g: numbers[1]!, b: numbers[2]!, a: numbers[3] ?? 1 };
  }
  return undefined;
}

/** A colour seen over an opaque background (alpha compositing). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mixChannel = (key: 'r' | 'g' | 'b') => top[key] * top.a + bottom[key] * (1 - top.a);
  return { r: mixChannel('r'), g: mixChannel('g'), b: mixChannel('b'), a: 1 };
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const srgb = channel / 255;
    return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio (1 … 21) of a foreground over an opaque background. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const opaqueBackground = over(background, { r: 255, g: 255, b: 255, a: 1 });
  const [a, b] = [relativeLuminance(over(foreground, opaqueBackground)), relativeLuminance(opaqueBackground)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** #rrggbb of an opaque colour (for messages and the web-app manifest). */
export function toHex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}
