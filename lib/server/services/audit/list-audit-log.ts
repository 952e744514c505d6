import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";
import type { AuditRow } from "@/lib/domain/list-columns/audit";
import type { UseCase } from "@/lib/server/use-case";

export type { AuditRow } from "@/lib/domain/list-columns/audit";

export const auditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).catch(1),
  action: z.string().trim().max(64).optional().catch(undefined),
});

export type AuditQuery = Partial<z.input<typeof auditQuerySchema>>;

/** The log's filter, once: the screen and its Excel export (lib/server/exports) both use it. */
export function auditListWhere({ action }: { action?: string }) {
  return action ? { action } : {};
}

/** Newest first; the id makes the order total. */
export const AUDIT_LIST_ORDER_BY = [{ at: "desc" as const }, { id: "desc" as const }];

type AuditRecord = Omit<AuditRow, "actorName"> & { actorId: string | null };

/** Rows from their records, with each actor's display name (one query for the batch). */
export async function toAuditRows(records: readonly AuditRecord[]): Promise<AuditRow[]> {
  const actorIds = [...new Set(records.map((r) => r.actorId).filter((id): id is string => !!id))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } });
  const names = new Map(actors.map((a) => [a.id, a.displayName]));
  return records.map((r) => ({
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
  }));
}

/** 操作日志: the append-only audit trail, newest first (bureau and admin). */
export async function listAuditLog({ user, input: query }: Pick<UseCase<AuditQuery>, "user" | "input">): Promise<Paged<AuditRow>> {
  assertPermission(user, "audit:view");
  const { page, action } = auditQuerySchema.parse(query ?? {});
  const where = auditListWhere({ action });
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: AUDIT_LIST_ORDER_BY, skip: (page - 1) * DEFAULT_PAGE_SIZE, take: DEFAULT_PAGE_SIZE }),
  ]);
  return { items: await toAuditRows(rows), total, page, pageCount: pageCountOf(total), pageSize: DEFAULT_PAGE_SIZE };
}
