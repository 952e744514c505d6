import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { openBatchWhere } from "@/lib/domain/batch-status";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { writeAudit } from "@/lib/server/audit";
import { unitBan } from "./unit-ban";
import type { UseCase } from "@/lib/server/use-case";

/** 新建申报: a draft in an open batch, with the applying unit as lead unit no. 1 (B2). */
export async function createApplication({ user, input, ctx, now = new Date() }: UseCase<{ batchId?: unknown }>) {
  assertPermission(user, "application:create");
  if (!user.unitId) throw new AppError({ code: "FORBIDDEN", message: messages.errors.forbidden });
  const batchId = typeof input.batchId === "string" ? input.batchId : "";
  return db.$transaction(async (tx) => {
    const batch = await tx.batch.findFirst({ where: { id: batchId, ...openBatchWhere(now) } });
    if (!batch) throw new AppError({ code: "RULE_VIOLATION", message: messages.workflowErrors.noOpenBatch });
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: user.unitId as string } });
    // E5/M3: a unit whose title was revoked may not apply until the ban has passed.
    const ban = await unitBan(tx, { creditCode: unit.creditCode, now });
    if (ban) throw new AppError({ code: "RULE_VIOLATION", message: ban.message });
    const app = await tx.application.create({
      data: {
        batchId: batch.id,
        unitId: unit.id,
        newCityId: unit.newCityId,
        leadUnits: {
          create: {
            position: 0,
            unitId: unit.id,
            creditCode: unit.creditCode,
            name: unit.name,
            tradeName: unit.tradeName,
            registrationDate: unit.registrationDate,
            declarations: {},
          },
        },
      },
    });
    await writeAudit(tx, {
      actor: user,
      ctx,
      at: now,
      action: "application.create",
      entityType: "Application",
      entityId: app.id,
      toState: "DRAFT",
      changes: { batchId: { to: batch.id } },
    });
    return { id: app.id };
  });
}
