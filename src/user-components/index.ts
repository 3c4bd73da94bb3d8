/**
 * The components authors can use in any chapter's MDX without importing them.
 * They are passed to every rendered chapter (see src/pages/[...path].astro).
 */
import Callout from './Callout.astro';
import Example from './Example.astro';
import Figure from './Figure.astro';
import Link from './Link.astro';
import PlayCard from './PlayCard.astro';
import Praktijk from './Praktijk.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';

import { diagrams } from './diagrams';

export const mdxComponents = { a: Link, Callout, Example, Figure, PlayCard, Praktijk, Step, Steps, ...diagrams };
