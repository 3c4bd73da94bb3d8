/**
 * The background half of the link-preview images (see drawInBackground in og-image.ts):
 * run by Node (which strips the types) with the cache folder as argument, it reads
 * `[{ key, text }]` as JSON on stdin, writes `<key>.png` for each and prints the key when
 * the file is complete.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderOgImage, type OgImageText } from './og-image.ts';

const dir = process.argv[2]!;
let input = '';
for await (const chunk of process.stdin) input += chunk;
const jobs = JSON.parse(input) as { key: string; text: OgImageText }[];
mkdirSync(dir, { recursive: true });
for (const { key, text } of jobs) {
  const file = join(dir, `${key}.png`);
  // Written under another name first, so a reader never sees half a file.
  writeFileSync(`${file}.${process.pid}.tmp`, renderOgImage(text));
  renameSync(`${file}.${process.pid}.tmp`, file);
  process.stdout.write(`${key}\n`);
}
