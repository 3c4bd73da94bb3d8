/** The part of opentype.js 2 (which ships no types) that the link-preview renderer uses. */
declare module 'opentype.js' {
  namespace opentype {
    interface BoundingBox {
      x1: number;
      y1: number;
      x2: number;
      y2: number;
    }
    interface PathCommand {
      type: 'M' | 'L' | 'Q' | 'C' | 'Z';
      x?: number;
      y?: number;
      x1?: number;
      y1?: number;
      x2?: number;
      y2?: number;
    }
    interface Path {
      commands: PathCommand[];
      getBoundingBox(): BoundingBox;
    }
    interface Glyph {
      index: number;
      advanceWidth?: number;
      getPath(x: number, y: number, fontSize: number): Path;
    }
    interface Font {
      unitsPerEm: number;
      ascender: number;
      descender: number;
      charToGlyph(character: string): Glyph;
      getKerningValue(left: Glyph, right: Glyph): number;
    }
  }
  const opentype: { parse(buffer: ArrayBuffer): opentype.Font };
  export default opentype;
}
