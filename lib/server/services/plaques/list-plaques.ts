import "server-only";
import { db } from "@/lib/server/db";
import { formatCalendarDate } from "@/lib/domain/dates";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";
import { assertPermission } from "@/lib/domain/permissions";
import type { PlaqueKind, PlaqueStatus } from "@/lib/domain/recognition-statuses";
import { brandWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";

/** One plaque as the brand page and the 待收回牌匾 list show it. */
export type PlaqueRow = {
  id: string;
  plaqueNo: string;
  kind: PlaqueKind;
  brandId: string;
  brandName: string;
  level: string;
  unitName: string | null;
  status: PlaqueStatus;
  issuedOn: string;
  reclaimReason: string | null;
  reclaimOrderedOn: string | null;
  reclaimedOn: string | null;
  reclaimNote: string | null;
};

const select = {
  id: true,
  plaqueNo: true,
  kind: true,
  brandId: true,
  status: true,
  issuedOn: true,
  reclaimReason: true,
  reclaimOrderedAt: true,
  reclaimedOn: true,
  reclaimNote: true,
  brand: { select: { name: true } },
  recognition: { select: { level: true } },
  leadUnit: { select: { unitName: true } },
} as const;

type Selected = { id: string; plaqueNo: string; kind: PlaqueKind; brandId: string; status: PlaqueStatus; issuedOn: Date; reclaimReason: string | null; reclaimOrderedAt: Date | null; reclaimedOn: Date | null; reclaimNote: string | null; brand: { name: string }; recognition: { level: string }; leadUnit: { unitName: string } | null };

const toRow = (p: Selected): PlaqueRow => ({
  id: p.id,
  plaqueNo: p.plaqueNo,
  kind: p.kind,
  brandId: p.brandId,
  brandName: p.brand.name,
  level: p.recognition.level,
  unitName: p.leadUnit?.unitName ?? null,
  status: p.status,
  issuedOn: formatCalendarDate(p.issuedOn),
  reclaimReason: p.reclaimReason,
  reclaimOrderedOn: p.reclaimOrderedAt ? p.reclaimOrderedAt.toISOString() : null,
  reclaimedOn: p.reclaimedOn ? formatCalendarDate(p.reclaimedOn) : null,
  reclaimNote: p.reclaimNote,
});

/** A brand's plaques (the brand page's 牌匾 section), within the user's brand scope. */
export async function listBrandPlaques({ user, input }: Pick<UseCase<{ brandId: string }>, "user" | "input">): Promise<PlaqueRow[]> {
  assertPermission(user, "brand:view");
  const rows = await db.plaque.findMany({ where: { brandId: input.brandId, brand: brandWhere(user) }, orderBy: [{ issuedOn: "asc" }, { plaqueNo: "asc" }], select });
  return rows.map((p) => toRow(p as Selected));
}

/** 待收回牌匾: every plaque ordered back and not yet recorded as reclaimed, oldest order first. */
export async function listPlaquesToReclaim({ user, input }: Pick<UseCase<{ page?: unknown }>, "user" | "input">): Promise<Paged<PlaqueRow>> {
  assertPermission(user, "evaluation:view");
  const page = typeof input.page === "number" && Number.isInteger(input.page) && input.page > 0 ? input.page : 1;
  const where = { status: "TO_RECLAIM" as const, brand: brandWhere(user) };
  const [total, rows] = await Promise.all([
    db.plaque.count({ where }),
    db.plaque.findMany({ where, orderBy: [{ reclaimOrderedAt: "asc" }, { plaqueNo: "asc" }], select, skip: (page - 1) * DEFAULT_PAGE_SIZE, take: DEFAULT_PAGE_SIZE }),
  ]);
  return { items: rows.map((p) => toRow(p as Selected)), total, page, pageCount: pageCountOf(total), pageSize: DEFAULT_PAGE_SIZE };
}
