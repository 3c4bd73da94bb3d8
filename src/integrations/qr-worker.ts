/**
 * The background half of the build's QR codes (see encodeInBackground in qr-codes.ts): run by
 * Node (which strips the types), it reads a JSON array of texts on stdin and prints one
 * JSON line `{ text, svg }` per text.
 */
import QRCode from 'qrcode';
import { QR_OPTIONS } from './qr-codes.ts';

// The build does not wait for this process: once it has ended, there is no one to answer.
process.stdout.on('error', () => process.exit(0));
let input = '';
for await (const chunk of process.stdin) input += chunk;
for (const text of JSON.parse(input) as string[]) {
  process.stdout.write(`${JSON.stringify({ text, svg: await QRCode.toString(text, QR_OPTIONS) })}\n`);
}
