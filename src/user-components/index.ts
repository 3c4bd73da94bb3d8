/**
 * The components authors can use in any chapter's MDX without importing them.
 * They are passed to every rendered chapter (see src/pages/[...path].astro).
 */
import BespreekSamen from './BespreekSamen.astro';
import Callout from './Callout.astro';
import AccessibilityContact from './AccessibilityContact.astro';
import IfOrganisation from './IfOrganisation.astro';
import OrganisationName from './OrganisationName.astro';
import Example from './Example.astro';
import Figure from './Figure.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Link from './Link.astro';
import Notes from './Notes.astro';
import PlayCard from './PlayCard.astro';
import Praktijk from './Praktijk.astro';
import ReadAloud from './ReadAloud.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';

import YourData from '../tools/your-data/YourDataSection.astro';
import ScormPackages from '../tools/scorm/ScormPackages.astro';
import { diagrams } from './diagrams';

export const mdxComponents = { a: Link, h2: H2, h3: H3, AccessibilityContact, BespreekSamen, Callout, IfOrganisation, OrganisationName, Example, Figure, Notes, PlayCard, Praktijk, ReadAloud, ScormPackages, Step, Steps, YourData, ...diagrams };
