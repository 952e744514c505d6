import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { transitionOf, type ApplicationAction } from "@/lib/domain/application-workflow";
import { assertPermission } from "@/lib/domain/permissions";
import { reviewDecisionSchema } from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { isUniqueViolation } from "@/lib/server/db/errors";
import type { UseCase } from "@/lib/server/use-case";
import { applicationAggregate } from "@/lib/server/workflow/aggregates";
import { assertTransition, claimState, staleState } from "@/lib/server/workflow/claim-state";
import { findVisibleApplication, type VisibleApplication } from "./find-visible-application";

export type Decision = { applicationId: string; comment: string; fieldComments: { field: string; message: string }[] };
type Step<T> = (args: { tx: Tx; app: VisibleApplication; decision: Decision }) => Promise<T>;

/**
 * The shared path of every reviewer decision (not a use case itself; each decision's file calls
 * it), in one transaction: permission, zod, the scoped application, the action's own checks
 * (`check`, which may return columns to set), then claimState — the conditional transition with
 * its audit row and notifications — and only then the action's other writes (`after`, whose
 * value the use case returns). Claiming the state before writing anything else means that of
 * two officials acting at once, the second waits on the row and then finds the state changed —
 * on PostgreSQL as on SQLite — instead of colliding on the first one's records.
 */
export async function decideApplication<T = void>({
  user,
  input,
  ctx,
  now,
  action,
  check,
  after,
}: UseCase & { action: ApplicationAction; check?: Step<Record<string, unknown> | void>; after?: Step<T> }): Promise<{ status: string; result: T }> {
  assertPermission(user, transitionOf(action).permission);
  const parsed = reviewDecisionSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const decision = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const app = await findVisibleApplication(user, decision.applicationId, tx);
      assertTransition(applicationAggregate, { user, action, status: app.status, comment: decision.comment });
      const data = (await check?.({ tx, app, decision })) ?? {};
      const transition = await claimState(tx, { aggregate: applicationAggregate, user, ctx, action, record: app, comment: decision.comment, data, now });
      const result = (await after?.({ tx, app, decision })) as T;
      return { status: transition.to, result };
    });
  } catch (error) {
    // A unique index lost a race (e.g. two certificates numbered at once): nothing was written.
    if (isUniqueViolation(error)) throw staleState();
    throw error;
  }
}

/** Field comments go with a return, on the version the reviewer read. */
export async function saveFieldComments({ tx, user, app, decision }: { tx: Tx; user: UseCase["user"]; app: VisibleApplication; decision: Decision }) {
  for (const c of decision.fieldComments) {
    await tx.reviewComment.create({
      data: { applicationId: app.id, version: app.version, field: c.field, message: c.message, authorId: user.id, authorRole: user.role },
    });
  }
}
