import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { createBatchSchema, parseShanghaiDateTime } from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { writeAudit } from "@/lib/server/audit";
import type { UseCase } from "@/lib/server/use-case";

/** 创建申报批次. */
export async function createBatch({ user, input, ctx }: UseCase) {
  assertPermission(user, "batch:create");
  const parsed = createBatchSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const d = parsed.data;
  const opensAt = parseShanghaiDateTime(d.opensAt) as Date;
  const closesAt = parseShanghaiDateTime(d.closesAt) as Date;
  return db.$transaction(async (tx) => {
    const batch = await tx.batch.create({ data: { year: d.year, title: d.title, opensAt, closesAt, createdById: user.id } });
    await writeAudit(tx, {
      actor: user,
      ctx,
      action: "batch.create",
      entityType: "Batch",
      entityId: batch.id,
      changes: { title: { to: d.title }, year: { to: d.year }, opensAt: { to: opensAt.toISOString() }, closesAt: { to: closesAt.toISOString() } },
    });
    return { id: batch.id };
  });
}
