import "server-only";
import { db } from "@/lib/server/db";
import { openBatchWhere } from "@/lib/domain/batch-status";
import { assertPermission } from "@/lib/domain/permissions";
import { applicationWhere, unitWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";

export type Dashboard = {
  unitCount: number;
  applicationsByStatus: Record<string, number>;
  openBatches: { id: string; title: string; year: number; opensAt: Date; closesAt: Date }[];
};

/** The figures on each role's home page, all within the user's scope. */
export async function getDashboard({ user, now = new Date() }: Pick<UseCase, "user" | "now">): Promise<Dashboard> {
  assertPermission(user, "portal:access");
  const [unitCount, grouped, openBatches] = await Promise.all([
    db.unit.count({ where: unitWhere(user) }),
    db.application.groupBy({ by: ["status"], where: applicationWhere(user), _count: { _all: true } }),
    db.batch.findMany({
      where: openBatchWhere(now),
      orderBy: { closesAt: "asc" },
      select: { id: true, title: true, year: true, opensAt: true, closesAt: true },
    }),
  ]);
  return {
    unitCount,
    applicationsByStatus: Object.fromEntries(grouped.map((g) => [g.status, g._count._all])),
    openBatches,
  };
}
