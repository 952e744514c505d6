import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { formatCalendarDate, parseCalendarDate, storedDateOf } from "@/lib/domain/dates";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { scheduleEvaluationSchema } from "@/lib/schemas/evaluation";
import { writeAudit } from "@/lib/server/audit";
import { isUniqueViolation } from "@/lib/server/db/errors";
import { notifyParties } from "@/lib/server/notify";
import type { UseCase } from "@/lib/server/use-case";
import { findVisibleLeadUnit, standingOf } from "./find-visible-evaluation";

const e = messages.evaluations.errors;
const invalid = (field: string, message: string) => new AppError({ code: "VALIDATION", message, fieldErrors: { [field]: [message] } });

/**
 * 安排绩效评估 (RULES.md E1, E2): the bureau schedules the evaluation of one lead unit's
 * recognition for one E1 cycle — an overdue one or the current one (not a cycle that has not
 * started, nor one already evaluated), with its method, date (today or later) and evaluators (or
 * the commissioned organisation). At most one evaluation per cycle while not cancelled: the
 * database's unique cycleKey enforces it, so two officials scheduling at once cannot both succeed.
 * The lead unit (if it has an account) and the brand's new city are notified.
 */
export async function scheduleEvaluation({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "evaluation:schedule");
  const parsed = scheduleEvaluationSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const d = parsed.data;
  const scheduledOn = parseCalendarDate(d.scheduledOn) as Date;
  if (scheduledOn.getTime() < storedDateOf(now).getTime()) throw invalid("scheduledOn", e.scheduledInPast);

  try {
    return await db.$transaction(async (tx) => {
      const lu = await findVisibleLeadUnit(user, d.leadUnitRecognitionId, tx);
      if (lu.status !== "ACTIVE") throw new AppError({ code: "RULE_VIOLATION", message: e.recognitionRevoked });
      const { cycles } = standingOf(lu, now);
      const cycle = cycles.find((c) => c.index === d.cycleIndex);
      if (!cycle || cycle.status === "upcoming") {
        throw new AppError({ code: "RULE_VIOLATION", message: cycles.length <= 1 && cycles[0]?.status === "upcoming" ? e.cycleNotStarted : e.cycleNotDue(d.cycleIndex), fieldErrors: { cycleIndex: [e.cycleNotDue(d.cycleIndex)] } });
      }
      if (cycle.evaluated) throw new AppError({ code: "RULE_VIOLATION", message: e.cycleEvaluated(d.cycleIndex) });
      const cycleKey = `${lu.id}:${d.cycleIndex}`;
      if (lu.evaluations.some((ev) => ev.cycleIndex === d.cycleIndex && ev.status === "SCHEDULED")) throw new AppError({ code: "CONFLICT", message: e.duplicate(d.cycleIndex) });

      const evaluation = await tx.evaluation.create({
        data: {
          leadUnitRecognitionId: lu.id,
          brandId: lu.brandId,
          cycleIndex: d.cycleIndex,
          method: d.method,
          scheduledOn,
          evaluators: d.evaluators,
          cycleKey,
          scheduledById: user.id,
        },
      });
      await writeAudit(tx, {
        actor: user,
        ctx,
        at: now,
        action: "evaluation.schedule",
        entityType: "Brand",
        entityId: lu.brandId,
        toState: "SCHEDULED",
        changes: {
          evaluationId: { to: evaluation.id },
          unitName: { to: lu.unitName },
          level: { to: lu.level },
          cycleIndex: { to: d.cycleIndex },
          method: { to: d.method },
          scheduledOn: { to: formatCalendarDate(scheduledOn) },
          evaluators: { to: d.evaluators },
        },
      });
      const method = messages.evaluations.method[d.method] ?? d.method;
      await notifyParties(tx, {
        parties: ["unit", "newCity"],
        unitId: "",
        unitIds: lu.unitId ? [lu.unitId] : [],
        newCityId: lu.brand.newCityId,
        message: {
          title: messages.evaluations.notify.scheduledTitle(lu.brand.name),
          body: messages.evaluations.notify.scheduledBody(lu.unitName, method, formatCalendarDate(scheduledOn)),
          link: `/portal/evaluations/${evaluation.id}`,
        },
      });
      return { id: evaluation.id, cycleIndex: d.cycleIndex };
    });
  } catch (error) {
    // The other official's evaluation of the same cycle committed first.
    if (isUniqueViolation(error)) throw new AppError({ code: "CONFLICT", message: e.duplicate(d.cycleIndex) });
    throw error;
  }
}
