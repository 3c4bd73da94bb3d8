/**
 * The components authors can use in any chapter's MDX without importing them.
 * They are passed to every rendered chapter (see src/pages/[...path].astro).
 * Each has an English name; the Dutch names the content was written with (`Praktijk`,
 * `BespreekSamen`) stay as aliases, so existing MDX keeps working.
 */
import Callout from './Callout.astro';
import Discussion from './Discussion.astro';
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
import Practice from './Practice.astro';
import ReadAloud from './ReadAloud.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';
import Table from './Table.astro';

import YourData from '../tools/your-data/YourDataSection.astro';
import ScormPackages from '../tools/scorm/ScormPackages.astro';
import { diagrams } from './diagrams';

export const mdxComponents = {
  a: Link,
  h2: H2,
  h3: H3,
  AccessibilityContact,
  table: Table,
  Callout,
  Discussion,
  Example,
  Figure,
  IfOrganisation,
  Notes,
  OrganisationName,
  PlayCard,
  Practice,
  ReadAloud,
  ScormPackages,
  Step,
  Steps,
  YourData,
  ...diagrams,
  BespreekSamen: Discussion,
  Praktijk: Practice,
};
