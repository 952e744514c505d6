import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { APPLICATION_STATUSES } from "@/lib/domain/application-workflow";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";
import { NEW_CITIES, reviewOrderBy } from "@/lib/eligibility";
import { applicationWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";

const newCityCodes = NEW_CITIES.map((c) => c.code) as [string, ...string[]];

export const applicationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).catch(1),
  status: z.enum(APPLICATION_STATUSES).optional().catch(undefined),
  newCityId: z.enum(newCityCodes).optional().catch(undefined),
  q: z.string().trim().max(50).optional().catch(undefined),
  // "priority" is B7's review order (REVIEW_ORDER in lib/eligibility, the same as compareForReview).
  sort: z.enum(["priority", "submitted", "updated"]).catch("priority"),
});

export type ApplicationQuery = Partial<z.input<typeof applicationQuerySchema>>;

export type ApplicationRow = {
  id: string;
  brandName: string;
  unitName: string;
  newCityName: string;
  status: string;
  category: string | null;
  employedCount: number | null;
  povertyAlleviatedCount: number | null;
  submittedAt: Date | null;
  updatedAt: Date;
  version: number;
};

/**
 * 申报列表 / 审核队列, within the user's scope (a unit its own, a new city its own new city's,
 * the bureau all). Drafts are the applicant's business: reviewers never see them.
 */
export async function listApplications({ user, input: query }: Pick<UseCase<ApplicationQuery>, "user" | "input">): Promise<Paged<ApplicationRow>> {
  assertPermission(user, "application:view");
  const { page, status, newCityId, q, sort } = applicationQuerySchema.parse(query);
  const where = {
    AND: [
      applicationWhere(user),
      user.role === "APPLICANT_UNIT" ? {} : { status: { not: "DRAFT" as const } },
      status ? { status } : {},
      newCityId ? { newCityId } : {},
      q ? { OR: [{ brandName: { contains: q } }, { unit: { name: { contains: q } } }, { unit: { creditCode: { contains: q.toUpperCase() } } }] } : {},
    ],
  };
  const orderBy =
    sort === "priority"
      ? reviewOrderBy()
      : sort === "submitted"
        ? [{ submittedAt: { sort: "desc" as const, nulls: "last" as const } }, { id: "asc" as const }]
        : [{ updatedAt: "desc" as const }, { id: "asc" as const }];
  const [total, rows] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy,
      skip: (page - 1) * DEFAULT_PAGE_SIZE,
      take: DEFAULT_PAGE_SIZE,
      include: { unit: { select: { name: true } }, newCity: { select: { name: true } } },
    }),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      brandName: r.brandName,
      unitName: r.unit.name,
      newCityName: r.newCity.name,
      status: r.status,
      category: r.category,
      employedCount: r.employedCount,
      povertyAlleviatedCount: r.povertyAlleviatedCount,
      submittedAt: r.submittedAt,
      updatedAt: r.updatedAt,
      version: r.version,
    })),
    total,
    page,
    pageCount: pageCountOf(total),
    pageSize: DEFAULT_PAGE_SIZE,
  };
}
