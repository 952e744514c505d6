import type { ActionResult } from "@/lib/domain/app-error";
import type { BrandDetail } from "@/lib/server/services/brands/get-brand";

export type { BrandDetail };

/** A server action as the brand page's forms receive it (forwarded from the area's "use server" file). */
export type BrandAction<T = unknown> = (input: unknown) => Promise<ActionResult<T>>;

/**
 * The actions an area hands to the brand page: the bureau's (push, outcomes, awards, payments,
 * report reviews) or a unit's (confirm receipt, file reports). A new city hands none: read-only.
 */
export type BrandActions = {
  pushBrands?: BrandAction;
  recordPushOutcome?: BrandAction;
  approveAward?: BrandAction;
  allocateAward?: BrandAction;
  recordPayment?: BrandAction;
  confirmPaymentReceipt?: BrandAction;
  submitUsageReport?: BrandAction;
  resubmitUsageReport?: BrandAction;
  reviewUsageReport?: BrandAction;
};
