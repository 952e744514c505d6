import "server-only";
import { formatCalendarDate } from "@/lib/domain/dates";
import { assertPermission } from "@/lib/domain/permissions";
import type { UseCase } from "@/lib/server/use-case";
import { findVisibleLeadUnit, standingOf } from "./find-visible-evaluation";

/** What the 安排评估 page shows: the lead unit's recognition, its cycle to schedule and whether one is already scheduled. */
export async function getScheduleTarget({ user, input, now = new Date() }: Pick<UseCase<{ leadUnitRecognitionId: unknown }>, "user" | "input" | "now">) {
  assertPermission(user, "evaluation:schedule");
  const lu = await findVisibleLeadUnit(user, input.leadUnitRecognitionId);
  const s = standingOf(lu, now);
  const scheduled = lu.evaluations.find((ev) => ev.status === "SCHEDULED") ?? null;
  return {
    id: lu.id,
    unitName: lu.unitName,
    brandId: lu.brandId,
    brandName: lu.brand.name,
    level: lu.level,
    status: lu.status,
    recognisedOn: formatCalendarDate(lu.recognisedOn),
    standing: s.standing,
    cycle: s.cycle && s.cycle.status !== "upcoming" ? s.cycle : null,
    scheduledId: scheduled?.id ?? null,
  };
}
