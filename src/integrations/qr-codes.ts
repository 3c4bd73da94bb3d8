/**
 * QR codes as SVG, made at build time by the `qrcode` library: nothing is requested from
 * any service. Medium error correction keeps the code readable on a creased handout.
 * The same URL is encoded twice per page (the printed header and /qr/<path>.svg), and the
 * encoding (choosing the best of eight masks) is the costly part, so each URL is encoded
 * once, and during a build mostly in a separate process (qr-worker.ts) while this
 * one renders pages.
 */
import QRCode from 'qrcode';
import { backgroundWorker, runInBackground } from './background-process.ts';

export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } } as const;

const encoded = new Map<string, Promise<string>>();
/** Answers of the background process that no page has asked for yet. */
const answered = new Map<string, string>();

function plainSvg(text: string): Promise<string> {
  let svg = encoded.get(text);
  if (!svg) {
    // Never wait for the background process: what it has not answered yet is encoded here.
    const ready = answered.get(text);
    svg = ready === undefined ? QRCode.toString(text, QR_OPTIONS) : Promise.resolve(ready);
    answered.delete(text);
    encoded.set(text, svg);
  }
  return svg;
}

/**
 * Encodes these texts in a separate Node process, from the last to the first, while the
 * pages ask for them from the first: `qrSvg` takes an answer when there is one and encodes
 * in place when there is not, so nobody waits and little is encoded twice.
 */
export function encodeInBackground(texts: readonly string[]): Promise<void> {
  const worker = backgroundWorker('src/integrations/qr-worker.ts');
  const missing = [...new Set(texts)].filter((text) => !encoded.has(text));
  if (missing.length === 0 || !worker) return Promise.resolve();
  return runInBackground(worker, [], JSON.stringify(missing.reverse()), (line) => {
    const { text, svg } = JSON.parse(line) as { text: string; svg: string };
    if (!encoded.has(text)) answered.set(text, svg);
  });
}

export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await plainSvg(text);
  // Give the picture an accessible name and let CSS size it.
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `).replace(/ width="\d+" height="\d+"/, '');
}
