import "server-only";
import { db, type Db, type Tx } from "@/lib/server/db";
import { shanghaiToday } from "@/lib/domain/dates";
import { assertPermission } from "@/lib/domain/permissions";
import { mayApply } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { UseCase } from "@/lib/server/use-case";
import { revocationsOf } from "./eligibility-input";

export type UnitBan = { bannedThrough: string; mayApplyFrom: string; message: string };

/**
 * E5/M3: whether the unit with this credit code is barred from applying on `now`'s Shanghai
 * date (mayApply over its revocations on record, revocationsOf). The 新建申报 screen and
 * createApplication both ask this, so they refuse with the same dates and message.
 */
export async function unitBan(client: Db | Tx, { creditCode, now }: { creditCode: string; now: Date }): Promise<UnitBan | null> {
  const verdict = mayApply({ creditCode, asOf: shanghaiToday(now), revocations: await revocationsOf(client, [creditCode]) });
  if (!verdict.bannedThrough || !verdict.mayApplyFrom) return null;
  return { bannedThrough: verdict.bannedThrough, mayApplyFrom: verdict.mayApplyFrom, message: messages.evaluations.errors.banned(verdict.bannedThrough, verdict.mayApplyFrom) };
}

/** The signed-in unit's own ban, for its 新建申报 screen (null when it may apply). */
export async function getOwnUnitBan({ user, now = new Date() }: Pick<UseCase<unknown>, "user" | "now">): Promise<UnitBan | null> {
  assertPermission(user, "application:create");
  if (!user.unitId) return null;
  const unit = await db.unit.findUnique({ where: { id: user.unitId }, select: { creditCode: true } });
  return unit ? unitBan(db, { creditCode: unit.creditCode, now }) : null;
}
