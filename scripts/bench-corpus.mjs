#!/usr/bin/env node
// Turns the benchmark kit's generated corpus into a content folder the playbook builds from
// (the kit's playbook adapter calls this when it exists, so the kit keeps up with the
// content model):
//
//   npm run bench:corpus -- <corpus mdx dir> <content dir>
//
// Every <section>/<slug>.mdx becomes a chapter of part <section> (slug, part, order and
// updated added to its frontmatter), parts.yaml lists the sections, index.mdx becomes the
// home page. The tools' content files (content/tools/*.mdx) are copied, so the benchmark
// builds every tool page as the real site does; assessments are left out, because the real
// ones link to real chapters that the corpus replaces.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [source, destination] = process.argv.slice(2);
if (!source || !destination || !existsSync(source)) {
  console.error('usage: npm run bench:corpus -- <corpus mdx dir> <content dir>');
  process.exit(2);
}
rmSync(destination, { recursive: true, force: true });
for (const folder of ['chapters', 'pages', 'assessments', 'tools']) mkdirSync(join(destination, folder), { recursive: true });

const UPDATED = 'updated: 2026-11-23';
/** Adds lines at the end of a file's frontmatter. */
function withFrontmatter(text, lines) {
  const end = text.indexOf('\n---\n', 4);
  if (!text.startsWith('---\n') || end < 0) throw new Error('corpus page without frontmatter');
  return `${text.slice(0, end)}\n${lines.join('\n')}${text.slice(end)}`;
}

const sections = readdirSync(source, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
writeFileSync(
  join(destination, 'parts.yaml'),
  sections.map((section, index) => `- id: ${section}\n  title: ${section}\n  order: ${index + 1}\n  intro: Deel ${index + 1} van het testcorpus.\n`).join(''),
);
let chapters = 0;
for (const section of sections) {
  mkdirSync(join(destination, 'chapters', section), { recursive: true });
  const files = readdirSync(join(source, section)).filter((name) => name.endsWith('.mdx')).sort();
  files.forEach((name, index) => {
    const text = readFileSync(join(source, section, name), 'utf8');
    writeFileSync(join(destination, 'chapters', section, name), withFrontmatter(text, [`slug: ${name.replace(/\.mdx$/, '')}`, `part: ${section}`, `order: ${index + 1}`, UPDATED, 'slides: prose']));
    chapters++;
  });
}
const home = join(source, 'index.mdx');
if (existsSync(home)) writeFileSync(join(destination, 'pages', 'home.mdx'), withFrontmatter(readFileSync(home, 'utf8'), ['slug: home', UPDATED]));
if (existsSync('content/tools')) cpSync('content/tools', join(destination, 'tools'), { recursive: true });
// Tool data links to chapters (the waartoe check's reading list); the corpus has other
// chapters, so a link to a chapter it lacks points at its first chapter instead, as the build
// checks every such link. Links to tools and to existing pages stay.
const firstChapter = sections.length > 0 ? `/${sections[0]}/${readdirSync(join(source, sections[0])).filter((name) => name.endsWith('.mdx')).sort()[0]?.replace(/\.mdx$/, '')}/` : '/';
const corpusPaths = new Set(sections.flatMap((section) => readdirSync(join(source, section)).map((name) => `/${section}/${name.replace(/\.mdx$/, '')}/`)));
for (const name of existsSync(join(destination, 'tools')) ? readdirSync(join(destination, 'tools')) : []) {
  if (!name.endsWith('.yaml')) continue;
  const file = join(destination, 'tools', name);
  const text = readFileSync(file, 'utf8').replace(/^(\s*(?:path|link): )(\/[a-z0-9-]+\/[a-z0-9-]+\/)(#[\w-]*)?$/gm, (line, key, path) =>
    path.startsWith('/hulpmiddelen/') || corpusPaths.has(path) ? line : `${key}${firstChapter}`,
  );
  writeFileSync(file, text);
}
console.log(`bench:corpus: ${chapters} chapters in ${sections.length} parts, the tools' content -> ${destination}`);
