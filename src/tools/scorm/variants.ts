/**
 * The two packages per self-assessment. "completion" (the default) tells the platform only
 * that the learner started and finished; "outcome" also reports one objective per dimension.
 */
export const PACKAGE_VARIANTS = ['completion', 'outcome'] as const;
export type PackageVariant = (typeof PACKAGE_VARIANTS)[number];

/** Does this variant send scores to the platform? */
export const reportsObjectives = (variant: PackageVariant): boolean => variant === 'outcome';
