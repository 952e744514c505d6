import "server-only";
import { db } from "@/lib/server/db";
import { AppError, isAppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { formatCalendarDate, parseCalendarDate, storedDateOf } from "@/lib/domain/dates";
import { formatYuan } from "@/lib/domain/money";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { recordPaymentSchema } from "@/lib/schemas/subsidy";
import { writeAudit } from "@/lib/server/audit";
import { notifyParties } from "@/lib/server/notify";
import type { UseCase } from "@/lib/server/use-case";
import { assertBrandFile } from "../brand-files/read-brand-file";
import { findVisibleShare } from "../brands/find-visible-brand";
import { invalidField, invalidInput } from "./subsidy-errors";

const s = messages.subsidies;

/**
 * 登记拨付 (S2, S3): the bureau records one payment of a lead unit's share of an allocated award,
 * with its date (not before the award date, not in the future), amount (positive integer yuan, at
 * most what is still unpaid of the share), voucher number and uploaded voucher. Several partial
 * payments are allowed, never above the share — also when two are recorded at once. The unit is
 * told, when it has an account.
 */
export async function recordPayment({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "subsidy:record-payment");
  const parsed = recordPaymentSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { shareId, paidOn: paidOnText, amount, voucherNo, voucherId } = parsed.data;
  const paidOn = parseCalendarDate(paidOnText);
  if (!paidOn) throw invalidField("paidOn", s.errors.paidOnInvalid);
  if (paidOn > storedDateOf(now)) throw invalidField("paidOn", s.errors.paidOnFuture);

  return db.$transaction(async (tx) => {
    const share = await findVisibleShare(user, shareId, tx);
    const award = share.award;
    if (award.status !== "ALLOCATED") throw new AppError({ code: "RULE_VIOLATION", message: s.errors.notAllocated });
    if (award.awardedOn && paidOn < award.awardedOn) throw invalidField("paidOn", s.errors.paidOnBeforeAward(formatCalendarDate(award.awardedOn)));
    try {
      await assertBrandFile(tx, { fileId: voucherId, brandId: share.brandId, kind: "PAYMENT_VOUCHER", shareId: share.id });
    } catch (error) {
      if (isAppError(error) && error.code === "NOT_FOUND") throw invalidField("voucherId", s.errors.voucherInvalid);
      throw error;
    }

    // Serialise payments of one share before re-summing them: this write of the share's own row
    // (its value unchanged) takes the row lock on PostgreSQL, so a concurrent payment of the same
    // share waits here until this transaction ends and then sums the committed payments, instead
    // of both reading the same total and together paying above the share. (SQLite serialises
    // writing transactions anyway.)
    await tx.subsidyShare.updateMany({ where: { id: share.id }, data: { amount: share.amount } });
    const paid = (await tx.subsidyPayment.aggregate({ where: { shareId: share.id }, _sum: { amount: true } }))._sum.amount ?? 0;
    const unpaid = share.amount - paid;
    if (amount > unpaid) throw invalidField("amount", s.errors.paymentAboveShare(formatYuan(unpaid)));

    const payment = await tx.subsidyPayment.create({ data: { shareId: share.id, paidOn, amount, voucherNo, voucherId, recordedById: user.id } });
    await writeAudit(tx, {
      actor: user,
      ctx,
      at: now,
      action: "payment.record",
      entityType: "Brand",
      entityId: share.brandId,
      toState: "RECORDED",
      // changes.shareId lets the brand page hide this row from the other lead units (S8).
      changes: {
        shareId: { to: share.id },
        paymentId: { to: payment.id },
        paidOn: { to: paidOnText },
        amount: { to: amount },
        voucherNo: { to: voucherNo },
        voucherId: { to: voucherId },
        paid: { from: paid, to: paid + amount },
      },
    });
    if (share.unitId) {
      await notifyParties(tx, {
        parties: ["unit"],
        unitId: share.unitId,
        newCityId: "",
        message: { title: s.notify.title(award.brand.name, s.notify.paidWhat), body: s.notify.paid(formatYuan(amount), paidOnText), link: `/portal/brands/${share.brandId}` },
      });
    }
    return { paymentId: payment.id, shareId: share.id, brandId: share.brandId, paid: paid + amount, unpaid: unpaid - amount };
  });
}
