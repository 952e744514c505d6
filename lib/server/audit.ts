import "server-only";
import type { Tx } from "./db";
import type { Role } from "@/lib/domain/roles";

export type AuditEntry = {
  actorId: string | null;
  actorRole: Role | null;
  action: string;
  entityType: string;
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  comment?: string | null;
  changes?: Record<string, { from?: unknown; to?: unknown }> | null;
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

/**
 * Appends one audit row inside the caller's transaction, so the change and its trail commit or
 * roll back together. There is deliberately no update or delete counterpart.
 */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      actorRole: entry.actorRole,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      fromState: entry.fromState ?? null,
      toState: entry.toState ?? null,
      comment: entry.comment ?? null,
      changes: (redact(entry.changes) ?? undefined) as object | undefined,
    },
  });
}
