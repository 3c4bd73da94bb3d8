/**
 * A balance dimension (two item sets, such as vragen and bieden) is scored and shown as two
 * ordinary dimensions, one per side: each side is a how-often scale of its own with its own
 * bands. Its difference is never judged: the two sets are not equated, and a difference of
 * two short scales is too unreliable to carry an outcome. The content schema turns each
 * side into a dimension with this id, and saved attempts that still hold the balance as one
 * entry are read the same way (history.ts), so old and new results compare per side.
 */
export function sideDimensionId(dimensionId: string, sideId: string): string {
  return `${dimensionId}-${sideId}`;
}
