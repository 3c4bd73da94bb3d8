import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it, vi } from 'vitest';
import { decodeQr } from '../support/qr';

const url = 'https://adviesplaybook.example/rol/vier-eigenschappen/';
const render = (svg: string) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, font: { loadSystemFonts: false } }).render().asPng());

describe('QR codes', () => {
  it('encode the URL, with an accessible name', async () => {
    vi.resetModules();
    const { qrSvg } = await import('../../src/integrations/qr-codes');
    const svg = await qrSvg(url, 'QR-code naar "Vier eigenschappen"');
    expect(svg).toContain('role="img" aria-label="QR-code naar &quot;Vier eigenschappen&quot;"');
    expect(decodeQr(render(svg))).toBe(url);
  });

  it('from the background process are the same codes as encoded in place', async () => {
    vi.resetModules();
    const inPlace = await (await import('../../src/integrations/qr-codes')).qrSvg(url, 'label');
    vi.resetModules();
    const { encodeInBackground, qrSvg } = await import('../../src/integrations/qr-codes');
    const other = 'https://adviesplaybook.example/trainers/';
    await encodeInBackground([url, other]);
    expect(await qrSvg(url, 'label')).toBe(inPlace);
    expect(decodeQr(render(await qrSvg(other, 'label')))).toBe(other);
  });
});
