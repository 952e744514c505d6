import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { TARGET_KEYS } from "@/lib/domain/targets";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { updateProgrammeTargetSchema } from "@/lib/schemas/target";
import { writeAudit, type AuditChanges } from "@/lib/server/audit";
import type { UseCase } from "@/lib/server/use-case";

/**
 * 设定年度目标 (RULES.md T2: targets kept as data, editable per year): the bureau sets a year's
 * three targets; the row is created or updated, and the audit row names each figure's from and to
 * (a first setting has no from). Nothing is written for bad input or a role without target:edit.
 */
export async function updateProgrammeTarget({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "target:edit");
  const parsed = updateProgrammeTargetSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const { year, ...figures } = parsed.data;

  return db.$transaction(async (tx) => {
    const before = await tx.programmeTarget.findUnique({ where: { year } });
    const row = await tx.programmeTarget.upsert({
      where: { year },
      create: { year, ...figures, updatedById: user.id },
      update: { ...figures, updatedById: user.id },
    });
    const changes: AuditChanges = { year: { to: year } };
    for (const key of TARGET_KEYS) {
      if (!before || before[key] !== figures[key]) changes[key] = before ? { from: before[key], to: figures[key] } : { to: figures[key] };
    }
    await writeAudit(tx, { actor: { id: user.id, role: user.role }, ctx, action: "target.update", entityType: "ProgrammeTarget", entityId: row.id, changes, at: now });
    return { id: row.id, year, ...figures, created: !before };
  });
}
