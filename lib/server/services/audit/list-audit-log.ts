import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";
import type { UseCase } from "@/lib/server/use-case";

const querySchema = z.object({
  page: z.number().int().min(1).max(100000).catch(1),
  action: z.string().trim().max(64).optional().catch(undefined),
});

export type AuditRow = {
  id: string;
  at: Date;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
};

/** 操作日志: the append-only audit trail, newest first (bureau and admin). */
export async function listAuditLog({ user, input: query }: Pick<UseCase<{ page?: number; action?: string }>, "user" | "input">): Promise<Paged<AuditRow>> {
  assertPermission(user, "audit:view");
  const { page, action } = querySchema.parse({ page: query.page ?? 1, action: query.action });
  const where = action ? { action } : {};
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * DEFAULT_PAGE_SIZE, take: DEFAULT_PAGE_SIZE }),
  ]);
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => !!id))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } });
  const names = new Map(actors.map((a) => [a.id, a.displayName]));
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      actorRole: r.actorRole,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      fromState: r.fromState,
      toState: r.toState,
      comment: r.comment,
    })),
    total,
    page,
    pageCount: pageCountOf(total),
    pageSize: DEFAULT_PAGE_SIZE,
  };
}
