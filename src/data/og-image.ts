/**
 * Link-preview images (Open Graph, 1200 × 630 PNG), drawn at build time: satori lays out
 * the text, resvg turns it into a PNG. The font is a self-hosted copy of Noto Sans, so
 * nothing is fetched. Results are cached on disk by their content, so unchanged pages cost
 * nothing on the next build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

const cacheDir = join(process.env.CACHE_DIR ?? 'node_modules/.astro', 'og-images');

export interface OgImageText {
  /** Small line above the title: the part, or the kind of page. */
  eyebrow: string;
  title: string;
  description: string;
  siteName: string;
}

const h = (type: string, style: Record<string, unknown>, children: unknown) => ({ type, props: { style, children } });

export async function ogImage(text: OgImageText): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify(text)).digest('hex').slice(0, 24);
  const cached = join(cacheDir, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);

  fonts ??= [
    { name: 'Noto Sans', data: fontFile(400), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: fontFile(700), weight: 700, style: 'normal' },
  ];
  const title = text.title.length > 90 ? `${text.title.slice(0, 88)}…` : text.title;
  const description = text.description.length > 160 ? `${text.description.slice(0, 158)}…` : text.description;
  const svg = await satori(
    h(
      'div',
      { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#0b5c6b', color: '#ffffff', fontFamily: 'Noto Sans' },
      [
        h('div', { display: 'flex', fontSize: 30, fontWeight: 700, opacity: 0.9 }, text.siteName),
        h('div', { display: 'flex', flexDirection: 'column' }, [
          h('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#a8e0d0', marginBottom: 16 }, text.eyebrow),
          h('div', { display: 'flex', fontSize: title.length > 50 ? 58 : 70, fontWeight: 700, lineHeight: 1.15 }, title),
          h('div', { display: 'flex', fontSize: 30, marginTop: 24, lineHeight: 1.35, color: '#dcebee' }, description),
        ]),
        h('div', { display: 'flex', height: 10, width: 180, background: '#a8e0d0', borderRadius: 5 }, ''),
      ],
    ) as never,
    { width: 1200, height: 630, fonts },
  );
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
