import "server-only";
import { AppError, isAppError } from "@/lib/domain/app-error";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { RuleFinding } from "@/lib/eligibility";
import type { z } from "zod";

const e = messages.subsidies.errors;

/** A zod failure as the form's field errors. */
export const invalidInput = (error: z.ZodError) => new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(error) });

/** One field's refusal, keyed as the form's field. */
export const invalidField = (field: string, message: string) => new AppError({ code: "VALIDATION", message, fieldErrors: { [field]: [message] } });

/** A rule's findings as field errors (keyed by each finding's field) with the findings themselves. */
export function ruleRefusal(findings: readonly RuleFinding[]) {
  const fieldErrors: Record<string, string[]> = {};
  for (const f of findings) (fieldErrors[f.field ?? "_form"] ??= []).push(f.message);
  return new AppError({ code: "VALIDATION", message: findings[0]?.message ?? messages.errors.validation, fieldErrors, findings });
}

/** The engine's generic "state changed" refusal, said of the record at hand. */
export function restale(error: unknown, kind: "award" | "payment"): unknown {
  if (isAppError(error) && error.code === "STALE_STATE") return new AppError({ code: "STALE_STATE", message: kind === "award" ? e.awardStale : e.paymentStale });
  return error;
}
