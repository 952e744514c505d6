import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { exportKindOf } from "@/lib/server/exports/registry";
import type { ExportKind } from "@/lib/server/exports/types";
import type { SessionUser } from "@/lib/server/session-user";

const labels = messages.exports.filterLabels as Record<string, string>;

/**
 * The export kind and its parsed query for this user: export:create and the list's own view
 * permission (a unit or a new city never gets the audit log), the query strictly validated. The
 * request and the job both call it, so a job re-checks what the request checked.
 */
export function exportAccess(user: SessionUser, kind: unknown, query: unknown): { definition: ExportKind; query: unknown } {
  assertPermission(user, "export:create");
  const definition = typeof kind === "string" ? exportKindOf(kind) : undefined;
  if (!definition) throw new AppError({ code: "NOT_FOUND", message: messages.exports.errors.unknownKind });
  assertPermission(user, definition.permission);
  const parsed = definition.querySchema.safeParse(query ?? {});
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => (i.code === "unrecognized_keys" ? i.keys.join("、") : String(i.path[0] ?? ""))))];
    throw new AppError({ code: "VALIDATION", message: messages.exports.errors.badQuery(fields.map((f) => labels[f] ?? f).join("、")) });
  }
  return { definition, query: parsed.data };
}
