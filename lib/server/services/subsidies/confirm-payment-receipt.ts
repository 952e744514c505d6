import "server-only";
import { db } from "@/lib/server/db";
import { AppError, isAppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { confirmPaymentReceiptSchema } from "@/lib/schemas/subsidy";
import type { UseCase } from "@/lib/server/use-case";
import { paymentAggregate } from "@/lib/server/workflow/aggregates";
import { claimState } from "@/lib/server/workflow/claim-state";
import { findVisibleShare } from "../brands/find-visible-brand";
import { invalidInput, restale } from "./subsidy-errors";

const paymentNotFound = () => new AppError({ code: "NOT_FOUND", message: messages.subsidies.errors.paymentNotFound });

/**
 * 确认收款: a lead unit confirms it received one payment of its own share (S8: it sees only its
 * own money; any other payment is NOT_FOUND). The bureau is told.
 */
export async function confirmPaymentReceipt({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "subsidy:confirm-receipt");
  const parsed = confirmPaymentReceiptSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  try {
    return await db.$transaction(async (tx) => {
      const payment = await tx.subsidyPayment.findUnique({ where: { id: parsed.data.paymentId }, select: { id: true, status: true, shareId: true } });
      if (!payment) throw paymentNotFound();
      // Another unit's payment is "not found" (S8), as its share is; a missing scope stays FORBIDDEN.
      const share = await findVisibleShare(user, payment.shareId, tx).catch((error: unknown) => {
        throw isAppError(error) && error.code === "NOT_FOUND" ? paymentNotFound() : error;
      });
      const transition = await claimState(tx, {
        aggregate: paymentAggregate,
        user,
        ctx,
        now,
        action: "confirmReceipt",
        record: { id: payment.id, status: payment.status, brandId: share.brandId, brandName: share.award.brand.name, unitName: share.unitName },
        data: { confirmedAt: now, confirmedById: user.id },
        changes: { shareId: { to: share.id } },
      });
      return { paymentId: payment.id, shareId: share.id, brandId: share.brandId, status: transition.to };
    });
  } catch (error) {
    throw restale(error, "payment");
  }
}
