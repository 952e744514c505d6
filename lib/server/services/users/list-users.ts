import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";
import type { UseCase } from "@/lib/server/use-case";

const querySchema = z.object({ page: z.number().int().min(1).max(100000).catch(1) });

export type UserRow = {
  id: string;
  loginName: string;
  displayName: string;
  role: string;
  newCityName: string | null;
  active: boolean;
  lastLoginAt: Date | null;
};

/** 用户管理: every account (admin only); password hashes are omitted by the db client. */
export async function listUsers({ user, input: query }: Pick<UseCase<{ page?: number }>, "user" | "input">): Promise<Paged<UserRow>> {
  assertPermission(user, "user:manage");
  const { page } = querySchema.parse({ page: query.page ?? 1 });
  const [total, rows] = await Promise.all([
    db.user.count(),
    db.user.findMany({
      orderBy: [{ role: "asc" }, { loginName: "asc" }],
      skip: (page - 1) * DEFAULT_PAGE_SIZE,
      take: DEFAULT_PAGE_SIZE,
      include: { newCity: { select: { name: true } } },
    }),
  ]);
  return {
    items: rows.map((u) => ({
      id: u.id,
      loginName: u.loginName,
      displayName: u.displayName,
      role: u.role,
      newCityName: u.newCity?.name ?? null,
      active: u.active,
      lastLoginAt: u.lastLoginAt,
    })),
    total,
    page,
    pageCount: pageCountOf(total),
    pageSize: DEFAULT_PAGE_SIZE,
  };
}
