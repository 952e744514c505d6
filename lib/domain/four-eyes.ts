// The four-eyes rule (双人复核): an act proposed by one official takes effect only when a
// different official confirms it. Pure, so the revocation use case and its tests share it.

export type FourEyesCheck = { ok: true } | { ok: false; reason: "SAME_PERSON" | "NO_PROPOSER" };

/** May `confirmerId` confirm what `proposerId` proposed? Never the proposer, never an unknown proposal. */
export function checkFourEyes({ proposerId, confirmerId }: { proposerId: string | null | undefined; confirmerId: string }): FourEyesCheck {
  if (!proposerId) return { ok: false, reason: "NO_PROPOSER" };
  if (proposerId === confirmerId) return { ok: false, reason: "SAME_PERSON" };
  return { ok: true };
}
