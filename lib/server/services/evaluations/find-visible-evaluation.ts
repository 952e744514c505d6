import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { formatCalendarDate, shanghaiToday } from "@/lib/domain/dates";
import { RECORDED_EVALUATION_STATUSES } from "@/lib/domain/evaluation-workflow";
import { evaluationCycles, evaluationStanding } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { leadUnitWhere } from "@/lib/server/scope";
import type { SessionUser } from "@/lib/server/session-user";

// Reads shared by the evaluation use cases: a lead unit's recognition or an evaluation within the
// user's scope (lib/server/scope.ts leadUnitWhere; out of scope is NOT_FOUND), and where a
// recognition stands for E1 on a day (evaluationStanding of lib/eligibility).

const e = messages.evaluations.errors;
const validId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;

export const leadUnitInclude = {
  brand: { select: { id: true, name: true, slug: true, newCityId: true, category: true } },
  evaluations: { select: { id: true, status: true, cycleIndex: true, scheduledOn: true, method: true } },
} as const;

export async function findVisibleLeadUnit(user: SessionUser, leadUnitRecognitionId: unknown, tx: Tx = db) {
  if (!validId(leadUnitRecognitionId)) throw new AppError({ code: "NOT_FOUND", message: e.leadUnitNotFound });
  const row = await tx.leadUnitRecognition.findFirst({ where: { AND: [{ id: leadUnitRecognitionId }, leadUnitWhere(user)] }, include: leadUnitInclude });
  if (!row) throw new AppError({ code: "NOT_FOUND", message: e.leadUnitNotFound });
  return row;
}

export async function findVisibleEvaluation(user: SessionUser, evaluationId: unknown, tx: Tx = db) {
  if (!validId(evaluationId)) throw new AppError({ code: "NOT_FOUND", message: e.notFound });
  const row = await tx.evaluation.findFirst({
    where: { AND: [{ id: evaluationId }, { leadUnit: leadUnitWhere(user) }] },
    include: { leadUnit: { include: leadUnitInclude } },
  });
  if (!row) throw new AppError({ code: "NOT_FOUND", message: e.notFound });
  return row;
}

/** The E1 cycles that count as evaluated: those with a recorded result (a cancelled one does not). */
export function evaluatedCyclesOf(evaluations: readonly { status: string; cycleIndex: number }[]): number[] {
  return evaluations.filter((ev) => (RECORDED_EVALUATION_STATUSES as readonly string[]).includes(ev.status)).map((ev) => ev.cycleIndex);
}

/** Where a lead unit's recognition stands on `now`'s Shanghai date, with all its cycles. */
export function standingOf(leadUnit: { recognisedOn: Date; evaluations: readonly { status: string; cycleIndex: number }[] }, now: Date) {
  const input = { recognizedOn: formatCalendarDate(leadUnit.recognisedOn), asOf: shanghaiToday(now), evaluatedCycles: evaluatedCyclesOf(leadUnit.evaluations) };
  return { ...evaluationStanding(input), cycles: evaluationCycles(input).cycles };
}
