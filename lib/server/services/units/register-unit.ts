import "server-only";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit";
import type { UseCase } from "@/lib/server/use-case";
import { hashPassword } from "@/lib/server/password";
import { AppError } from "@/lib/domain/app-error";
import { parseCalendarDate } from "@/lib/domain/dates";
import { checkCreditCode } from "@/lib/eligibility";
import { registerUnitSchema } from "@/lib/schemas/register-unit";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { isUniqueViolation } from "@/lib/server/db/errors";

/**
 * 申报单位注册 (anonymous): creates the unit, its applicant account and the audit row in one
 * transaction. A bad or duplicate 统一社会信用代码 writes nothing.
 */
export async function registerUnit({ input, ctx }: Omit<UseCase, "user">): Promise<{ userId: string; unitId: string; loginName: string }> {
  const parsed = registerUnitSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  }
  const data = parsed.data;
  const creditCode = checkCreditCode(data.creditCode).normalized as string;
  const registrationDate = parseCalendarDate(data.registrationDate) as Date;
  const passwordHash = await hashPassword(data.password);

  const duplicate = () =>
    new AppError({ code: "CONFLICT", message: messages.register.duplicate, fieldErrors: { creditCode: [messages.register.duplicate] } });

  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.unit.findUnique({ where: { creditCode }, select: { id: true } });
      if (existing) throw duplicate();

      const unit = await tx.unit.create({
        data: {
          creditCode,
          name: data.name,
          tradeName: data.tradeName,
          type: data.type as never,
          newCityId: data.newCityId,
          registrationDate,
          address: data.address,
          contactName: data.contactName,
          contactPhone: data.contactPhone,
        },
      });
      const user = await tx.user.create({
        data: {
          loginName: creditCode,
          passwordHash,
          displayName: data.name,
          role: "APPLICANT_UNIT",
          unitId: unit.id,
        },
        select: { id: true },
      });
      // A co-lead unit of a recognised brand that registers only now takes over its titles and its
      // subsidy shares (matched by 统一社会信用代码), so it sees its money and files its reports.
      const linkedTitles = await tx.leadUnitRecognition.updateMany({ where: { creditCode, unitId: null }, data: { unitId: unit.id } });
      const linkedShares = await tx.subsidyShare.updateMany({ where: { creditCode, unitId: null }, data: { unitId: unit.id } });
      await writeAudit(tx, {
        actor: { id: user.id, role: "APPLICANT_UNIT" },
        ctx,
        action: "unit.register",
        entityType: "Unit",
        entityId: unit.id,
        toState: "REGISTERED",
        changes: {
          creditCode: { to: creditCode },
          name: { to: data.name },
          tradeName: { to: data.tradeName },
          type: { to: data.type },
          newCityId: { to: data.newCityId },
          registrationDate: { to: data.registrationDate },
          ...(linkedTitles.count + linkedShares.count > 0 ? { linked: { to: { leadUnitRecognitions: linkedTitles.count, subsidyShares: linkedShares.count } } } : {}),
        },
      });
      return { userId: user.id, unitId: unit.id, loginName: creditCode };
    });
  } catch (error) {
    // Two registrations of the same code at once: the unique index decides, the loser is told.
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}
