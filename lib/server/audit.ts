import "server-only";
import type { Tx } from "./db";
import type { Role } from "@/lib/domain/roles";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { NO_REQUEST_CONTEXT, type RequestContext } from "./request-context";

export type AuditChanges = Record<string, { from?: unknown; to?: unknown }>;

/** Every audit row is built from this one shape: who, from where, did what, to which record. */
export type AuditEntry = {
  actor: { id: string; role: Role } | null;
  ctx?: RequestContext;
  action: AuditAction;
  entityType: string;
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  comment?: string | null;
  changes?: AuditChanges | null;
  /** When it happened: the use case's `now` (the database's clock when not given). */
  at?: Date;
};

// Fields whose values never enter the audit trail, only the fact that they changed.
const SECRET_FIELDS = new Set(["password", "passwordHash"]);

function redact(changes: AuditEntry["changes"]): AuditEntry["changes"] {
  if (!changes) return changes;
  return Object.fromEntries(
    Object.entries(changes).map(([field, change]) =>
      SECRET_FIELDS.has(field) ? [field, { from: "***", to: "***" }] : [field, change],
    ),
  );
}

/** The columns of one audit row. */
function auditRow(entry: AuditEntry) {
  const ctx = entry.ctx ?? NO_REQUEST_CONTEXT;
  return {
    actorId: entry.actor?.id ?? null,
    actorRole: entry.actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    fromState: entry.fromState ?? null,
    toState: entry.toState ?? null,
    comment: entry.comment?.trim() || null,
    changes: (redact(entry.changes) ?? undefined) as object | undefined,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    ...(entry.at ? { at: entry.at } : {}),
  };
}

/**
 * Appends one audit row inside the caller's transaction, so the change and its trail commit or
 * roll back together. There is deliberately no update or delete counterpart.
 */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(entry) });
}
