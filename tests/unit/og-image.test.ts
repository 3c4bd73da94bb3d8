import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { glyphInk, OG_HEIGHT, OG_WIDTH, renderOgImage, type OgImageText } from '../../src/integrations/link-previews/rasterise';

const page: OgImageText = {
  eyebrow: 'De rol van de adviseur',
  title: 'Vier eigenschappen van een goede adviseur',
  description: 'Wat een adviseur doet voordat hij een antwoord geeft.',
  siteName: 'Adviesplaybook',
  colours: { background: '#0b5c6b', text: '#ffffff', accent: '#a8e0d0' },
};
const decode = (png: Buffer) => PNG.sync.read(png);
const BACKGROUND = [0x0b, 0x5c, 0x6b];
/** Pixels (x, y) in a horizontal band whose colour differs between two decoded images. */
function differingPixels(a: PNG, b: PNG, top = 0, bottom = OG_HEIGHT): number {
  let count = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < OG_WIDTH; x++) {
      const at = (y * OG_WIDTH + x) * 4;
      if (a.data[at] !== b.data[at] || a.data[at + 1] !== b.data[at + 1] || a.data[at + 2] !== b.data[at + 2]) count++;
    }
  }
  return count;
}
function inkedPixels(image: PNG): number {
  let count = 0;
  for (let at = 0; at < image.data.length; at += 4) if (image.data[at] !== BACKGROUND[0] || image.data[at + 1] !== BACKGROUND[1] || image.data[at + 2] !== BACKGROUND[2]) count++;
  return count;
}

describe('link-preview images', () => {
  it('are valid 1200 × 630 PNGs on the site colour with visible text', () => {
    const image = decode(renderOgImage(page));
    expect([image.width, image.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    expect([...image.data.subarray(0, 3)]).toEqual(BACKGROUND);
    // Text covers a few percent of the picture, not nothing and not everything.
    const share = inkedPixels(image) / (OG_WIDTH * OG_HEIGHT);
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.3);
  });

  it('change when the title changes, and only where the text is', () => {
    const before = decode(renderOgImage(page));
    const after = decode(renderOgImage({ ...page, title: 'Vier eigenschappen van een sterke adviseur' }));
    expect(differingPixels(before, after)).toBeGreaterThan(500);
    // The site name at the top and the margins stay the same.
    expect(differingPixels(before, after, 0, 120)).toBe(0);
  });

  it('take the colours they are given (an organisation’s header colours)', () => {
    const themed = decode(renderOgImage({ ...page, colours: { background: '#fffdf5', text: '#2d5016', accent: '#5e7a4a' } }));
    expect([...themed.data.subarray(0, 3)]).toEqual([0xff, 0xfd, 0xf5]);
    // The title is drawn in full ink of the text colour somewhere.
    let fullInk = 0;
    for (let at = 0; at < themed.data.length; at += 4) if (themed.data[at] === 0x2d && themed.data[at + 1] === 0x50 && themed.data[at + 2] === 0x16) fullInk++;
    expect(fullInk).toBeGreaterThan(1000);
    expect(inkedPixels(decode(renderOgImage(page)))).toBeGreaterThan(0);
  });

  it('change when the part or the description changes', () => {
    const base = decode(renderOgImage(page));
    expect(differingPixels(base, decode(renderOgImage({ ...page, eyebrow: 'Gesprekken voeren' })))).toBeGreaterThan(200);
    expect(differingPixels(base, decode(renderOgImage({ ...page, description: 'Een andere samenvatting van dit hoofdstuk.' })))).toBeGreaterThan(200);
  });

  it('draw every letter whole, at whole and half pixel positions, in every size used', () => {
    // Each glyph is drawn once per size and half-pixel offset; a broken outline (opentype.js
    // once wrote NaN into some) lost most of a letter in one of the two.
    const broken: string[] = [];
    for (const [weight, size] of [[700, 70], [700, 58], [700, 30], [400, 30]] as const) {
      for (const character of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éëïóü?!,.-…') {
        const [whole, half] = glyphInk(character, weight, size);
        if (whole === 0 || Math.abs(whole - half) / whole > 0.05) broken.push(`${character} ${weight} ${size}px: ${whole} vs ${half}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('are the same bytes for the same text (a build is reproducible)', () => {
    expect(renderOgImage(page).equals(renderOgImage({ ...page }))).toBe(true);
  });

  it('keep a very long title and description inside the picture', () => {
    const long = decode(renderOgImage({ ...page, title: 'Lang '.repeat(60), description: 'Heel lange beschrijving '.repeat(20) }));
    // Nothing drawn in the bottom margin below the accent bar, nor in the right margin.
    let outside = 0;
    for (let y = 0; y < OG_HEIGHT; y++) {
      for (let x = 0; x < OG_WIDTH; x++) {
        if (y < OG_HEIGHT - 60 && x < OG_WIDTH - 60) continue;
        const at = (y * OG_WIDTH + x) * 4;
        if (long.data[at] !== BACKGROUND[0] || long.data[at + 1] !== BACKGROUND[1] || long.data[at + 2] !== BACKGROUND[2]) outside++;
      }
    }
    expect(outside).toBe(0);
  });

  describe('cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('serves a changed title a new image, not the cached one', async () => {
      vi.stubEnv('CACHE_DIR', dir);
      vi.resetModules();
      const { ogImage } = await import('../../src/integrations/link-previews/cache');
      const first = await ogImage(page);
      expect((await ogImage(page)).equals(first)).toBe(true);
      const changed = await ogImage({ ...page, title: 'Een andere titel' });
      expect(changed.equals(first)).toBe(false);
      expect(readdirSync(join(dir, 'og-images'))).toHaveLength(2);
      vi.unstubAllEnvs();
    });

    it('takes the images drawn by the background process, the same as drawn in place', async () => {
      const backgroundDir = mkdtempSync(join(tmpdir(), 'og-background-'));
      vi.stubEnv('CACHE_DIR', backgroundDir);
      vi.resetModules();
      const { ogImage } = await import('../../src/integrations/link-previews/cache');
      const { drawInBackground } = await import('../../src/integrations/link-previews/worker-pool');
      const texts = [page, { ...page, title: 'Nog een titel' }];
      // The worker (a separate Node process running src/integrations/link-previews/worker.ts) draws both.
      expect(await drawInBackground(texts)).toBe(2);
      expect(readdirSync(join(backgroundDir, 'og-images'))).toHaveLength(2);
      const images = await Promise.all(texts.map((text) => ogImage(text)));
      images.forEach((image, index) => expect(image.equals(renderOgImage(texts[index]!))).toBe(true));
      // Nothing left to draw the second time.
      expect(await drawInBackground(texts)).toBe(0);
      vi.unstubAllEnvs();
      rmSync(backgroundDir, { recursive: true, force: true });
    });
  });
});
