import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import type { UseCase } from "@/lib/server/use-case";

/** 申报批次 list, newest first, with application counts (bureau, admin). */
export async function listBatches({ user }: Pick<UseCase, "user">) {
  assertPermission(user, "batch:list");
  const batches = await db.batch.findMany({ orderBy: [{ opensAt: "desc" }, { id: "asc" }], include: { _count: { select: { applications: true } } } });
  return batches.map((b) => ({ id: b.id, year: b.year, title: b.title, opensAt: b.opensAt, closesAt: b.closesAt, applicationCount: b._count.applications }));
}
