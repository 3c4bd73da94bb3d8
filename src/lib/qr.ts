/**
 * QR codes as SVG, made at build time by the `qrcode` library: nothing is requested from
 * any service. Medium error correction keeps the code readable on a creased handout.
 * The same URL is encoded twice per page (the printed header and /qr/<path>.svg), and the
 * encoding (choosing the best of eight masks) is the costly part, so each URL is encoded once.
 */
import QRCode from 'qrcode';

const encoded = new Map<string, Promise<string>>();

function plainSvg(text: string): Promise<string> {
  let svg = encoded.get(text);
  if (!svg) {
    svg = QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
    encoded.set(text, svg);
  }
  return svg;
}

export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await plainSvg(text);
  // Give the picture an accessible name and let CSS size it.
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `).replace(/ width="\d+" height="\d+"/, '');
}
