/**
 * Link-preview images (Open Graph, 1200 × 630 PNG), drawn at build time without a layout
 * engine or a full-canvas rasteriser, so a cold build pays about a millisecond per image:
 *
 * - The font is a self-hosted copy of Noto Sans (nothing is fetched), read once by opentype.js,
 *   which also lays out the lines (advance widths with kerning, greedy wrapping).
 * - Every glyph is rasterised once per size and half-pixel offset (resvg, a few pixels square)
 *   and kept as a coverage mask; a page's image is those masks stamped onto a flat background.
 * - The picture has five colours, so the PNG is indexed (one byte per pixel, a palette of
 *   coverage levels per colour; png.ts), which deflates in a few milliseconds.
 *
 * A changed title, part or description changes the pixels (tests/unit/og-image.test.ts).
 * The images are kept on disk by their content (cache.ts) and drawn beside the build in a
 * process of their own (worker-pool.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import { indexedPng, type Rgb } from './png.ts';

// A type, not an interface: route props must be assignable to Astro's Record<string, unknown>.
export type OgImageText = {
  /** Small line above the title: the part, or the kind of page. */
  eyebrow: string;
  title: string;
  description: string;
  siteName: string;
  /** The site's header colours (an organisation's theme, or ours), as #rrggbb. */
  colours: LinkPreviewColours;
};

/** Background and text as the site's header shows them; `accent` for the part line and the bar. */
export type LinkPreviewColours = { background: string; text: string; accent: string };

/** What a chapter's preview shows; `path` is its URL path without slashes (`rol/vier-eigenschappen`). */
export interface LinkPreviewChapter {
  path: string;
  partTitle: string;
  title: string;
  description: string;
}

/**
 * The text of every preview image: the site's own (`site`) and one per chapter, by path.
 * One definition for the route and for the early start of the drawing (early.ts).
 */
export function linkPreviewTexts(
  t: { siteName: string; siteTagline: string; colours: LinkPreviewColours },
  chapters: readonly LinkPreviewChapter[],
  /** Where the site-wide image goes: `site` (Dutch), `en/site` (English). */
  sitePath = 'site',
): { path: string; text: OgImageText }[] {
  const [eyebrow, ...rest] = t.siteTagline.split(':');
  return [
    { path: sitePath, text: { eyebrow: eyebrow!, title: t.siteName, description: rest.join(':').trim(), siteName: t.siteName, colours: t.colours } },
    ...chapters.map((chapter) => ({
      path: chapter.path,
      text: { eyebrow: chapter.partTitle, title: chapter.title, description: chapter.description, siteName: t.siteName, colours: t.colours },
    })),
  ];
}

/** Bump when the drawing changes, so cached images from an older design are not reused. */
export const DESIGN_VERSION = 4;
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const PADDING_X = 72;
const PADDING_Y = 64;
const TEXT_WIDTH = OG_WIDTH - 2 * PADDING_X;

const hex = (value: string): Rgb => [1, 3, 5].map((start) => parseInt(value.slice(start, start + 2), 16)) as unknown as Rgb;
const mix = (top: Rgb, bottom: Rgb, alpha: number): Rgb => top.map((channel, index) => Math.round(channel * alpha + bottom[index]! * (1 - alpha))) as unknown as Rgb;
/** The inks, in palette order; each gets LEVELS palette entries, from faint edge to full ink. */
const INK_NAMES = ['siteName', 'accent', 'title', 'description'] as const;
type Ink = (typeof INK_NAMES)[number];
/** The picture's colours: the header's text on the header's background, with two softer tints of the text. */
function inksOf(colours: LinkPreviewColours): { background: Rgb; inks: Record<Ink, Rgb> } {
  const background = hex(colours.background);
  const text = hex(colours.text);
  return { background, inks: { siteName: mix(text, background, 0.9), accent: hex(colours.accent), title: text, description: mix(text, background, 0.87) } };
}
/** Coverage levels per ink: 4 inks × 63 + background = 253 palette entries (≤ 256). */
const LEVELS = 63;

