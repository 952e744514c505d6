// Demo data of the dashboard (工作看板, RULES.md T2): the programme's targets for 2025 (the
// T2 defaults, recorded as data) and 2026 (the next year's plan), set by the bureau through the
// real use case so the audit log carries them. Idempotent: a year that has its row is left alone.
import type { Db } from "../lib/server/db/client";
import type { SessionUser } from "../lib/server/session-user";
import { DEFAULT_TARGETS } from "../lib/eligibility";
import { updateProgrammeTarget } from "../lib/server/services/dashboard/update-programme-target";

export const DEMO_TARGETS = [
  {
    year: DEFAULT_TARGETS.byYearEnd,
    districtBrands: DEFAULT_TARGETS.districtBrands,
    cityOrProvinceBrands: DEFAULT_TARGETS.cityOrProvinceBrands,
    nationalRecommendations: DEFAULT_TARGETS.nationalRecommendations,
    setAt: "2025-03-10T09:30:00+08:00",
  },
  { year: 2026, districtBrands: 5, cityOrProvinceBrands: 3, nationalRecommendations: 1, setAt: "2026-01-12T09:30:00+08:00" },
] as const;

export async function seedDemoDashboard({ db, sessionOf }: { db: Db; sessionOf: (loginName: string) => Promise<SessionUser> }) {
  const bureau = await sessionOf("bureau");
  const ctx = { ip: "127.0.0.1", userAgent: "seed" };
  let created = 0;
  for (const { setAt, ...target } of DEMO_TARGETS) {
    if (await db.programmeTarget.findUnique({ where: { year: target.year } })) continue;
    await updateProgrammeTarget({ user: bureau, input: target, ctx, now: new Date(setAt) });
    created += 1;
  }
  return { created };
}
