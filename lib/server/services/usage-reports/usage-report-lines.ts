import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/server/db";
import { AppError, isAppError, type FieldErrors } from "@/lib/domain/app-error";
import { formatCalendarDate, parseCalendarDate, shanghaiToday } from "@/lib/domain/dates";
import { formatFenAsYuan } from "@/lib/domain/money";
import { COUNTED_REPORT_STATUSES } from "@/lib/domain/subsidy-workflow";
import { checkUsageReport, type PaymentMethodCode, type RuleFinding, type UsagePurposeCode } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { yuanToFen, type usageLineSchema } from "@/lib/schemas/usage-report";
import { assertBrandFile } from "@/lib/server/services/brand-files/read-brand-file";

// What submitting and resubmitting a use report share (not a use case itself): the S5–S8 check of
// the lines against what the share received, with each finding placed at its line's form field,
// the check of the voucher files, and the writing of the lines.

const u = messages.usageReports;

export type ParsedLine = z.output<typeof usageLineSchema>;

/** zod refused the input: VALIDATION with the form's field paths. */
export function invalidInput(error: z.ZodError): AppError {
  return new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(error) });
}

// The rule names a line's fields as its input does (date, amountFen); the form as its own.
const FORM_FIELD: Record<string, string> = { date: "spentOn", amountFen: "amount" };

function formFieldOf(field: string | undefined): string {
  if (!field) return "lines";
  const match = /^lines\.(\d+)\.(\w+)$/.exec(field);
  if (!match) return field;
  return `lines.${match[1]}.${FORM_FIELD[match[2]!] ?? match[2]}`;
}

/** The share's money as the rule needs it: the yuan paid so far, and the fen already reported. */
export async function shareBalance(tx: Tx, { shareId, excludeReportId }: { shareId: string; excludeReportId?: string }) {
  const payments = await tx.subsidyPayment.findMany({ where: { shareId }, select: { amount: true } });
  const reports = await tx.usageReport.findMany({
    where: { shareId, status: { in: [...COUNTED_REPORT_STATUSES] }, ...(excludeReportId ? { id: { not: excludeReportId } } : {}) },
    select: { totalFen: true },
  });
  return { paidYuan: payments.reduce((t, p) => t + p.amount, 0), previouslySpentFen: reports.reduce((t, r) => t + r.totalFen, 0) };
}

/**
 * S5–S8 on the parsed lines: purpose, no cash, not before the award date, not after today (in
 * Shanghai), and with what earlier reports counted, not above what the share received (used ≤
 * paid). Refused as VALIDATION with fieldErrors at `lines.N.<form field>` and the findings (rule
 * IDs) for the form; returns the lines in fen and their total.
 */
export function checkLines({
  lines,
  awardedOn,
  paidYuan,
  previouslySpentFen,
  now,
}: {
  lines: readonly ParsedLine[];
  awardedOn: Date | null;
  paidYuan: number;
  previouslySpentFen: number;
  now: Date;
}) {
  if (!awardedOn) throw new AppError({ code: "VALIDATION", message: u.errors.notAwarded });
  if (paidYuan <= 0) throw new AppError({ code: "VALIDATION", message: u.errors.nothingReceived });
  const inFen = lines.map((l) => ({ ...l, amountFen: yuanToFen(l.amount) }));
  const verdict = checkUsageReport({
    lines: inFen.map((l) => ({ date: l.spentOn, purpose: l.purpose, paymentMethod: l.paymentMethod, amountFen: l.amountFen, description: l.description })),
    awardDate: formatCalendarDate(awardedOn),
    share: paidYuan,
    previouslySpentFen,
    asOf: shanghaiToday(now),
  });
  if (verdict.failures.length > 0) {
    const findings: RuleFinding[] = verdict.failures.map((f) => {
      const field = formFieldOf(f.field);
      // The rule speaks of the share; what it was given is what the unit received (used ≤ paid).
      const message = field === "lines" && f.ruleId === "S8" ? u.errors.aboveReceived(formatFenAsYuan(verdict.spentFen), formatFenAsYuan(paidYuan * 100)) : f.message;
      return { ...f, field, message };
    });
    const fieldErrors: FieldErrors = {};
    for (const f of findings) (fieldErrors[f.field!] ??= []).push(f.message);
    throw new AppError({ code: "VALIDATION", message: findings[0]!.message, fieldErrors, findings });
  }
  return { lines: inFen, totalFen: inFen.reduce((t, l) => t + l.amountFen, 0) };
}

/** Each voucher a line names must be a USAGE_VOUCHER uploaded for this very share. */
export async function assertVouchers(tx: Tx, { lines, brandId, shareId }: { lines: readonly ParsedLine[]; brandId: string; shareId: string }) {
  const fieldErrors: FieldErrors = {};
  for (const [index, line] of lines.entries()) {
    if (!line.voucherId) continue;
    try {
      await assertBrandFile(tx, { fileId: line.voucherId, brandId, kind: "USAGE_VOUCHER", shareId });
    } catch (error) {
      if (!isAppError(error)) throw error;
      fieldErrors[`lines.${index}.voucherId`] = [u.errors.voucherNotFound];
    }
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError({ code: "VALIDATION", message: u.errors.voucherNotFound, fieldErrors });
}

/** The report's lines, in the order given. */
export async function createLines(tx: Tx, { reportId, lines }: { reportId: string; lines: readonly (ParsedLine & { amountFen: number })[] }) {
  await tx.usageLine.createMany({
    data: lines.map((l, position) => ({
      reportId,
      position,
      // Checked by the rule above: a real calendar date.
      spentOn: parseCalendarDate(l.spentOn)!,
      purpose: l.purpose as UsagePurposeCode,
      amountFen: l.amountFen,
      paymentMethod: l.paymentMethod as PaymentMethodCode,
      payee: l.payee,
      description: l.description ?? null,
      voucherId: l.voucherId ?? null,
    })),
  });
}