const require = createRequire(import.meta.url);
type Weight = 400 | 700;
const fonts = new Map<Weight, opentype.Font>();
function font(weight: Weight): opentype.Font {
  let loaded = fonts.get(weight);
  if (!loaded) {
    const file = readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
    loaded = opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
    fonts.set(weight, loaded);
  }
  return loaded;
}

/** A coverage mask: `alpha` is width × height bytes, placed with its top-left at (left, top) relative to the pen. */
interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

/** Rasterise an SVG path (in pixels, pen at 0,0) into a coverage mask. */
function rasterise(pathData: string, box: { x1: number; y1: number; x2: number; y2: number }): Mask | undefined {
  const left = Math.floor(box.x1) - 1;
  const top = Math.floor(box.y1) - 1;
  const width = Math.ceil(box.x2) + 1 - left;
  const height = Math.ceil(box.y2) + 1 - top;
  if (!pathData || width <= 0 || height <= 0 || !Number.isFinite(width + height)) return undefined;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${-left} ${-top})" d="${pathData}" fill="#000"/></svg>`;
  // No text in these SVGs: skip scanning the system fonts, which costs more than the drawing.
  const rgba = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  const alpha = new Uint8Array(width * height);
  for (let index = 0; index < alpha.length; index++) alpha[index] = rgba[index * 4 + 3]!;
  return { left, top, width, height, alpha };
}

/**
 * SVG path data from a glyph's commands. (opentype.js' own toPathData writes NaN for some
 * whole-number coordinates, which made resvg drop the rest of the outline.)
 */
function pathData(path: opentype.Path): string {
  const n = (value: number) => (Math.round(value * 1000) / 1000).toString();
  return path.commands
    .map((command) => {
      switch (command.type) {
        case 'M':
        case 'L':
          return `${command.type}${n(command.x!)} ${n(command.y!)}`;
        case 'Q':
          return `Q${n(command.x1!)} ${n(command.y1!)} ${n(command.x!)} ${n(command.y!)}`;
        case 'C':
          return `C${n(command.x1!)} ${n(command.y1!)} ${n(command.x2!)} ${n(command.y2!)} ${n(command.x!)} ${n(command.y!)}`;
        default:
          return 'Z';
      }
    })
    .join('');
}

const glyphMasks = new Map<string, Mask | null>();
/** A glyph's mask at a size and a half-pixel offset, rasterised the first time it is used. */
function glyphMask(weight: Weight, size: number, glyph: opentype.Glyph, half: 0 | 1): Mask | undefined {
  const key = `${weight}:${size}:${glyph.index}:${half}`;
  let mask = glyphMasks.get(key);
  if (mask === undefined) {
    const path = glyph.getPath(half / 2, 0, size);
    mask = rasterise(pathData(path), path.getBoundingBox()) ?? null;
    glyphMasks.set(key, mask);
  }
  return mask ?? undefined;
}

interface TextStyle {
  weight: Weight;
  size: number;
  lineHeight: number;
  ink: Ink;
  maxLines: number;
}

/**
 * Pen positions of a line: advance widths plus pair kerning, from per-character and per-pair
 * caches (opentype.js' own layout shapes the whole string on every call, ~50× slower).
 */
