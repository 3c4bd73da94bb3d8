/**
 * The MDX components of a chapter rendered as a presentation: the same blocks as in the
 * chapter, but plain headings (no copy-link, no ids) and visible speaker notes.
 */
import { mdxComponents } from '../user-components';
import SlideH2 from './SlideH2.astro';
import SlideH3 from './SlideH3.astro';
import SlideH4 from './SlideH4.astro';
import SlideNotes from './SlideNotes.astro';

// A slide may start in the middle of a section, after its h3: an h4 there would skip a level, so slides show it as an h3.
export const slideComponents = { ...mdxComponents, h2: SlideH2, h3: SlideH3, h4: SlideH4, Notes: SlideNotes };
