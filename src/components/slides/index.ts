/**
 * The MDX components of a chapter rendered as a presentation: the same blocks as in the
 * chapter, but plain headings (no copy-link, no ids) and visible speaker notes.
 */
import { mdxComponents } from '../../user-components';
import SlideH2 from './SlideH2.astro';
import SlideH3 from './SlideH3.astro';
import SlideNotes from './SlideNotes.astro';

export const slideComponents = { ...mdxComponents, h2: SlideH2, h3: SlideH3, Notes: SlideNotes };
