import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { formatCalendarDate, parseCalendarDate, storedDateOf } from "@/lib/domain/dates";
import { assertPermission } from "@/lib/domain/permissions";
import type { PushAction } from "@/lib/domain/push-workflow";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { recordPushOutcomeSchema } from "@/lib/schemas/push";
import { fieldErrorsOf } from "@/lib/schemas/common";
import type { Effects } from "@/lib/server/effects";
import type { UseCase } from "@/lib/server/use-case";
import { pushAggregate } from "@/lib/server/workflow/aggregates";
import { assertTransition, claimState } from "@/lib/server/workflow/claim-state";
import { assertBrandFile } from "../brand-files/read-brand-file";
import { gainLevel } from "../brands/levels";
import { activeLeadUnits } from "./lead-units";
import { findVisiblePush } from "./find-visible-push";

const e = messages.pushes.errors;
const invalid = (field: string, message: string) => new AppError({ code: "VALIDATION", message, fieldErrors: { [field]: [message] } });

/**
 * 登记推送结果 (RULES.md F4, F5): the higher body's decision on an open push, recorded once.
 * 获认定 needs the issuing body, the document number and the scanned document (a BrandFile of kind
 * OUTCOME_DOCUMENT of this brand); it gives the brand the new level, its active lead units their
 * recognitions at that level and the S4 top-up award (gainLevel). 未获认定 needs a note and keeps
 * the level. The push's state is claimed first (a second outcome is STALE_STATE), and its openKey
 * released, so the brand may be pushed again.
 */
export async function recordPushOutcome({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "push:record-outcome");
  const parsed = recordPushOutcomeSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const d = parsed.data;
  const outcomeOn = parseCalendarDate(d.outcomeOn) as Date;
  if (outcomeOn.getTime() > storedDateOf(now).getTime()) throw invalid("outcomeOn", e.dateInFuture);
  const action: PushAction = d.outcome === "RECOGNISED" ? "recordRecognised" : "recordNotRecognised";

  const result = await db.$transaction(async (tx) => {
    const push = await findVisiblePush(user, d.pushId, tx);
    // The workflow's own refusals first (a wrong role, an outcome already recorded), before any check of the input against it.
    assertTransition(pushAggregate, { user, action, status: push.status, comment: d.note });
    if (outcomeOn.getTime() < push.pushedOn.getTime()) throw invalid("outcomeOn", e.dateBeforePush(formatCalendarDate(push.pushedOn)));
    if (d.outcome === "RECOGNISED") {
      await assertBrandFile(tx, { fileId: d.documentId as string, brandId: push.brandId, kind: "OUTCOME_DOCUMENT" }).catch(() => {
        throw invalid("documentId", e.documentInvalid);
      });
    }
    const { units, unitIds } = await activeLeadUnits(tx, push.brandId);
    if (d.outcome === "RECOGNISED" && units.length === 0) throw new AppError({ code: "RULE_VIOLATION", message: e.noActiveLeadUnit });

    await claimState(tx, {
      aggregate: pushAggregate,
      user,
      ctx,
      now,
      action,
      record: { id: push.id, status: push.status, brandId: push.brandId, brandName: push.brand.name, newCityId: push.brand.newCityId, leadUnitIds: unitIds },
      comment: d.note ?? null,
      data: { outcomeOn, outcomeNote: d.note ?? null, outcomeById: user.id, openKey: null },
      changes: {
        pushId: { to: push.id },
        toLevel: { to: push.toLevel },
        ...(d.outcome === "RECOGNISED" ? { issuingBody: { to: d.issuingBody }, documentNo: { to: d.documentNo }, documentId: { to: d.documentId } } : {}),
      },
    });
    if (d.outcome === "NOT_RECOGNISED") return { status: "NOT_RECOGNISED" as const, level: push.brand.highestLevel, awardId: null, slug: push.brand.slug };

    const gained = await gainLevel(tx, {
      user,
      ctx,
      now,
      gained: {
        brandId: push.brandId,
        level: push.toLevel,
        recognisedOn: outcomeOn,
        pushId: push.id,
        issuingBody: d.issuingBody,
        documentNo: d.documentNo,
        documentId: d.documentId,
        leadUnits: units,
      },
    });
    return { status: "RECOGNISED" as const, level: gained.highestLevel, awardId: gained.award?.id ?? null, slug: push.brand.slug };
  });

  // A new level shows on the public brand page (and its lists) at once.
  const effects: Effects | undefined = result.status === "RECOGNISED" ? { brandSlugs: [result.slug] } : undefined;
  return { status: result.status, highestLevel: result.level, awardId: result.awardId, effects };
}
