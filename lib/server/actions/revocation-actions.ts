import "server-only";
import { confirmRevocation } from "@/lib/server/services/revocations/confirm-revocation";
import { proposeRevocation } from "@/lib/server/services/revocations/propose-revocation";
import { withdrawRevocation } from "@/lib/server/services/revocations/withdraw-revocation";
import { defineAction, type RevalidateTarget } from "./define-action";

// 撤销 (RULES.md M1–M3): the bureau's server actions. The "use server" file
// app/(portal)/bureau/revocations/actions.ts only forwards to these.

/** The revocation pages, and every brand page and list (a confirmation changes titles and levels). */
const REVOCATION_PAGES: RevalidateTarget[] = [
  { path: "/bureau/revocations", type: "layout" },
  { path: "/bureau/brands", type: "layout" },
  { path: "/new-city/brands", type: "layout" },
  { path: "/unit/brands", type: "layout" },
  "/bureau",
];

/** 提议撤销: `{ brandId, creditCode, reason, severe, facts, evidenceIds }`. */
export const proposeRevocationAction = defineAction({
  name: "revocation.propose",
  permission: "revocation:propose",
  area: "bureau",
  run: proposeRevocation,
  revalidate: () => REVOCATION_PAGES,
});

/** 复核确认撤销: `{ revocationId }` — a second official; irreversible. */
export const confirmRevocationAction = defineAction({
  name: "revocation.confirm",
  permission: "revocation:confirm",
  area: "bureau",
  run: confirmRevocation,
  revalidate: () => REVOCATION_PAGES,
});

/** 撤回撤销提议: `{ revocationId, comment }`. */
export const withdrawRevocationAction = defineAction({
  name: "revocation.withdraw",
  permission: "revocation:propose",
  area: "bureau",
  run: withdrawRevocation,
  revalidate: () => REVOCATION_PAGES,
});
