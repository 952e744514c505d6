import "server-only";
import { checkApplicationEligibility, type Verdict } from "@/lib/eligibility";
import { formatCalendarDate, shanghaiToday } from "@/lib/domain/dates";
import { toEligibilityInput, type ApplicationForVerdict } from "@/lib/domain/application-eligibility-input";
import type { Db, Tx } from "@/lib/server/db";

/** Revocations (E5/M3) of any of these credit codes, as the eligibility module reads them. */
export async function revocationsOf(db: Db | Tx, creditCodes: string[]) {
  const rows = await db.leadUnitRecognition.findMany({
    where: { creditCode: { in: creditCodes }, status: "REVOKED", revokedOn: { not: null } },
    select: { creditCode: true, revokedOn: true, revocationReason: true },
  });
  return rows.map((r) => ({
    creditCode: r.creditCode,
    revokedOn: formatCalendarDate(r.revokedOn as Date),
    reason: r.revocationReason ?? undefined,
  }));
}

/** The full verdict the applicant and every reviewer see, as of `now` (Shanghai calendar date). */
export async function verdictFor(db: Db | Tx, app: ApplicationForVerdict, now: Date = new Date()): Promise<Verdict> {
  const revocations = await revocationsOf(db, app.leadUnits.map((u) => u.creditCode));
  return checkApplicationEligibility(toEligibilityInput(app), { asOf: shanghaiToday(now), revocations });
}
