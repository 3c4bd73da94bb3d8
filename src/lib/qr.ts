/**
 * QR codes as SVG, made at build time by the `qrcode` library: nothing is requested from
 * any service. Medium error correction keeps the code readable on a creased handout.
 * The same URL is encoded twice per page (the printed header and /qr/<path>.svg), and the
 * encoding (choosing the best of eight masks) is the costly part, so each URL is encoded
 * once, and during a build in a separate process (src/lib/qr-worker.ts) while this one
 * renders pages.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import QRCode from 'qrcode';

export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } } as const;

const encoded = new Map<string, Promise<string>>();

function plainSvg(text: string): Promise<string> {
  let svg = encoded.get(text);
  if (!svg) {
    svg = QRCode.toString(text, QR_OPTIONS);
    encoded.set(text, svg);
  }
  return svg;
}

/**
 * Encodes these texts in a separate Node process; `qrSvg` waits for its answers. What the
 * process does not answer (it failed, or is missing) is encoded here.
 */
export function encodeInBackground(texts: readonly string[]): void {
  const worker = join(process.cwd(), 'src/lib/qr-worker.ts');
  const missing = [...new Set(texts)].filter((text) => !encoded.has(text));
  if (missing.length === 0 || !existsSync(worker)) return;
  const waiting = new Map<string, (svg: string | undefined) => void>();
  for (const text of missing) {
    encoded.set(
      text,
      new Promise<string | undefined>((resolve) => waiting.set(text, resolve)).then((svg) => svg ?? QRCode.toString(text, QR_OPTIONS)),
    );
  }
  const finishAll = () => {
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
  };
  const child = spawn(process.execPath, [worker], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.on('error', finishAll);
  child.on('exit', finishAll);
  createInterface({ input: child.stdout }).on('line', (line) => {
    const { text, svg } = JSON.parse(line) as { text: string; svg: string };
    waiting.get(text)?.(svg);
    waiting.delete(text);
  });
  child.stdin.end(JSON.stringify(missing));
}

export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await plainSvg(text);
  // Give the picture an accessible name and let CSS size it.
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `).replace(/ width="\d+" height="\d+"/, '');
}
