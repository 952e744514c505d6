import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { isEditableStatus } from "@/lib/domain/application-workflow";
import { parseCalendarDate } from "@/lib/domain/dates";
import { checkCoLeadUnits, checkCreditCode } from "@/lib/eligibility";
import { APPLICATION_STEPS, stepSchemas, type ApplicationStep } from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { writeAudit } from "@/lib/server/audit";
import type { UseCase } from "@/lib/server/use-case";
import { staleState } from "@/lib/server/workflow/claim-state";
import { findVisibleApplication } from "./find-visible-application";

function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, { from?: unknown; to?: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    const from = before[key];
    if (JSON.stringify(from ?? null) !== JSON.stringify(to ?? null)) changes[key] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}

/**
 * 保存草稿: validates one step of the form and stores it, while the application is a draft or
 * returned for revision. Returns the save time for "已保存于 HH:mm".
 */
export async function saveApplicationStep({ user, input, ctx, now = new Date() }: UseCase<{ applicationId?: unknown; step?: unknown; data?: unknown }>) {
  assertPermission(user, "application:save-draft");
  if (!APPLICATION_STEPS.includes(input.step as ApplicationStep)) {
    throw new AppError({ code: "VALIDATION", message: messages.errors.validation });
  }
  const step = input.step as ApplicationStep;
  const parsed = stepSchemas[step].safeParse(input.data ?? {});
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });

  return db.$transaction(async (tx) => {
    const app = await findVisibleApplication(user, input.applicationId, tx);
    if (!isEditableStatus(app.status)) {
      throw new AppError({ code: "RULE_VIOLATION", message: messages.workflowErrors.notEditable });
    }
    let changes: Record<string, { from?: unknown; to?: unknown }> = {};
    if (step === "leadUnits") {
      const data = stepSchemas.leadUnits.parse(input.data);
      const before = app.leadUnits.map((u) => ({ position: u.position, creditCode: u.creditCode, name: u.name, declarations: u.declarations, contribution: u.contribution }));
      const applicantCode = app.leadUnits.find((u) => u.position === 0)?.creditCode;
      const codes = data.coLeadUnits.map((u) => checkCreditCode(u.creditCode).normalized as string);
      // B2: no unit twice, and the applicant cannot also be its own co-lead unit.
      const b2 = checkCoLeadUnits({ applicant: { creditCode: applicantCode }, coLeadUnits: data.coLeadUnits });
      if (!b2.ok) {
        const fieldErrors = Object.fromEntries(b2.failures.map((f) => [f.field ?? "coLeadUnits", [f.message]]));
        throw new AppError({ code: "VALIDATION", message: b2.failures[0]?.message ?? messages.errors.validation, fieldErrors });
      }
      await tx.applicationLeadUnit.update({
        where: { applicationId_position: { applicationId: app.id, position: 0 } },
        data: { declarations: data.applicant.declarations, contribution: data.applicant.contribution },
      });
      await tx.applicationLeadUnit.deleteMany({ where: { applicationId: app.id, position: { gt: 0 } } });
      for (const [i, u] of data.coLeadUnits.entries()) {
        const creditCode = codes[i] as string;
        const registered = await tx.unit.findUnique({ where: { creditCode }, select: { id: true } });
        await tx.applicationLeadUnit.create({
          data: {
            applicationId: app.id,
            position: i + 1,
            unitId: registered?.id ?? null,
            creditCode,
            name: u.name,
            tradeName: u.tradeName,
            registrationDate: parseCalendarDate(u.registrationDate) as Date,
            declarations: u.declarations,
            contribution: u.contribution,
          },
        });
      }
      const after = [{ position: 0, creditCode: applicantCode, declarations: data.applicant.declarations, contribution: data.applicant.contribution }, ...data.coLeadUnits.map((u, i) => ({ position: i + 1, creditCode: codes[i], name: u.name, declarations: u.declarations, contribution: u.contribution }))];
      changes = diff({ leadUnits: before }, { leadUnits: after });
    } else {
      const data = parsed.data as Record<string, unknown>;
      const before = Object.fromEntries(Object.keys(data).map((k) => [k, (app as Record<string, unknown>)[k]]));
      changes = diff(before, data);
      const updated = await tx.application.updateMany({ where: { id: app.id, status: app.status }, data });
      if (updated.count !== 1) throw staleState();
    }
    const savedAt = now;
    await tx.application.update({ where: { id: app.id }, data: { updatedAt: savedAt } });
    if (Object.keys(changes).length > 0) {
      await writeAudit(tx, {
        actor: user,
        ctx,
        at: now,
        action: "application.save-draft",
        entityType: "Application",
        entityId: app.id,
        comment: step,
        changes,
      });
    }
    return { savedAt };
  });
}