const glyphCache = new Map<string, opentype.Glyph>();
const kerningCache = new Map<string, number>();
function layout(text: string, style: TextStyle): { glyphs: { glyph: opentype.Glyph; x: number }[]; width: number } {
  const face = font(style.weight);
  const scale = style.size / face.unitsPerEm;
  const glyphs: { glyph: opentype.Glyph; x: number }[] = [];
  let pen = 0;
  let previous: opentype.Glyph | undefined;
  for (const character of text) {
    const glyphKey = `${style.weight}:${character}`;
    let glyph = glyphCache.get(glyphKey);
    if (!glyph) {
      glyph = face.charToGlyph(character);
      glyphCache.set(glyphKey, glyph);
    }
    if (previous) {
      const pairKey = `${style.weight}:${previous.index}:${glyph.index}`;
      let kerning = kerningCache.get(pairKey);
      if (kerning === undefined) {
        kerning = face.getKerningValue(previous, glyph);
        kerningCache.set(pairKey, kerning);
      }
      pen += kerning * scale;
    }
    glyphs.push({ glyph, x: pen });
    pen += (glyph.advanceWidth ?? 0) * scale;
    previous = glyph;
  }
  return { glyphs, width: pen };
}
const width = (text: string, style: TextStyle) => layout(text, style).width;

/** Greedy line breaking at spaces (a word wider than a line is cut), at most `maxLines`, the last one ellipsised. */
export function wrapLines(text: string, style: TextStyle, maxWidth = TEXT_WIDTH): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (width(word, style) > maxWidth) {
      let cut = word.length - 1;
      while (cut > 1 && width(word.slice(0, cut), style) > maxWidth) cut--;
      if (line) lines.push(line);
      lines.push(word.slice(0, cut));
      line = '';
      word = word.slice(cut);
    }
    const candidate = line ? `${line} ${word}` : word;
    if (!line || width(candidate, style) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= style.maxLines) return lines;
  const kept = lines.slice(0, style.maxLines);
  let last = `${kept.at(-1)!}…`;
  while (last.length > 1 && width(last, style) > maxWidth) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[kept.length - 1] = last;
  return kept;
}

const STRIDE = OG_WIDTH + 1;
/** The palette: the background, then LEVELS coverage levels per ink, from faint edge to full ink. */
function paletteOf(colours: LinkPreviewColours): Rgb[] {
  const { background, inks } = inksOf(colours);
  return [background, ...INK_NAMES.flatMap((ink) => Array.from({ length: LEVELS }, (_, level) => mix(inks[ink], background, (level + 1) / LEVELS)))];
}

/**
 * The picture as PNG scanlines: per row a filter byte (0, none) and one palette index per
 * pixel, where 0 is the background and then LEVELS entries per ink. One buffer serves every
 * image (drawing is synchronous), so a build does not allocate a megabyte per page.
 */
const scanlines = Buffer.alloc(STRIDE * OG_HEIGHT);
class Canvas {
  constructor() {
    scanlines.fill(0);
  }

  stamp(mask: Mask, x: number, y: number, ink: Ink): void {
    const base = 1 + INK_NAMES.indexOf(ink) * LEVELS;
    for (let row = 0; row < mask.height; row++) {
      const canvasY = y + mask.top + row;
      if (canvasY < 0 || canvasY >= OG_HEIGHT) continue;
      for (let column = 0; column < mask.width; column++) {
        const canvasX = x + mask.left + column;
        if (canvasX < 0 || canvasX >= OG_WIDTH) continue;
        const coverage = mask.alpha[row * mask.width + column]!;
        if (coverage === 0) continue;
        const level = ((coverage * LEVELS + 127) / 255) | 0 || 1;
        const at = canvasY * STRIDE + 1 + canvasX;
        const current = scanlines[at]!;
        const currentLevel = current === 0 ? 0 : ((current - 1) % LEVELS) + 1;
        if (level > currentLevel) scanlines[at] = base + level - 1;
      }
    }
  }

  /** Draws one line with its baseline at `baseline`. */
  text(line: string, x: number, baseline: number, style: TextStyle): void {
    for (const { glyph, x: offset } of layout(line, style).glyphs) {
      const halves = Math.round((x + offset) * 2);
      const mask = glyphMask(style.weight, style.size, glyph, (halves % 2) as 0 | 1);
      if (mask) this.stamp(mask, Math.floor(halves / 2), baseline, style.ink);
    }
  }

