// The publicity period (公示, RULES.md P1; settings.publicityDays) and what it decides: when it
// ends, when the bureau may recognise or refuse after it, and which objections count. The
// services refuse, and the review screen disables its buttons, on the same verdicts, so a
// reviewer never sees a button the server would refuse or the reverse.
import { addDays, calendarDateOf, shanghaiMidnight, startOfMinute, type CalendarDate } from "./dates";
import { defaultEligibilitySettings, type EligibilitySettings } from "./settings";

/** A publicity notice: published at `startsAt`; `endsAt` is exclusive (the midnight after its last day). */
export type PublicityWindow = { startsAt: Date; endsAt: Date };

export type ObjectionState = { status: string };

/**
 * Why a publicity decision or objection is refused. The codes are the keys of the Chinese
 * messages in messages.workflowErrors, so callers write `w[verdict.reason]`.
 */
export type PublicityRefusal = "publicityNotEnded" | "objectionPending" | "objectionUpheld" | "noUpheldObjection" | "publicityClosed";

export type PublicityVerdict = { ok: true } | { ok: false; reason: PublicityRefusal };

const allowed: PublicityVerdict = { ok: true };
const refused = (reason: PublicityRefusal): PublicityVerdict => ({ ok: false, reason });

/**
 * The period opened by an approval at `approvedAt`: it starts then and runs through the
 * `publicityDays`-th Shanghai calendar day after the approval day, ending at the following
 * midnight. Approved 2026-11-26 15:00 with 7 days → last day 2026-12-03, ends 2026-12-04 00:00.
 */
export function publicityPeriod({ approvedAt, settings = defaultEligibilitySettings }: { approvedAt: Date; settings?: EligibilitySettings }): PublicityWindow & { lastDay: CalendarDate } {
  const lastDay = addDays(calendarDateOf(approvedAt), settings.publicityDays);
  return { startsAt: approvedAt, endsAt: shanghaiMidnight(addDays(lastDay, 1)), lastDay };
}

/** upcoming: not yet published; running: objections may be received; ended: the period is over. */
export type PublicityPhase = "upcoming" | "running" | "ended";

export function publicityPhase({ notice, now }: { notice: PublicityWindow; now: Date }): PublicityPhase {
  if (now.getTime() < notice.startsAt.getTime()) return "upcoming";
  return now.getTime() < notice.endsAt.getTime() ? "running" : "ended";
}

function ended(notice: PublicityWindow | null | undefined, now: Date): notice is PublicityWindow {
  return notice !== null && notice !== undefined && publicityPhase({ notice, now }) === "ended";
}

/** 公示期满，确认认定: only after the end, with no objection pending and none upheld. */
export function mayRecognise({ notice, objections, now }: { notice: PublicityWindow | null | undefined; objections: readonly ObjectionState[]; now: Date }): PublicityVerdict {
  if (!ended(notice, now)) return refused("publicityNotEnded");
  if (objections.some((o) => o.status === "PENDING")) return refused("objectionPending");
  if (objections.some((o) => o.status === "UPHELD")) return refused("objectionUpheld");
  return allowed;
}

/** 公示后不予认定: only after the end, and only on an upheld objection. */
export function mayRejectAfterPublicity({ notice, objections, now }: { notice: PublicityWindow | null | undefined; objections: readonly ObjectionState[]; now: Date }): PublicityVerdict {
  if (!ended(notice, now)) return refused("publicityNotEnded");
  return objections.some((o) => o.status === "UPHELD") ? allowed : refused("noUpheldObjection");
}

/**
 * When an objection counts: received from the minute the notice was published (times are
 * entered to the minute, so that minute counts) up to the end of the period (exclusive).
 */
export function objectionWindow({ notice }: { notice: PublicityWindow }): { from: Date; until: Date } {
  return { from: startOfMinute(notice.startsAt), until: notice.endsAt };
}

/** 登记异议: the objection was received within the window and not after `now`. */
export function checkObjectionReceivedAt({ notice, receivedAt, now }: { notice: PublicityWindow; receivedAt: Date; now: Date }): PublicityVerdict {
  const { from, until } = objectionWindow({ notice });
  const t = receivedAt.getTime();
  return t < from.getTime() || t >= until.getTime() || t > now.getTime() ? refused("publicityClosed") : allowed;
}
