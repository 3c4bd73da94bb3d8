/**
 * Diagrams authors can place in MDX by name (inside a <Figure>). Each is an Astro
 * component with an inline SVG that has a <title> and <desc> and reads its colours
 * from the design tokens (--playbook-diagram-*).
 */
import VierEigenschappen from './VierEigenschappen.astro';
import TeamdagTijdlijn from './TeamdagTijdlijn.astro';
import ZesInterventies from './ZesInterventies.astro';

export const diagrams = {
  VierEigenschappen,
  TeamdagTijdlijn,
  ZesInterventies,
};
