import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { unitWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";

/** 单位信息: the applicant's own unit. */
export async function getOwnUnit({ user }: Pick<UseCase, "user">) {
  assertPermission(user, "unit:view-own");
  const unit = await db.unit.findFirst({ where: unitWhere(user), include: { newCity: { select: { name: true } } } });
  if (!unit) throw new AppError({ code: "NOT_FOUND", message: messages.errors.notFound });
  return unit;
}
