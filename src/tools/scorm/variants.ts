/**
 * The packages per self-assessment. "completion" (the default) tells the platform only
 * that the learner started and finished; "outcome" also reports per dimension the band it
 * falls in (objectives.ts), never a score, and only when the respondent chooses to send it
 * on the result screen (relay.ts). No package keeps answers or progress in the
 * platform: they stay on the device (runtime.ts clears what older packages left).
 * A teamscan has the completion package only: its scores are one member's view of their
 * team, and in a platform they would sit beside that member's name, in a group near the
 * minimum size (src/tools/team-profile/privacy.ts).
 */
export const PACKAGE_VARIANTS = ['completion', 'outcome'] as const;
export type PackageVariant = (typeof PACKAGE_VARIANTS)[number];

/** Does this variant send the band per dimension to the platform? */
export const reportsObjectives = (variant: PackageVariant): boolean => variant === 'outcome';

/** The packages an assessment of this kind gets. */
export function variantsFor(kind: 'zelfscan' | 'teamscan'): readonly PackageVariant[] {
  return kind === 'teamscan' ? ['completion'] : PACKAGE_VARIANTS;
}
