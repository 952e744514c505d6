import "server-only";
import { db } from "@/lib/server/db";
import { formatCalendarDate, shanghaiToday } from "@/lib/domain/dates";
import { hasPermission, assertPermission } from "@/lib/domain/permissions";
import { banOf, parseCalendarDate } from "@/lib/eligibility";
import type { UseCase } from "@/lib/server/use-case";
import { findVisibleEvaluation, standingOf } from "./find-visible-evaluation";

export type EvaluationFile = { id: string; fileName: string; kind: string; createdAt: Date };

/**
 * 评估详情: one evaluation within scope (a unit only its own lead unit's, a new city its brands'),
 * with its cycle's dates, the self-assessment files and report, what this user may do, and the
 * ban a failed result recorded today would bring (the confirmation names it).
 */
export async function getEvaluation({ user, input, now = new Date() }: Pick<UseCase<{ evaluationId: unknown }>, "user" | "input" | "now">) {
  assertPermission(user, "evaluation:view");
  const ev = await findVisibleEvaluation(user, input.evaluationId);
  const { cycles } = standingOf(ev.leadUnit, now);
  const cycle = cycles.find((c) => c.index === ev.cycleIndex) ?? null;
  const files = await db.brandFile.findMany({
    where: { OR: [{ evaluationId: ev.id }, ...(ev.reportFileId ? [{ id: ev.reportFileId }] : [])] },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, kind: true, createdAt: true },
  });
  // The bureau's uploaded reports for this brand not yet attached to an evaluation, to pick from.
  const mayRecord = ev.status === "SCHEDULED" && hasPermission(user.role, "evaluation:record");
  const pendingReports = mayRecord
    ? await db.brandFile.findMany({ where: { brandId: ev.brandId, kind: "EVALUATION_REPORT", evaluationId: null }, orderBy: { createdAt: "desc" }, select: { id: true, fileName: true, kind: true, createdAt: true } })
    : [];
  const today = shanghaiToday(now);
  const parsedToday = parseCalendarDate(today);
  return {
    id: ev.id,
    status: ev.status,
    cycleIndex: ev.cycleIndex,
    cycle,
    method: ev.method,
    scheduledOn: formatCalendarDate(ev.scheduledOn),
    evaluators: ev.evaluators,
    criteria: { U1: { pass: ev.u1Pass, note: ev.u1Note }, U2: { pass: ev.u2Pass, note: ev.u2Note }, U3: { pass: ev.u3Pass, note: ev.u3Note }, U4: { pass: ev.u4Pass, note: ev.u4Note } },
    conclusion: ev.conclusion,
    evaluatedOn: ev.evaluatedOn ? formatCalendarDate(ev.evaluatedOn) : null,
    cancelNote: ev.cancelNote,
    brand: { id: ev.brandId, name: ev.leadUnit.brand.name, newCityId: ev.leadUnit.brand.newCityId, category: ev.leadUnit.brand.category },
    leadUnit: {
      id: ev.leadUnit.id,
      unitName: ev.leadUnit.unitName,
      creditCode: ev.leadUnit.creditCode,
      level: ev.leadUnit.level,
      recognisedOn: formatCalendarDate(ev.leadUnit.recognisedOn),
      status: ev.leadUnit.status,
      revokedOn: ev.leadUnit.revokedOn ? formatCalendarDate(ev.leadUnit.revokedOn) : null,
    },
    selfAssessments: files.filter((f) => f.kind === "SELF_ASSESSMENT"),
    reports: files.filter((f) => f.kind === "EVALUATION_REPORT"),
    pendingReports,
    today,
    banIfFailedToday: parsedToday.ok ? banOf({ revokedOn: parsedToday.date }) : null,
    may: {
      record: mayRecord,
      cancel: ev.status === "SCHEDULED" && hasPermission(user.role, "evaluation:schedule"),
      uploadSelfAssessment: ev.status === "SCHEDULED" && user.role === "APPLICANT_UNIT",
      uploadReport: mayRecord,
    },
  };
}
export type EvaluationDetail = Awaited<ReturnType<typeof getEvaluation>>;
