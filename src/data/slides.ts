/**
 * Key-point slides name the chapter section whose text becomes their speaker notes
 * (`slides[].section`, see src/schemas/chapter.ts). The schema sees only frontmatter; this
 * checks each name against the chapter's headings and fails the build with file, field and
 * the ids that exist.
 */
import { getCollection, render } from 'astro:content';
import { ContentError } from '../schemas/report';
import { INTRO_SECTION } from '../slides/slides';

let checked: Promise<void> | undefined;

/** Checks every chapter of both languages once per build. */
export function checkSlideSections(): Promise<void> {
  checked ??= check();
  return checked;
}

async function check(): Promise<void> {
  const problems: string[] = [];
  for (const entry of await getCollection('chapters')) {
    const { slides } = entry.data;
    if (slides === 'prose') continue;
    const { headings } = await render(entry);
    const ids = headings.filter((heading) => heading.depth === 2 || heading.depth === 3).map((heading) => heading.slug);
    slides.forEach((slide, index) => {
      if (slide.section === INTRO_SECTION || ids.includes(slide.section)) return;
      problems.push(
        `${entry.filePath ?? entry.id}: field "slides.${index}.section": no heading with id "${slide.section}" in this chapter; expected "${INTRO_SECTION}" or one of ${ids.map((id) => `"${id}"`).join(', ')}`,
      );
    });
  }
  if (problems.length > 0) throw new ContentError(`Slides that name a section the chapter does not have:\n${problems.join('\n')}`);
}
