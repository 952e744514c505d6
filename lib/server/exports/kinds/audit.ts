import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { AUDIT_EXPORT_COLUMNS } from "@/lib/domain/list-columns/audit";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { AUDIT_LIST_ORDER_BY, auditListWhere, toAuditRows } from "@/lib/server/services/audit/list-audit-log";
import { inOrderOf } from "../batches";
import { defineExportKind } from "../types";

/** The log's parameters (auditQuerySchema's, without the page), refused when malformed. */
const querySchema = z.object({ action: z.string().trim().min(1).max(64).optional() }).strict();

type Query = z.output<typeof querySchema>;

export const auditExport = defineExportKind({
  kind: "audit",
  title: messages.exports.kinds.audit,
  permission: "audit:view",
  querySchema,
  columns: AUDIT_EXPORT_COLUMNS,
  describe: (q: Query) => (q.action ? [[messages.exports.filterLabels.action, messages.auditActions[q.action] ?? q.action]] : []),
  ids: async (_user, q) => (await db.auditLog.findMany({ where: auditListWhere(q), orderBy: AUDIT_LIST_ORDER_BY, select: { id: true } })).map((r) => r.id),
  load: async (_user, batch) => toAuditRows(inOrderOf(batch, await db.auditLog.findMany({ where: { id: { in: batch } } }))),
});
