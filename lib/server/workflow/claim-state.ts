import "server-only";
import type { Tx } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { checkTransition, type Machine, type Party, type TransitionSpec } from "@/lib/domain/workflow";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { writeAudit, type AuditChanges } from "@/lib/server/audit";
import { notifyParties } from "@/lib/server/notify";
import type { RequestContext } from "@/lib/server/request-context";
import type { SessionUser } from "@/lib/server/session-user";

/** The only write the engine needs of a table: a conditional update on the expected state. */
export type StatusRecords<S extends string> = {
  updateMany(args: { where: { id: string; status: S }; data: Record<string, unknown> }): Promise<{ count: number }>;
};

/**
 * How one aggregate with a status column plugs into the engine: its machine, its table, where
 * its audit rows go, who its parties are and what a notification says. One binding per
 * aggregate (lib/server/workflow/aggregates.ts); a new aggregate is a machine table plus one.
 */
export type Aggregate<S extends string, A extends string, R extends { id: string; status: S }> = {
  machine: Machine<S, A>;
  records: (tx: Tx) => StatusRecords<S>;
  /** The record the audit row is about (e.g. an objection is audited on its application's trail). */
  auditEntity?: (record: R) => { type: string; id: string };
  /** The unit(s) and new city the parties "unit" and "newCity" mean for this record. */
  audience?: (record: R) => { unitId: string | null; unitIds?: readonly string[]; newCityId: string | null };
  /** What a notification says: its subject ("申报“沣西家政师”"), link, and the labels. */
  describe?: (record: R) => { subject: string; link: string };
  actionLabel: (action: A) => string;
  stateLabel: (state: S) => string;
  /** The refusal when the record moved on meanwhile (defaults to 该记录状态已变更). */
  stale?: () => AppError;
};

export const staleState = () => new AppError({ code: "STALE_STATE", message: messages.errors.staleState });

/** The workflow's own reason as an AppError: a wrong role is FORBIDDEN, a moved state is STALE_STATE. */
export function assertTransition<S extends string, A extends string, R extends { id: string; status: S }>(
  aggregate: Aggregate<S, A, R>,
  { user, action, status, comment }: { user: SessionUser; action: A; status: S; comment?: string | null },
): TransitionSpec<S, A> {
  const check = checkTransition(aggregate.machine, { action, role: user.role, status, comment });
  if (check.ok) return check.transition;
  if (check.reason === "wrong-role") throw new AppError({ code: "FORBIDDEN", message: messages.workflowErrors.wrongRole });
  if (check.reason === "wrong-state") throw (aggregate.stale ?? staleState)();
  throw new AppError({ code: "VALIDATION", message: messages.workflowErrors.commentRequired, fieldErrors: { comment: [messages.workflowErrors.commentRequired] } });
}

/**
 * Moves `record` from its current state to the action's target inside `tx`, for any aggregate:
 * a conditional update on the expected state (so of two officials acting at once the second
 * finds the state changed — on PostgreSQL it waits on the row lock, then updates nothing), the
 * audit row with the changed fields, the request's IP and user agent, and the notifications
 * with their outbox rows. Call it before the use case's other writes, so the state is claimed
 * first. `data` carries the other columns the action sets.
 */
export async function claimState<S extends string, A extends string, R extends { id: string; status: S }>(
  tx: Tx,
  {
    aggregate,
    user,
    ctx,
    action,
    record,
    comment,
    data = {},
    changes,
    now,
  }: {
    aggregate: Aggregate<S, A, R>;
    user: SessionUser;
    ctx?: RequestContext;
    action: A;
    record: R;
    comment?: string | null;
    data?: Record<string, unknown>;
    changes?: AuditChanges;
    /** The use case's instant, recorded on the audit row. */
    now?: Date;
  },
): Promise<TransitionSpec<S, A>> {
  const transition = assertTransition(aggregate, { user, action, status: record.status, comment });
  const updated = await aggregate.records(tx).updateMany({
    where: { id: record.id, status: record.status },
    data: { ...data, status: transition.to },
  });
  if (updated.count !== 1) throw (aggregate.stale ?? staleState)();

  // Decisions record the columns they set besides the status (opinion, reason …).
  const setFields: AuditChanges = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, { to: v instanceof Date ? v.toISOString() : v }]));
  const entity = aggregate.auditEntity?.(record) ?? { type: aggregate.machine.entityType, id: record.id };
  const note = comment?.trim() || null;
  await writeAudit(tx, {
    actor: user,
    ctx,
    action: `${aggregate.machine.name}.${action}` as AuditAction,
    entityType: entity.type,
    entityId: entity.id,
    fromState: record.status,
    toState: transition.to,
    comment: note,
    changes: Object.keys(setFields).length > 0 || changes ? { ...setFields, ...changes } : null,
    at: now,
  });

  if (transition.notify.length > 0 && aggregate.audience && aggregate.describe) {
    const audience = aggregate.audience(record);
    const { subject, link } = aggregate.describe(record);
    const label = aggregate.actionLabel(action);
    await notifyParties(tx, {
      parties: transition.notify as readonly Party[],
      unitId: audience.unitId ?? "",
      unitIds: audience.unitIds,
      newCityId: audience.newCityId ?? "",
      message: {
        title: `${subject}：${label}`,
        body: note ? `${label}。意见：${note}` : `${label}。当前状态：${aggregate.stateLabel(transition.to)}`,
        link,
      },
    });
  }
  return transition;
}
