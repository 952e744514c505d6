import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { formatCalendarDate, formatDateTime } from "@/lib/domain/dates";
import type { RevocationRow } from "@/lib/domain/revocation-columns";
import { banOf } from "@/lib/eligibility";
import { parseCalendarDate as parseRuleDate } from "@/lib/eligibility/dates";
import { REVOCATION_PAGE_SIZE, revocationListQuerySchema, type RevocationListQuery } from "@/lib/schemas/revocation";
import type { SessionUser } from "@/lib/server/session-user";
import type { UseCase } from "@/lib/server/use-case";
import { revocationScopeOf } from "./find-visible-revocation";

/** The query of a raw URL search (or an export's stored query): bad values are dropped, never widened. */
export function parseRevocationListQuery(raw: unknown): RevocationListQuery {
  const parsed = revocationListQuerySchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

/** A year in Shanghai time: [Jan 1 00:00 +08:00, next Jan 1), as instants. */
const shanghaiYear = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000), lt: new Date(Date.UTC(year + 1, 0, 1) - 8 * 3_600_000) });

/**
 * THE where of the revocation list, for the screen and its export alike: the user's scope
 * (revocationWhere) AND the query's filters. A year matches the revocation date of a confirmed
 * revocation, else the year it was proposed.
 */
export async function revocationListWhere(user: SessionUser, query: RevocationListQuery, tx: Tx = db) {
  const and: Record<string, unknown>[] = [await revocationScopeOf(user, tx)];
  if (query.status) and.push({ status: query.status });
  if (query.reason) and.push({ reason: query.reason });
  if (query.severe) and.push({ severe: query.severe === "true" });
  if (query.newCityId) and.push({ brand: { newCityId: query.newCityId } });
  if (query.brandId) and.push({ brandId: query.brandId });
  if (query.year) {
    const y = query.year;
    and.push({ OR: [{ revokedOn: { gte: new Date(Date.UTC(y, 0, 1)), lt: new Date(Date.UTC(y + 1, 0, 1)) } }, { revokedOn: null, proposedAt: shanghaiYear(y) }] });
  }
  return { AND: and };
}

/** THE order of the revocation list: newest proposal first (id breaks ties, so pages are stable). */
export const REVOCATION_LIST_ORDER = [{ proposedAt: "desc" as const }, { id: "desc" as const }];

/** What one row reads from the database. */
export const REVOCATION_ROW_SELECT = {
  id: true,
  brandId: true,
  creditCode: true,
  unitName: true,
  reason: true,
  severe: true,
  status: true,
  proposedAt: true,
  proposedById: true,
  decidedAt: true,
  decidedById: true,
  revokedOn: true,
  brand: { select: { name: true, newCityId: true, newCity: { select: { name: true } } } },
} as const;

type RawRow = {
  id: string;
  brandId: string;
  creditCode: string;
  unitName: string;
  reason: string;
  severe: boolean;
  status: RevocationRow["status"];
  proposedAt: Date;
  proposedById: string;
  decidedAt: Date | null;
  decidedById: string | null;
  revokedOn: Date | null;
  brand: { name: string; newCityId: string; newCity: { name: string } };
};

/** Rows as the list shows them (names of the officials read in one query). */
export async function toRevocationRows(rows: readonly RawRow[], tx: Tx = db): Promise<RevocationRow[]> {
  const userIds = [...new Set(rows.flatMap((r) => [r.proposedById, r.decidedById]).filter((id): id is string => !!id))];
  const users = userIds.length > 0 ? await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }) : [];
  const name = new Map(users.map((u) => [u.id, u.displayName]));
  return rows.map((r) => {
    const revokedOn = r.revokedOn ? formatCalendarDate(r.revokedOn) : null;
    const parsed = revokedOn ? parseRuleDate(revokedOn) : null;
    return {
      id: r.id,
      brandId: r.brandId,
      brandName: r.brand.name,
      newCityId: r.brand.newCityId,
      newCityName: r.brand.newCity.name,
      creditCode: r.creditCode,
      unitName: r.unitName,
      reason: r.reason,
      severe: r.severe,
      status: r.status,
      proposedAt: formatDateTime(r.proposedAt),
      proposerName: name.get(r.proposedById) ?? "",
      decidedAt: r.decidedAt ? formatDateTime(r.decidedAt) : null,
      deciderName: r.decidedById ? (name.get(r.decidedById) ?? "") : null,
      revokedOn,
      banLastDay: parsed?.ok && r.status === "CONFIRMED" ? banOf({ revokedOn: parsed.date }).banLastDay : null,
    };
  });
}

/**
 * 撤销管理 list (M1–M3, revocation:view): the bureau all; a new city the confirmed revocations of
 * its brands; a unit the confirmed ones about itself. Filters (status, reason, severe, new city,
 * year, brand) come from the URL; 20 a page.
 */
export async function listRevocations({ user, input }: Pick<UseCase, "user" | "input">) {
  assertPermission(user, "revocation:view");
  const query = parseRevocationListQuery(input);
  const where = await revocationListWhere(user, query);
  const total = await db.revocation.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REVOCATION_PAGE_SIZE));
  const page = Math.min(query.page ?? 1, pageCount);
  const rows = await db.revocation.findMany({ where, orderBy: REVOCATION_LIST_ORDER, skip: (page - 1) * REVOCATION_PAGE_SIZE, take: REVOCATION_PAGE_SIZE, select: REVOCATION_ROW_SELECT });
  return { rows: await toRevocationRows(rows as RawRow[]), total, page, pageCount, pageSize: REVOCATION_PAGE_SIZE, query };
}

export type RevocationList = Awaited<ReturnType<typeof listRevocations>>;
