// The columns of 操作日志, once: the audit table on screen and its Excel export.
import type { ColumnDef } from "@/lib/domain/columns";
import { formatDateTime } from "@/lib/domain/dates";
import { isRole } from "@/lib/domain/roles";
import { messages } from "@/lib/i18n/messages.zh-CN";

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

const c = messages.portal.columns;

export const auditColumns = {
  time: { key: "time", header: c.time, value: (r) => formatDateTime(r.at), width: 18 },
  actor: { key: "actor", header: c.actor, value: (r) => r.actorName, width: 18 },
  role: { key: "role", header: c.role, value: (r) => (r.actorRole && isRole(r.actorRole) ? messages.roles[r.actorRole] : null), width: 14 },
  action: { key: "action", header: c.action, value: (r) => messages.auditActions[r.action as keyof typeof messages.auditActions] ?? r.action, width: 20 },
  object: { key: "object", header: c.object, value: (r) => `${r.entityType} ${r.entityId}`, width: 36 },
  state: { key: "state", header: c.state, value: (r) => (r.fromState || r.toState ? `${r.fromState ?? "—"} → ${r.toState ?? "—"}` : null), width: 28 },
  comment: { key: "comment", header: c.comment, value: (r) => r.comment, width: 40 },
} satisfies Record<string, ColumnDef<AuditRow>>;

/** Screen and workbook alike (the screen shows the role beside the actor's name). */
export const AUDIT_EXPORT_COLUMNS: readonly ColumnDef<AuditRow>[] = [auditColumns.time, auditColumns.actor, auditColumns.role, auditColumns.action, auditColumns.object, auditColumns.state, auditColumns.comment];
