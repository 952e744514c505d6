import "server-only";
// Which brands the public may see (RULES.md P1, M2): recognised at some level (highestLevel is
// null once every recognition is revoked) and not hidden by a severe revocation. Every public
// query starts from these `where` builders, so no page can forget one of the two conditions.
export const VISIBLE_BRAND = { highestLevel: { not: null }, hiddenFromShowcase: false } as const;

/** Notices stay public as records, except those of a brand that left the showcase (M2). */
export function visibleNotice() {
  return { application: { OR: [{ brandId: null }, { brand: { hiddenFromShowcase: false } }] } };
}
