import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { openBatchWhere } from "@/lib/domain/batch-status";
import { createBatchSchema, extendBatchSchema, parseShanghaiDateTime } from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { writeAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/session-user";

/** 申报批次 list, newest first, with application counts (bureau, admin). */
export async function listBatches(user: SessionUser) {
  assertPermission(user, "batch:manage");
  const batches = await db.batch.findMany({ orderBy: [{ opensAt: "desc" }, { id: "asc" }], include: { _count: { select: { applications: true } } } });
  return batches.map((b) => ({ id: b.id, year: b.year, title: b.title, opensAt: b.opensAt, closesAt: b.closesAt, applicationCount: b._count.applications }));
}

/** Open batches, for units choosing where to apply. */
export async function listOpenBatches(now: Date = new Date()) {
  return db.batch.findMany({ where: openBatchWhere(now), orderBy: { closesAt: "asc" }, select: { id: true, title: true, year: true, opensAt: true, closesAt: true } });
}

/** 创建申报批次. */
export async function createBatch(user: SessionUser, input: unknown) {
  assertPermission(user, "batch:manage");
  const parsed = createBatchSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const d = parsed.data;
  const opensAt = parseShanghaiDateTime(d.opensAt) as Date;
  const closesAt = parseShanghaiDateTime(d.closesAt) as Date;
  return db.$transaction(async (tx) => {
    const batch = await tx.batch.create({ data: { year: d.year, title: d.title, opensAt, closesAt, createdById: user.id } });
    await writeAudit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: "batch.create",
      entityType: "Batch",
      entityId: batch.id,
      changes: { title: { to: d.title }, year: { to: d.year }, opensAt: { to: opensAt.toISOString() }, closesAt: { to: closesAt.toISOString() } },
    });
    return { id: batch.id };
  });
}

/** 延长申报批次: only to a later closing time, with the reason in the audit trail. */
export async function extendBatch(user: SessionUser, input: unknown) {
  assertPermission(user, "batch:manage");
  const parsed = extendBatchSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const d = parsed.data;
  const closesAt = parseShanghaiDateTime(d.closesAt) as Date;
  return db.$transaction(async (tx) => {
    const batch = await tx.batch.findUnique({ where: { id: d.batchId } });
    if (!batch) throw new AppError({ code: "NOT_FOUND", message: messages.workflowErrors.batchNotFound });
    if (closesAt <= batch.closesAt) {
      throw new AppError({ code: "VALIDATION", message: messages.batches.extendNotLater, fieldErrors: { closesAt: [messages.batches.extendNotLater] } });
    }
    const updated = await tx.batch.updateMany({ where: { id: batch.id, closesAt: batch.closesAt }, data: { closesAt } });
    if (updated.count !== 1) throw new AppError({ code: "STALE_STATE", message: messages.errors.staleState });
    await writeAudit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: "batch.extend",
      entityType: "Batch",
      entityId: batch.id,
      comment: d.reason,
      changes: { closesAt: { from: batch.closesAt.toISOString(), to: closesAt.toISOString() } },
    });
    return { closesAt };
  });
}
