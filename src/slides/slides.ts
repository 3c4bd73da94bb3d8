/**
 * A chapter's rendered HTML as slides, in one of two ways (the chapter's `slides` field):
 *
 * - key points (`buildKeyPointSlides`): the slides an editor wrote, a few short lines each;
 *   the text of the section each one names becomes its speaker notes, so the prose lives
 *   only in the chapter;
 * - the prose itself (`buildSlides`, `slides: prose`): one slide per h2, long sections split
 *   into continuation slides between blocks, never inside a callout, figure, example or step.
 *
 * Either way, speaker notes written in the MDX (<aside data-slide-notes>) go with the slide
 * whose text they stand in.
 *
 * Pure: works on Astro's own HTML output (quoted attributes, closed tags), no DOM.
 */
import type { KeyPointSlideData } from '../schemas/chapter';


export interface Slide {
  /** Inner HTML of the slide's heading. */
  headingHtml: string;
  /** The heading as plain text, for labels. */
  headingText: string;
  /** True for the second and later slide of one section. */
  continued: boolean;
  /** Top-level HTML blocks, in order. */
  blocks: string[];
  /** Inner HTML of the speaker notes that belong to this slide. */
  notes: string[];
  /**
   * More text than the budget: one block that may not be split (an example dialogue, a
   * callout) is larger than a slide. The deck sets such a slide in a smaller size, so it
   * still fits one screen and one printed page.
   */
  dense: boolean;
}

export interface SlideOptions {
  /** Heading for text that comes before the first h2. */
  introHeading: string;
  /** How much text fits on one slide, in characters of plain text. */
  budget?: number;
}

/** What a figure, callout or step costs on a slide, beyond its words. */
const BLOCK_EXTRA: [RegExp, number][] = [
  [/^<figure[^>]*class="diagram/, 520],
  [/^<figure/, 120],
  [/^<(div|aside|section)[^>]*class="(callout|praktijk)/, 120],
  [/^<(ul|ol)/, 60],
];

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Splits HTML into its top-level elements (and non-empty text runs). */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  const tag = /<!--[\s\S]*?-->|<\/?([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
  let depth = 0;
  let start = 0;
  let textStart = 0;
  const pushText = (end: number) => {
    const text = html.slice(textStart, end);
    if (text.trim()) blocks.push(text.trim());
  };
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [whole, rawName, attributes = ''] = match;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    const closing = whole.startsWith('</');
    const selfClosing = !closing && (VOID.has(name) || /\/\s*$/.test(attributes));
    if (closing) {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        blocks.push(html.slice(start, match.index + whole.length));
        textStart = match.index + whole.length;
      }
      continue;
    }
    if (depth === 0) {
      pushText(match.index);
      start = match.index;
    }
    if (selfClosing) {
      if (depth === 0) {
        blocks.push(whole);
        textStart = match.index + whole.length;
      }
      continue;
    }
    if (name === 'script' || name === 'style') {
      const end = html.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end === -1 ? html.length : end;
    }
    depth++;
  }
  if (depth === 0) pushText(html.length);
  else blocks.push(html.slice(start));
  return blocks;
}

export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How much room a block takes on a slide, in characters of text. */
export function blockWeight(block: string): number {
  const extra = BLOCK_EXTRA.find(([pattern]) => pattern.test(block))?.[1] ?? 0;
  return plainText(block).length + extra;
}

const isHeading = (block: string, level: 2 | 3) => new RegExp(`^<h${level}[\\s>]`, 'i').test(block);
const isNotes = (block: string) => /^<aside[^>]*\sdata-slide-notes/.test(block);
const innerHtml = (block: string) => block.replace(/^<[^>]+>/, '').replace(/<\/[a-zA-Z0-9]+>\s*$/, '');

/**
 * A list longer than the budget is split into shorter lists; numbered lists keep counting.
 * Everything else stays whole.
 */
function splitLongList(block: string, budget: number): string[] {
  const open = /^<(ul|ol)([^>]*)>/.exec(block);
  if (!open || blockWeight(block) <= budget) return [block];
  const [, name, attributes = ''] = open;
  const items = topLevelBlocks(innerHtml(block));
  if (items.length < 2) return [block];
  const chunks: string[][] = [[]];
  let weight = 0;
  for (const item of items) {
    const itemWeight = plainText(item).length;
    if (chunks.at(-1)!.length > 0 && weight + itemWeight > budget) {
      chunks.push([]);
      weight = 0;
    }
    chunks.at(-1)!.push(item);
    weight += itemWeight;
  }
  let counted = 0;
  return chunks.map((chunk) => {
    const start = name === 'ol' && counted > 0 ? ` start="${counted + 1}"` : '';
    counted += chunk.length;
    return `<${name}${attributes}${start}>${chunk.join('')}</${name}>`;
  });
}

export function buildSlides(html: string, options: SlideOptions): Slide[] {
  const budget = options.budget ?? 650;
  const sections: { headingHtml: string; blocks: string[] }[] = [];
  let current: (typeof sections)[number] = { headingHtml: options.introHeading, blocks: [] };
  for (const block of topLevelBlocks(html)) {
    if (isHeading(block, 2)) {
      if (current.blocks.length > 0) sections.push(current);
      current = { headingHtml: innerHtml(block).trim(), blocks: [] };
    } else if (isNotes(block)) {
      current.blocks.push(block);
    } else {
      current.blocks.push(...splitLongList(block, budget));
    }
  }
  if (current.blocks.length > 0) sections.push(current);

  const slides: Slide[] = [];
  for (const section of sections) {
    // An h3 stays with the block after it, so no slide ends on a heading.
    const units: string[][] = [];
    for (const block of section.blocks) {
      const previous = units.at(-1);
      if (isNotes(block)) {
        units.push([block]);
        continue;
      }
      if (previous && previous.length === 1 && isHeading(previous[0]!, 3)) previous.push(block);
      else units.push([block]);
    }
    const headingText = plainText(section.headingHtml);
    let slide: Slide = { headingHtml: section.headingHtml, headingText, continued: false, blocks: [], notes: [], dense: false };
    let weight = 0;
    for (const unit of units) {
      // Notes belong to the slide that shows the text they stand after.
      if (isNotes(unit[0]!)) {
        slide.notes.push(innerHtml(unit[0]!).trim());
        continue;
      }
      const unitWeight = unit.reduce((total, block) => total + blockWeight(block), 0);
      if (slide.blocks.length > 0 && weight + unitWeight > budget) {
        slides.push(slide);
        slide = { headingHtml: section.headingHtml, headingText, continued: true, blocks: [], notes: [], dense: false };
        weight = 0;
      }
      slide.blocks.push(...unit);
      weight += unitWeight;
      slide.dense = weight > budget;
    }
    slides.push(slide);
  }
  return slides;
}

/** The text before a chapter's first heading, as a key-point slide names it. */
export const INTRO_SECTION = 'intro';

interface Section {
  headingText: string;
  blocks: string[];
}

const headingOf = (block: string) => /^<h[23][^>]*\sdata-depth="(\d)"/.exec(block);
const sectionIdOf = (block: string) => /^<h[23][^>]*\sdata-section="([^"]*)"/.exec(block)?.[1];

