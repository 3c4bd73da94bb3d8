/**
 * QR codes as SVG, made at build time by the `qrcode` library: nothing is requested from
 * any service. Medium error correction keeps the code readable on a creased handout.
 */
import QRCode from 'qrcode';

export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  // Give the picture an accessible name and let CSS size it.
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `).replace(/ width="\d+" height="\d+"/, '');
}
