import "server-only";
import { db } from "@/lib/server/db";
import type { EvaluationQueueRow } from "@/lib/domain/columns/evaluations";
import { formatCalendarDate } from "@/lib/domain/dates";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";
import { assertPermission } from "@/lib/domain/permissions";
import { EVALUATION_QUEUE_TABS, evaluationQueueQuerySchema, type EvaluationQueueQuery, type EvaluationQueueTab } from "@/lib/schemas/evaluation";
import { leadUnitWhere } from "@/lib/server/scope";
import type { SessionUser } from "@/lib/server/session-user";
import type { UseCase } from "@/lib/server/use-case";
import { leadUnitInclude, standingOf } from "./find-visible-evaluation";

/** The queue's filter as a Prisma where: every ACTIVE lead-unit recognition in scope, by level, new city, category. */
export function evaluationQueueWhere(user: SessionUser, query: EvaluationQueueQuery) {
  return {
    AND: [
      leadUnitWhere(user),
      { status: "ACTIVE" as const },
      query.level ? { level: query.level } : {},
      query.newCityId ? { brand: { newCityId: query.newCityId } } : {},
      query.category ? { brand: { category: query.category } } : {},
    ],
  };
}

const TAB_ORDER: Record<string, number> = { overdue: 0, due: 1, upcoming: 2 };

/**
 * Every row of the queue in its order, with the tab each falls under (E1 from evaluationStanding
 * of lib/eligibility: an overdue cycle first, then due in the window, then the window opening
 * within 90 days). A recognition with a scheduled evaluation is under 已安排 instead; one with
 * nothing to do soon is in no tab. The standing is computed per row on `now`'s Shanghai date, so
 * the set is read whole (a few thousand lead units at most) and ordered by due date.
 */
export async function evaluationQueueRows({ user, query, now, ids }: { user: SessionUser; query: EvaluationQueueQuery; now: Date; ids?: readonly string[] }) {
  const where = evaluationQueueWhere(user, query);
  const rows = await db.leadUnitRecognition.findMany({
    // `ids`: only these lead-unit recognitions (an export's batch), still within the same scope and filters.
    where: ids ? { AND: [...where.AND, { id: { in: [...ids] } }] } : where,
    include: leadUnitInclude,
    orderBy: [{ recognisedOn: "asc" }, { id: "asc" }],
  });
  return rows
    .map((lu) => {
      const s = standingOf(lu, now);
      const scheduled = lu.evaluations.find((ev) => ev.status === "SCHEDULED") ?? null;
      const tab: EvaluationQueueTab | null = scheduled ? "scheduled" : s.standing === "overdue" || s.standing === "due" || s.standing === "upcoming" ? s.standing : null;
      const row: EvaluationQueueRow = {
        leadUnitRecognitionId: lu.id,
        brandId: lu.brandId,
        brandName: lu.brand.name,
        unitName: lu.unitName,
        level: lu.level,
        newCityId: lu.brand.newCityId,
        category: lu.brand.category,
        recognisedOn: formatCalendarDate(lu.recognisedOn),
        standing: s.standing,
        cycleIndex: scheduled ? scheduled.cycleIndex : (s.cycle?.index ?? null),
        windowStart: s.cycle?.windowStart ?? null,
        dueDate: s.cycle?.dueDate ?? null,
        scheduled: scheduled ? { id: scheduled.id, scheduledOn: formatCalendarDate(scheduled.scheduledOn), method: scheduled.method } : null,
      };
      return { tab, row };
    })
    .filter((r): r is { tab: EvaluationQueueTab; row: EvaluationQueueRow } => r.tab !== null)
    .sort((a, b) =>
      a.tab === "scheduled" && b.tab === "scheduled"
        ? (a.row.scheduled?.scheduledOn ?? "").localeCompare(b.row.scheduled?.scheduledOn ?? "")
        : (TAB_ORDER[a.tab] ?? 3) - (TAB_ORDER[b.tab] ?? 3) || (a.row.dueDate ?? "").localeCompare(b.row.dueDate ?? ""),
    );
}

/** 评估待办 (E1): the queue's tab, paged, with the count of every tab. */
export async function listEvaluationQueue({
  user,
  input,
  now = new Date(),
}: Pick<UseCase<Record<string, unknown>>, "user" | "input" | "now">): Promise<Paged<EvaluationQueueRow> & { query: EvaluationQueueQuery; counts: Record<EvaluationQueueTab, number> }> {
  assertPermission(user, "evaluation:view");
  const query = evaluationQueueQuerySchema.parse(input ?? {});
  const all = await evaluationQueueRows({ user, query, now });
  const counts = Object.fromEntries(EVALUATION_QUEUE_TABS.map((t) => [t, all.filter((r) => r.tab === t).length])) as Record<EvaluationQueueTab, number>;
  const inTab = all.filter((r) => r.tab === query.tab).map((r) => r.row);
  const pageCount = pageCountOf(inTab.length);
  const page = Math.min(query.page, pageCount);
  return {
    items: inTab.slice((page - 1) * DEFAULT_PAGE_SIZE, page * DEFAULT_PAGE_SIZE),
    total: inTab.length,
    page,
    pageCount,
    pageSize: DEFAULT_PAGE_SIZE,
    query,
    counts,
  };
}
