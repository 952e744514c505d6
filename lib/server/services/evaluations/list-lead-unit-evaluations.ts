import "server-only";
import { db } from "@/lib/server/db";
import { formatCalendarDate } from "@/lib/domain/dates";
import { hasPermission, assertPermission } from "@/lib/domain/permissions";
import type { EvaluationCycle } from "@/lib/eligibility";
import { leadUnitWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";
import { leadUnitInclude, standingOf } from "./find-visible-evaluation";

export type LeadUnitEvaluations = {
  id: string;
  unitName: string;
  level: string;
  recognisedOn: string;
  status: "ACTIVE" | "REVOKED";
  revokedOn: string | null;
  standing: string;
  cycle: EvaluationCycle | null;
  cycles: EvaluationCycle[];
  evaluations: { id: string; cycleIndex: number; status: string; method: string; scheduledOn: string }[];
  maySchedule: boolean;
};

/**
 * Each lead unit's recognitions (E1) with their cycles, standing and evaluations: the brand page's
 * 绩效评估 section (brandId) or the unit's own page (no brandId: all its recognitions). Scoped like
 * every evaluation read (a unit sees only its own lead-unit rows, not its co-leads').
 */
export async function listLeadUnitEvaluations({ user, input, now = new Date() }: Pick<UseCase<{ brandId?: string }>, "user" | "input" | "now">): Promise<LeadUnitEvaluations[]> {
  assertPermission(user, "evaluation:view");
  const rows = await db.leadUnitRecognition.findMany({
    where: { AND: [leadUnitWhere(user), input.brandId ? { brandId: input.brandId } : {}] },
    include: leadUnitInclude,
    orderBy: [{ recognisedOn: "asc" }, { unitName: "asc" }],
  });
  const maySchedule = hasPermission(user.role, "evaluation:schedule");
  return rows.map((lu) => {
    const s = standingOf(lu, now);
    return {
      id: lu.id,
      unitName: lu.unitName,
      level: lu.level,
      recognisedOn: formatCalendarDate(lu.recognisedOn),
      status: lu.status,
      revokedOn: lu.revokedOn ? formatCalendarDate(lu.revokedOn) : null,
      standing: lu.status === "ACTIVE" ? s.standing : "revoked",
      cycle: s.cycle,
      cycles: s.cycles.filter((c) => c.status !== "upcoming" || c.index === (s.cycle?.index ?? 0)),
      evaluations: [...lu.evaluations]
        .sort((a, b) => a.cycleIndex - b.cycleIndex || a.scheduledOn.getTime() - b.scheduledOn.getTime())
        .map((ev) => ({ id: ev.id, cycleIndex: ev.cycleIndex, status: ev.status, method: ev.method, scheduledOn: formatCalendarDate(ev.scheduledOn) })),
      maySchedule: maySchedule && lu.status === "ACTIVE" && !lu.evaluations.some((ev) => ev.status === "SCHEDULED") && (s.standing === "overdue" || s.standing === "due" || s.standing === "upcoming") && s.cycle !== null && s.cycle.status !== "upcoming",
    };
  });
}
