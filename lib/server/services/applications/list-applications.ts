import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { APPLICATION_STATUSES } from "@/lib/domain/application-workflow";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";
import { NEW_CITIES, reviewOrderBy } from "@/lib/eligibility";
import { applicationWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";
import type { SessionUser } from "@/lib/server/session-user";
import type { ApplicationRow } from "@/lib/domain/list-columns/applications";

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

export type { ApplicationRow } from "@/lib/domain/list-columns/applications";

type ParsedApplicationQuery = z.output<typeof applicationQuerySchema>;

/** The list's filter, once: the screen and its Excel export (lib/server/exports) both use it. */
export function applicationListWhere(user: SessionUser, { status, newCityId, q }: Pick<ParsedApplicationQuery, "status" | "newCityId" | "q">) {
  return {
    AND: [
      applicationWhere(user),
      user.role === "APPLICANT_UNIT" ? {} : { status: { not: "DRAFT" as const } },
      status ? { status } : {},
      newCityId ? { newCityId } : {},
      q ? { OR: [{ brandName: { contains: q } }, { unit: { name: { contains: q } } }, { unit: { creditCode: { contains: q.toUpperCase() } } }] } : {},
    ],
  };
}

/** The list's order, once (B7's review order for "priority"); the id makes it total. */
export function applicationListOrderBy(sort: ParsedApplicationQuery["sort"]) {
  return sort === "priority"
    ? reviewOrderBy()
    : sort === "submitted"
      ? [{ submittedAt: { sort: "desc" as const, nulls: "last" as const } }, { id: "asc" as const }]
      : [{ updatedAt: "desc" as const }, { id: "asc" as const }];
}

/** Only the columns a row shows (the application's long texts stay in the database). */
export const APPLICATION_ROW_SELECT = {
  id: true,
  brandName: true,
  status: true,
  category: true,
  employedCount: true,
  povertyAlleviatedCount: true,
  submittedAt: true,
  updatedAt: true,
  version: true,
  unit: { select: { name: true, creditCode: true } },
  newCity: { select: { name: true } },
} as const;

type ApplicationRecord = {
  id: string;
  brandName: string;
  status: string;
  category: string | null;
  employedCount: number | null;
  povertyAlleviatedCount: number | null;
  submittedAt: Date | null;
  updatedAt: Date;
  version: number;
  unit: { name: string; creditCode: string };
  newCity: { name: string };
};

export function toApplicationRow(r: ApplicationRecord): ApplicationRow {
  return {
    id: r.id,
    brandName: r.brandName,
    unitName: r.unit.name,
    unitCreditCode: r.unit.creditCode,
    newCityName: r.newCity.name,
    status: r.status,
    category: r.category,
    employedCount: r.employedCount,
    povertyAlleviatedCount: r.povertyAlleviatedCount,
    submittedAt: r.submittedAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

/**
 * 申报列表 / 审核队列, within the user's scope (a unit its own, a new city its own new city's,
 * the bureau all). Drafts are the applicant's business: reviewers never see them.
 */
export async function listApplications({ user, input: query }: Pick<UseCase<ApplicationQuery>, "user" | "input">): Promise<Paged<ApplicationRow>> {
  assertPermission(user, "application:view");
  const parsed = applicationQuerySchema.parse(query);
  const where = applicationListWhere(user, parsed);
  const page = parsed.page;
  const [total, rows] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: applicationListOrderBy(parsed.sort),
      skip: (page - 1) * DEFAULT_PAGE_SIZE,
      take: DEFAULT_PAGE_SIZE,
      select: APPLICATION_ROW_SELECT,
    }),
  ]);
  return {
    items: rows.map(toApplicationRow),
    total,
    page,
    pageCount: pageCountOf(total),
    pageSize: DEFAULT_PAGE_SIZE,
  };
}
