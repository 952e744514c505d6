import "server-only";
import { pushBrands } from "@/lib/server/services/pushes/push-brands";
import { recordPushOutcome } from "@/lib/server/services/pushes/record-push-outcome";
import { defineAction, type RevalidateTarget } from "./define-action";

// 择优推送 and its outcome (RULES.md F4, F5): the bureau's server actions. The "use server" file
// app/(portal)/bureau/brands/push-actions.ts only forwards to these.

/** Every page that shows a brand's level or pushes: the lists and every brand page of each area, and the dashboards. */
const BRAND_PAGES: RevalidateTarget[] = [
  { path: "/bureau/brands", type: "layout" },
  { path: "/new-city/brands", type: "layout" },
  { path: "/unit/brands", type: "layout" },
  "/bureau",
];

/** 推送至上一级: `{ brandIds, opinion }` — one brand from its page, several from the list. */
export const pushBrandsAction = defineAction({
  name: "push.create",
  permission: "brand:push",
  area: "bureau",
  run: pushBrands,
  revalidate: () => BRAND_PAGES,
});

/** 登记推送结果: `{ pushId, outcome, outcomeOn, issuingBody?, documentNo?, documentId?, note? }`. */
export const recordPushOutcomeAction = defineAction({
  name: "push.record-outcome",
  permission: "push:record-outcome",
  area: "bureau",
  run: recordPushOutcome,
  revalidate: () => BRAND_PAGES,
});

