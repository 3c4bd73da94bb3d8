/**
 * Diagrams authors can place in MDX by name (inside a <Figure>). Each is an Astro
 * component with an inline SVG that has a <title> and <desc> and reads its colours
 * from the design tokens (--playbook-diagram-*).
 *
 * Each has an English name; the Dutch names the content was written with stay as aliases,
 * so existing MDX keeps working.
 */
import FourQualities from './FourQualities.astro';
import SixInterventions from './SixInterventions.astro';
import TeamDayTimeline from './TeamDayTimeline.astro';

export const diagrams = {
  FourQualities,
  SixInterventions,
  TeamDayTimeline,
  VierEigenschappen: FourQualities,
  ZesInterventies: SixInterventions,
  TeamdagTijdlijn: TeamDayTimeline,
};
