/**
 * What the content folder says, read straight from the files (not through the site's own
 * code), so tests compare the built site against an independent reading.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

export interface ContentChapter {
  file: string;
  title: string;
  path: string;
  part: string;
  order: number;
}

function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file} has no frontmatter`);
  return yaml.load(match[1]!) as Record<string, unknown>;
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : path.endsWith('.mdx') ? [path] : [];
  });
}

/** Every chapter and play, in reading order (parts by order, chapters by order). */
export function contentChapters(contentDir = 'content'): ContentChapter[] {
  const parts = yaml.load(readFileSync(join(contentDir, 'parts.yaml'), 'utf8')) as { id: string; order: number }[];
  const partOrder = new Map(parts.map((part) => [part.id, part.order]));
  return mdxFiles(join(contentDir, 'chapters'))
    .map((file) => {
      const data = frontmatter(file);
      return {
        file,
        title: String(data.title),
        part: String(data.part),
        order: Number(data.order),
        path: `/${String(data.part)}/${String(data.slug)}/`,
      };
    })
    .sort((a, b) => partOrder.get(a.part)! - partOrder.get(b.part)! || a.order - b.order);
}
