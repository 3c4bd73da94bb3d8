/**
 * The packages per self-assessment. "completion" (the default) tells the platform only
 * that the learner started and finished; "outcome" also reports one objective per dimension.
 * A teamscan has the completion package only: its scores are one member's view of their
 * team, and in a platform they would sit beside that member's name, in a group near the
 * minimum size (src/tools/team-profile/privacy.ts).
 */
export const PACKAGE_VARIANTS = ['completion', 'outcome'] as const;
export type PackageVariant = (typeof PACKAGE_VARIANTS)[number];

/** Does this variant send scores to the platform? */
export const reportsObjectives = (variant: PackageVariant): boolean => variant === 'outcome';

/** The packages an assessment of this kind gets. */
export function variantsFor(kind: 'zelfscan' | 'teamscan'): readonly PackageVariant[] {
  return kind === 'teamscan' ? ['completion'] : PACKAGE_VARIANTS;
}

/**
 * Whether the package keeps a learner's unfinished answers in the platform (cmi.suspend_data),
 * so they can continue elsewhere. Only the "outcome" package of a self-scan, which says so
 * before the first question: a package that promises completion only sends nothing but
 * completion, so its progress stays on the device, as on the public site. Never a teamscan:
 * its answers would sit beside the member's name.
 */
export function keepsProgressOnPlatform(kind: 'zelfscan' | 'teamscan', variant: PackageVariant): boolean {
  return kind !== 'teamscan' && variant === 'outcome';
}
