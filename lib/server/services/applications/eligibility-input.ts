import "server-only";
import { checkApplicationEligibility, type Verdict } from "@/lib/eligibility";
import { formatCalendarDate, shanghaiToday } from "@/lib/domain/dates";
import type { Db, Tx } from "@/lib/server/db";

type ApplicationForVerdict = {
  brandName: string;
  category: string | null;
  newCityId: string;
  levelApplied: string;
  isNationalIch: boolean;
  employedCount: number | null;
  povertyAlleviatedCount: number | null;
  trainedCount: number | null;
  passedCount: number | null;
  brandDescription: string | null;
  businessDescription: string | null;
  trainingDescription: string | null;
  transferDescription: string | null;
  postPlacementDescription: string | null;
  declarations: unknown;
  leadUnits: { position: number; creditCode: string; name: string; tradeName: string; registrationDate: Date; declarations: unknown }[];
};

/** The stored application as the eligibility module's plain input (same field paths as the form). */
export function toEligibilityInput(app: ApplicationForVerdict) {
  return {
    brandName: app.brandName,
    category: app.category ?? undefined,
    newCity: app.newCityId,
    level: app.levelApplied,
    nationalIch: app.isNationalIch,
    figures: {
      employed: app.employedCount ?? undefined,
      povertyAlleviated: app.povertyAlleviatedCount ?? undefined,
      trained: app.trainedCount ?? undefined,
      passed: app.passedCount ?? undefined,
    },
    leadUnits: [...app.leadUnits]
      .sort((a, b) => a.position - b.position)
      .map((u) => ({
        creditCode: u.creditCode,
        name: u.name,
        tradeName: u.tradeName,
        registrationDate: formatCalendarDate(u.registrationDate),
        declarations: (u.declarations ?? {}) as Record<string, boolean>,
      })),
    declarations: (app.declarations ?? {}) as Record<string, boolean>,
    narratives: {
      brandDescription: app.brandDescription ?? undefined,
      businessDescription: app.businessDescription ?? undefined,
      trainingDescription: app.trainingDescription ?? undefined,
      transferDescription: app.transferDescription ?? undefined,
      postPlacementDescription: app.postPlacementDescription ?? undefined,
    },
  };
}

/** Revocations (E5/M3) of any of these credit codes, as the eligibility module reads them. */
export async function revocationsOf(db: Db | Tx, creditCodes: string[]) {
  const rows = await db.leadUnitRecognition.findMany({
    where: { creditCode: { in: creditCodes }, status: "REVOKED", revokedAt: { not: null } },
    select: { creditCode: true, revokedAt: true, revocationReason: true },
  });
  return rows.map((r) => ({
    creditCode: r.creditCode,
    revokedOn: shanghaiToday(r.revokedAt as Date),
    reason: r.revocationReason ?? undefined,
  }));
}

/** The full verdict the applicant and every reviewer see, as of `now` (Shanghai calendar date). */
export async function verdictFor(db: Db | Tx, app: ApplicationForVerdict, now: Date = new Date()): Promise<Verdict> {
  const revocations = await revocationsOf(db, app.leadUnits.map((u) => u.creditCode));
  return checkApplicationEligibility(toEligibilityInput(app), { asOf: shanghaiToday(now), revocations });
}