  png(colours: LinkPreviewColours): Buffer {
    return indexedPng(OG_WIDTH, OG_HEIGHT, paletteOf(colours), scanlines);
  }
}

const SMALL_BOLD: Omit<TextStyle, 'ink'> = { weight: 700, size: 30, lineHeight: 1.2, maxLines: 1 };
const DESCRIPTION: TextStyle = { weight: 400, size: 30, lineHeight: 1.35, ink: 'description', maxLines: 3 };
const BAR = { width: 180, height: 10 };

/** Baseline of a line whose box starts at `top`: the em box (ascender to descender) centred in the line box. */
function baselineIn(top: number, style: TextStyle): number {
  const metrics = font(style.weight);
  const scale = style.size / metrics.unitsPerEm;
  const lineBox = style.size * style.lineHeight;
  return top + lineBox / 2 + ((metrics.ascender + metrics.descender) / 2) * scale;
}

let barMask: Mask | undefined;

/** Draws the image: site name at the top, the accent bar at the bottom, part + title + description centred between. */
export function renderOgImage(text: OgImageText): Buffer {
  const canvas = new Canvas();
  const siteStyle: TextStyle = { ...SMALL_BOLD, ink: 'siteName' };
  const eyebrowStyle: TextStyle = { ...SMALL_BOLD, ink: 'accent' };
  const titleLength = text.title.length;
  const titleStyle: TextStyle = { weight: 700, size: titleLength > 50 ? 58 : 70, lineHeight: 1.15, ink: 'title', maxLines: 3 };

  const siteLine = wrapLines(text.siteName, siteStyle)[0] ?? '';
  canvas.text(siteLine, PADDING_X, Math.round(baselineIn(PADDING_Y, siteStyle)), siteStyle);
  const barTop = OG_HEIGHT - PADDING_Y - BAR.height;
  barMask ??= rasterise(`M${BAR.height / 2} 0H${BAR.width - BAR.height / 2}A${BAR.height / 2} ${BAR.height / 2} 0 0 1 ${BAR.width - BAR.height / 2} ${BAR.height}H${BAR.height / 2}A${BAR.height / 2} ${BAR.height / 2} 0 0 1 ${BAR.height / 2} 0Z`, { x1: 0, y1: 0, x2: BAR.width, y2: BAR.height });
  if (barMask) canvas.stamp(barMask, PADDING_X, barTop, 'accent');

  const blocks = [
    { style: eyebrowStyle, lines: text.eyebrow ? wrapLines(text.eyebrow, eyebrowStyle) : [], gapAfter: 16 },
    { style: titleStyle, lines: wrapLines(text.title, titleStyle), gapAfter: 24 },
    { style: DESCRIPTION, lines: text.description ? wrapLines(text.description, DESCRIPTION) : [], gapAfter: 0 },
  ].filter((block) => block.lines.length > 0);
  const lineBox = (style: TextStyle) => style.size * style.lineHeight;
  const height = blocks.reduce((total, block, index) => total + block.lines.length * lineBox(block.style) + (index < blocks.length - 1 ? block.gapAfter : 0), 0);
  const spaceTop = PADDING_Y + lineBox(siteStyle);
  let top = spaceTop + Math.max(0, (barTop - spaceTop - height) / 2);
  blocks.forEach((block, index) => {
    for (const line of block.lines) {
      canvas.text(line, PADDING_X, Math.round(baselineIn(top, block.style)), block.style);
      top += lineBox(block.style);
    }
    if (index < blocks.length - 1) top += block.gapAfter;
  });
  return canvas.png(text.colours);
}

/** Ink of one character's mask at a whole and at a half pixel offset (for tests: both must be whole glyphs). */
export function glyphInk(character: string, weight: Weight, size: number): [number, number] {
  const glyph = font(weight).charToGlyph(character);
  return ([0, 1] as const).map((half) => glyphMask(weight, size, glyph, half)?.alpha.reduce((sum, value) => sum + value, 0) ?? 0) as [number, number];
}
