import { z } from "zod";
import { messages } from "@/lib/i18n/messages.zh-CN";

const v = messages.validation;

/** Trimmed, required, bounded text with Chinese messages naming the field. */
export function requiredText(field: string, max: number) {
  return z
    .string({ error: v.required(field) })
    .trim()
    .min(1, v.required(field))
    .max(max, v.tooLong(field, max));
}

/** Optional free text: empty becomes undefined. */
export function optionalText(field: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, v.tooLong(field, max))
    .optional()
    .transform((s) => (s ? s : undefined));
}

// Mainland mobile numbers, or landlines with an area code (029-33585503), optionally an extension.
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

export const phoneNumber = z
  .string({ error: v.phone })
  .trim()
  .refine((s) => PHONE.test(s), v.phone);

/** zod issues → { field: [messages] } for ActionResult.fieldErrors. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