/**
 * The chapter's sections by heading id (SlideHeading.astro marks them): an h2 runs to the next
 * h2, an h3 to the next h2 or h3, so a section holds its subsections. `intro` is the text
 * before the first heading.
 */
export function sectionsOf(html: string): Map<string, Section> {
  const blocks = topLevelBlocks(html);
  const depthAt = blocks.map((block) => Number(headingOf(block)?.[1] ?? 0));
  const sections = new Map<string, Section>();
  const firstHeading = depthAt.findIndex((depth) => depth > 0);
  sections.set(INTRO_SECTION, { headingText: '', blocks: blocks.slice(0, firstHeading === -1 ? blocks.length : firstHeading) });
  blocks.forEach((block, index) => {
    const id = sectionIdOf(block);
    const depth = depthAt[index]!;
    if (!id || depth === 0) return;
    const end = depthAt.findIndex((other, at) => at > index && other > 0 && other <= depth);
    sections.set(id, { headingText: plainText(innerHtml(block)), blocks: blocks.slice(index + 1, end === -1 ? blocks.length : end) });
  });
  return sections;
}

export interface KeyPointSlide {
  /** The section the slide names: its text is the speaker notes. */
  section: string;
  title: string;
  /** One line each, as plain text. */
  points: string[];
  /** The section's first figure, when the slide asks for it. */
  figureHtml?: string;
  /** Notes written for the trainer: the MDX's <Notes> in the section, or the slide's own `notes`. */
  notes: string[];
  /** The section's text (its figures left out), for the speaker; empty when the slide has its own notes. */
  proseHtml: string;
}

const isFigure = (block: string) => /^<figure[\s>]/.test(block);

/**
 * The key-point slides an editor wrote, in order, each with its section's text as notes.
 * A section that does not exist gives a slide without notes; src/data/slides.ts fails the
 * build on it first, naming the file and the field.
 */
export function buildKeyPointSlides(html: string, authored: readonly KeyPointSlideData[]): KeyPointSlide[] {
  const sections = sectionsOf(html);
  return authored.map((slide) => {
    const section = sections.get(slide.section) ?? { headingText: slide.section, blocks: [] };
    const ownNotes = slide.notes?.split(/\n\s*\n/).map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`);
    return {
      section: slide.section,
      title: slide.title ?? section.headingText,
      points: [...slide.points],
      figureHtml: slide.figure ? section.blocks.find(isFigure) : undefined,
      ...(ownNotes ? { notes: ownNotes, proseHtml: '' } : speakerNotes(section.blocks)),
    };
  });
}

/** A section's blocks as speaker notes: the trainer's own <Notes>, and the text without its figures. */
export function speakerNotes(blocks: readonly string[]): { notes: string[]; proseHtml: string } {
  return {
    notes: blocks.filter(isNotes).map((block) => innerHtml(block).trim()),
    proseHtml: blocks.filter((block) => !isNotes(block) && !isFigure(block)).join('\n'),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
