import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { checkTransition, type ApplicationStatus, type WorkflowAction } from "@/lib/domain/application-workflow";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { applicationWhere } from "@/lib/server/scope";
import { writeAudit } from "@/lib/server/audit";
import { notifyParties } from "@/lib/server/notify";
import type { SessionUser } from "@/lib/server/session-user";

export const staleState = () => new AppError({ code: "STALE_STATE", message: messages.errors.staleState });
export const notFound = () => new AppError({ code: "NOT_FOUND", message: messages.errors.notFound });

/**
 * The application if this user may see it; otherwise NOT_FOUND, so another scope's ids reveal
 * nothing (not even that they exist).
 */
export async function findVisibleApplication(user: SessionUser, applicationId: unknown, tx: Tx = db) {
  if (typeof applicationId !== "string" || applicationId.length === 0 || applicationId.length > 64) throw notFound();
  const app = await tx.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationWhere(user)] },
    include: { leadUnits: { orderBy: { position: "asc" } }, attachments: true, unit: { select: { name: true, creditCode: true } }, publicityNotice: { include: { objections: true } } },
  });
  if (!app) throw notFound();
  return app;
}

/** Refuses with the workflow's own reason; a wrong role is FORBIDDEN, a moved state is STALE_STATE. */
export function assertTransition({ user, action, status, comment }: { user: SessionUser; action: WorkflowAction; status: ApplicationStatus; comment?: string | null }) {
  const check = checkTransition({ action, role: user.role, status, comment });
  if (check.ok) return check.transition;
  if (check.reason === "wrong-role") throw new AppError({ code: "FORBIDDEN", message: messages.workflowErrors.wrongRole });
  if (check.reason === "wrong-state") throw staleState();
  throw new AppError({ code: "VALIDATION", message: messages.workflowErrors.commentRequired, fieldErrors: { comment: [messages.workflowErrors.commentRequired] } });
}

/**
 * Moves the application from `from` to the action's target inside `tx`: a conditional update
 * (so two officials acting at once cannot both succeed), the audit row and the notifications.
 * `data` carries the other columns the action sets.
 */
export async function applyTransition(
  tx: Tx,
  {
    user,
    action,
    application,
    comment,
    data = {},
    changes,
  }: {
    user: SessionUser;
    action: WorkflowAction;
    application: { id: string; status: ApplicationStatus; unitId: string; newCityId: string; brandName: string };
    comment?: string | null;
    data?: Record<string, unknown>;
    changes?: Record<string, { from?: unknown; to?: unknown }>;
  },
) {
  const transition = assertTransition({ user, action, status: application.status, comment });
  const updated = await tx.application.updateMany({
    where: { id: application.id, status: application.status },
    data: { ...data, status: transition.to },
  });
  if (updated.count !== 1) throw staleState();
  await writeAudit(tx, {
    actorId: user.id,
    actorRole: user.role,
    action: `application.${action}`,
    entityType: "Application",
    entityId: application.id,
    fromState: application.status,
    toState: transition.to,
    comment: comment?.trim() || null,
    changes,
  });
  const label = messages.workflowActions[action] ?? action;
  await notifyParties(tx, {
    parties: transition.notify,
    unitId: application.unitId,
    newCityId: application.newCityId,
    message: {
      title: `申报“${application.brandName || "未命名"}”：${label}`,
      body: comment?.trim() ? `${label}。意见：${comment.trim()}` : `${label}。当前状态：${messages.applicationStatus[transition.to] ?? transition.to}`,
      link: `/applications/${application.id}`,
    },
  });
  return transition;
}
