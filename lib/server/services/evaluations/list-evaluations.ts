import "server-only";
import { db } from "@/lib/server/db";
import type { EvaluationRow } from "@/lib/domain/columns/evaluations";
import { formatCalendarDate } from "@/lib/domain/dates";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";
import { assertPermission } from "@/lib/domain/permissions";
import { evaluationListQuerySchema, type EvaluationListQuery } from "@/lib/schemas/evaluation";
import { leadUnitWhere } from "@/lib/server/scope";
import type { SessionUser } from "@/lib/server/session-user";
import type { UseCase } from "@/lib/server/use-case";

/**
 * The evaluation records' filter and order, built once for the screen and its Excel export: in the
 * user's scope (through the lead unit), by status, level, new city, method and the year of the
 * evaluation date (scheduledOn). Newest first.
 */
export function evaluationListWhere(user: SessionUser, query: EvaluationListQuery) {
  return {
    AND: [
      { leadUnit: leadUnitWhere(user) },
      query.status ? { status: query.status } : {},
      query.level ? { leadUnit: { level: query.level } } : {},
      query.newCityId ? { brand: { newCityId: query.newCityId } } : {},
      query.method ? { method: query.method } : {},
      query.year ? { scheduledOn: { gte: new Date(Date.UTC(query.year, 0, 1)), lt: new Date(Date.UTC(query.year + 1, 0, 1)) } } : {},
    ],
  };
}

export const evaluationListOrderBy = [{ scheduledOn: "desc" as const }, { id: "asc" as const }];

export const evaluationListSelect = {
  id: true,
  brandId: true,
  cycleIndex: true,
  method: true,
  scheduledOn: true,
  evaluators: true,
  status: true,
  evaluatedOn: true,
  conclusion: true,
  brand: { select: { name: true, newCityId: true, category: true } },
  leadUnit: { select: { unitName: true, level: true } },
} as const;

type Selected = {
  id: string;
  brandId: string;
  cycleIndex: number;
  method: string;
  scheduledOn: Date;
  evaluators: string;
  status: string;
  evaluatedOn: Date | null;
  conclusion: string | null;
  brand: { name: string; newCityId: string; category: string };
  leadUnit: { unitName: string; level: string };
};

/** A selected record as the columns (lib/domain/columns/evaluations.ts) read it. */
export function toEvaluationRow(r: Selected): EvaluationRow {
  return {
    id: r.id,
    brandId: r.brandId,
    brandName: r.brand.name,
    unitName: r.leadUnit.unitName,
    level: r.leadUnit.level,
    newCityId: r.brand.newCityId,
    category: r.brand.category,
    cycleIndex: r.cycleIndex,
    method: r.method,
    scheduledOn: formatCalendarDate(r.scheduledOn),
    evaluators: r.evaluators,
    status: r.status,
    evaluatedOn: r.evaluatedOn ? formatCalendarDate(r.evaluatedOn) : null,
    conclusion: r.conclusion,
  };
}

/** 评估记录: every evaluation in scope, all statuses, filtered and paged. */
export async function listEvaluations({ user, input }: Pick<UseCase<Record<string, unknown>>, "user" | "input">): Promise<Paged<EvaluationRow> & { query: EvaluationListQuery }> {
  assertPermission(user, "evaluation:view");
  const query = evaluationListQuerySchema.parse(input ?? {});
  const where = evaluationListWhere(user, query);
  const [total, rows] = await Promise.all([
    db.evaluation.count({ where }),
    db.evaluation.findMany({ where, orderBy: evaluationListOrderBy, select: evaluationListSelect, skip: (query.page - 1) * DEFAULT_PAGE_SIZE, take: DEFAULT_PAGE_SIZE }),
  ]);
  return { items: rows.map((r) => toEvaluationRow(r as Selected)), total, page: query.page, pageCount: pageCountOf(total), pageSize: DEFAULT_PAGE_SIZE, query };
}
