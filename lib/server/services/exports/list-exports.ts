import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";
import type { ExportStatus } from "@/lib/domain/export-statuses";
import type { UseCase } from "@/lib/server/use-case";

const querySchema = z.object({ page: z.coerce.number().int().min(1).max(100000).catch(1) });

export type ExportFileRow = {
  id: string;
  kind: string;
  fileName: string;
  status: ExportStatus;
  rowCount: number | null;
  sizeBytes: number | null;
  createdAt: Date;
  finishedAt: Date | null;
};

/** 导出记录: the user's own exports (nobody sees another's), newest first. */
export async function listExports({ user, input }: Pick<UseCase<{ page?: unknown }>, "user" | "input">): Promise<Paged<ExportFileRow>> {
  assertPermission(user, "export:create");
  const { page } = querySchema.parse(input ?? {});
  const where = { requestedById: user.id };
  const [total, rows] = await Promise.all([
    db.exportFile.count({ where }),
    db.exportFile.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * DEFAULT_PAGE_SIZE,
      take: DEFAULT_PAGE_SIZE,
      select: { id: true, kind: true, fileName: true, status: true, rowCount: true, sizeBytes: true, createdAt: true, finishedAt: true },
    }),
  ]);
  return { items: rows.map((r) => ({ ...r, status: r.status as ExportStatus })), total, page, pageCount: pageCountOf(total), pageSize: DEFAULT_PAGE_SIZE };
}
