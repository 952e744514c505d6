import { z } from "zod";
import { checkCreditCode, NEW_CITIES, UNIT_TYPES } from "@/lib/eligibility";
import { isStrongPassword } from "@/lib/domain/password-policy";
import { parseCalendarDate, shanghaiToday } from "@/lib/domain/dates";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { requiredText, phoneNumber } from "./common";

const m = messages.register;
const v = messages.validation;

const newCityCodes = NEW_CITIES.map((c) => c.code) as [string, ...string[]];
const unitTypeCodes = UNIT_TYPES.map((t) => t.code) as [string, ...string[]];

/** 申报单位注册: shared by the registration form (zodResolver) and registerUnit on the server. */
export const registerUnitSchema = z
  .object({
    creditCode: z.string({ error: v.required(m.creditCode) }).superRefine((value, ctx) => {
      const verdict = checkCreditCode(value);
      if (!verdict.ok) {
        ctx.addIssue({ code: "custom", message: verdict.failures[0]?.message ?? v.required(m.creditCode) });
      }
    }),
    name: requiredText(m.name, 100),
    tradeName: requiredText(m.tradeName, 20).refine((s) => s.length >= 2, "单位字号至少2个字"),
    type: z.enum(unitTypeCodes, { error: v.unknownUnitType }),
    newCityId: z.enum(newCityCodes, { error: v.unknownNewCity }),
    registrationDate: z
      .string({ error: v.invalidDate })
      .refine((s) => parseCalendarDate(s) !== null, v.invalidDate)
      .refine((s) => s <= shanghaiToday(), v.futureDate),
    address: requiredText(m.address, 200),
    contactName: requiredText(m.contactName, 50),
    contactPhone: phoneNumber,
    password: z.string({ error: v.weakPassword }).refine(isStrongPassword, v.weakPassword),
    confirmPassword: z.string({ error: v.passwordMismatch }),
  })
  .refine((data) => data.password === data.confirmPassword, {
    message: v.passwordMismatch,
    path: ["confirmPassword"],
  });

export type RegisterUnitInput = z.input<typeof registerUnitSchema>;
