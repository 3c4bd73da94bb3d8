/**
 * Starts drawing the link-preview images when the build starts, not when Astro reaches the
 * og route: that route comes early among the routes, so a process started there has barely
 * begun when the route wants the images, and the build draws most of them itself. Started
 * here, the background process works while Vite bundles (about 2 s on a 2-core machine)
 * and the route finds the images ready in the cache.
 *
 * Astro's content layer is not loaded yet at that point, so the titles come straight from
 * the chapters' frontmatter. Nothing depends on this being right: an image whose text
 * differs from the route's (a file the schema would reject, a title it would change) simply
 * is not in the cache, and the route draws it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import yaml from 'js-yaml';
import { CONTENT_DIR } from '../../content-dir';
import { strings } from '../../i18n';
import { linkPreviewColours, siteName } from '../../data/organisation';
import { chapterPath, pathParam } from '../../lib/urls';
import { readPartsFile } from '../../schemas/parts-file';
import { linkPreviewTexts, type LinkPreviewChapter } from './rasterise';
import { drawInBackground } from './worker-pool';

/** Chapters as their files state them; files that cannot be read are left to the build to report. */
function chaptersFromFiles(contentDir: string): LinkPreviewChapter[] {
  const partTitles = new Map(readPartsFile(join(contentDir, 'parts.yaml')).map((part) => [part.id, part.title]));
  const dir = join(contentDir, 'chapters');
  const chapters: LinkPreviewChapter[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const end = text.indexOf('\n---', 4);
    if (!text.startsWith('---') || end < 0) continue;
    try {
      const data = yaml.load(text.slice(4, end)) as Record<string, unknown>;
      const { title, description, part, slug } = data;
      if ([title, description, part, slug].some((value) => typeof value !== 'string')) continue;
      const partTitle = partTitles.get(part as string);
      if (partTitle === undefined) continue;
      chapters.push({
        path: pathParam(chapterPath(part as string, slug as string)),
        partTitle,
        title: (title as string).trim(),
        description: (description as string).trim(),
      });
    } catch {
      continue;
    }
  }
  return chapters;
}

export function linkPreviewsEarly(): AstroIntegration {
  return {
    name: 'adviesplaybook:link-previews-early',
    hooks: {
      'astro:build:start': () => {
        try {
          void drawInBackground(linkPreviewTexts({ ...strings(), siteName: siteName(), colours: linkPreviewColours() }, chaptersFromFiles(CONTENT_DIR)).map(({ text }) => text));
        } catch {
          // Unreadable parts.yaml or chapters folder: the content layer reports it properly.
        }
      },
    },
  };
}
