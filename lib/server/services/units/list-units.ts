import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";
import { unitWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";

const querySchema = z.object({
  page: z.number().int().min(1).max(100000).catch(1),
  q: z.string().trim().max(50).optional().catch(undefined),
});

export type UnitRow = {
  id: string;
  creditCode: string;
  name: string;
  type: string;
  newCityName: string;
  contactName: string;
  contactPhone: string;
  createdAt: Date;
};

/** 辖区单位 / 申报单位: units in the user's scope, newest first, searchable by name or code. */
export async function listUnits({ user, input: query }: Pick<UseCase<{ page?: number; q?: string }>, "user" | "input">): Promise<Paged<UnitRow>> {
  assertPermission(user, "unit:list");
  const { page, q } = querySchema.parse({ page: query.page ?? 1, q: query.q });
  const where = {
    AND: [unitWhere(user), q ? { OR: [{ name: { contains: q } }, { creditCode: { contains: q.toUpperCase() } }] } : {}],
  };
  const [total, rows] = await Promise.all([
    db.unit.count({ where }),
    db.unit.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * DEFAULT_PAGE_SIZE,
      take: DEFAULT_PAGE_SIZE,
      include: { newCity: { select: { name: true } } },
    }),
  ]);
  return {
    items: rows.map((u) => ({
      id: u.id,
      creditCode: u.creditCode,
      name: u.name,
      type: u.type,
      newCityName: u.newCity.name,
      contactName: u.contactName,
      contactPhone: u.contactPhone,
      createdAt: u.createdAt,
    })),
    total,
    page,
    pageCount: pageCountOf(total),
    pageSize: DEFAULT_PAGE_SIZE,
  };
}
