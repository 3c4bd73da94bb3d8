/**
 * The background half of the link-preview images (see worker-pool.ts):
 * run by Node (which strips the types) with the cache folder as argument, it reads
 * `[{ key, text }]` as JSON on stdin, writes `<key>.png` for each that is not there yet
 * (the build may have drawn it meanwhile) and prints the key of each image it drew.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from './cache.ts';
import { renderOgImage, type OgImageText } from './rasterise.ts';

const dir = process.argv[2]!;
// The build does not wait for this process: once it has ended, there is no one to answer.
process.stdout.on('error', () => process.exit(0));
let input = '';
for await (const chunk of process.stdin) input += chunk;
for (const { key, text } of JSON.parse(input) as { key: string; text: OgImageText }[]) {
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) continue;
  writeAtomically(file, renderOgImage(text));
  process.stdout.write(`${key}\n`);
}
