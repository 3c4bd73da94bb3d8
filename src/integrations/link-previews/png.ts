/**
 * An indexed-colour PNG (colour type 3, 8 bits per pixel) from a palette and ready
 * scanlines: the smallest encoder the link previews need, on Node's own zlib.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Signature, header and palette (a few hundred bytes, quick to make for every image). */
function head(width: number, height: number, palette: readonly Rgb[]): Buffer {
  const colours = Buffer.alloc(palette.length * 3);
  palette.forEach((colour, index) => colours.set(colour, index * 3));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', colours)]);
}

/**
 * `scanlines` holds per row a filter byte (0, none) and then one palette index per pixel.
 * Run-length deflate suits rows of one colour and is the fastest zlib mode.
 */
export function indexedPng(width: number, height: number, palette: readonly Rgb[], scanlines: Buffer): Buffer {
  const data = deflateSync(scanlines, { level: 1, strategy: constants.Z_RLE });
  return Buffer.concat([head(width, height, palette), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}
