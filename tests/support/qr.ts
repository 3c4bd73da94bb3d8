/** Decodes a QR code from a screenshot (PNG bytes), to check what a printed code points to. */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}
