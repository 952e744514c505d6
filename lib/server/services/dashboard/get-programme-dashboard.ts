import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { APPLICATION_STATUSES, type ApplicationStatus } from "@/lib/domain/application-workflow";
import { RECORDED_EVALUATION_STATUSES } from "@/lib/domain/evaluation-workflow";
import { formatCalendarDate, shanghaiToday } from "@/lib/domain/dates";
import { moneyTotals, type MoneyTotals } from "@/lib/domain/money";
import { targetProgress, type TargetFigures, type TargetProgress } from "@/lib/domain/targets";
import { CATEGORIES, DEFAULT_TARGETS, LEVELS, NEW_CITIES, evaluationStanding, type CategoryCode, type LevelCode } from "@/lib/eligibility";
import { TARGET_YEAR_MAX, TARGET_YEAR_MIN } from "@/lib/schemas/target";
import { applicationWhere, brandWhere, shareWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";
import { shareFigures } from "../subsidies/share-figures";

/** The dashboard's URL input (?year=2025); an unreadable year falls back to the current one. */
export const dashboardQuerySchema = z.object({
  year: z.coerce.number().int().min(TARGET_YEAR_MIN).max(TARGET_YEAR_MAX).optional().catch(undefined),
});

/** Awards that count as awarded (approved by the bureau, or already split into shares). */
const AWARDED_STATUSES = ["APPROVED", "ALLOCATED"] as const;

export type ProgrammeDashboard = {
  year: number;
  /** Today's year in Shanghai (a past year's actuals are final). */
  currentYear: number;
  /** The years the selector offers. */
  years: number[];
  /** "all" for the bureau; a new city's code when restricted to it. */
  scope: "all" | string;
  targets: {
    /** Where the targets come from: the year's row, the T2 default (its own year only), or none. */
    source: "set" | "default" | "unset";
    progress: TargetProgress[];
  };
  pipeline: {
    statuses: ApplicationStatus[];
    byStatus: Record<string, number>;
    /** newCityId → status → count. */
    byNewCity: { newCityId: string; counts: Record<string, number>; total: number }[];
    byBatch: { batchId: string; title: string; year: number; counts: Record<string, number>; total: number }[];
    total: number;
  };
  brands: {
    recognised: number;
    byLevel: { level: LevelCode; count: number }[];
    byCategory: { category: CategoryCode; count: number }[];
  };
  money: MoneyTotals;
  evaluations: { overdue: number; due: number; upcoming: number; active: number };
  people: { employed: number; povertyAlleviated: number };
};

/**
 * 工作看板 (RULES.md T2 and the programme's figures) for one year: the bureau sees the whole
 * programme, a new city the same figures within its own new city (the scope builders, never
 * widened); targets are the programme's in both cases. Target actuals count cumulatively to the end
 * of the year (a recognition revoked after it still counted then); the pipeline and batches cover
 * batches of that year and before; brands, money, evaluations and people are as they stand today.
 */
export async function getProgrammeDashboard({ user, input, now = new Date() }: UseCase): Promise<ProgrammeDashboard> {
  assertPermission(user, "dashboard:view");
  const today = shanghaiToday(now);
  const currentYear = Number(today.slice(0, 4));
  const year = dashboardQuerySchema.parse(input ?? {}).year ?? currentYear;
  const yearEnd = new Date(Date.UTC(year, 11, 31));
  const brandScope = brandWhere(user);
  const heldAtYearEnd = { recognisedOn: { lte: yearEnd }, OR: [{ status: "ACTIVE" as const }, { revokedOn: { gt: yearEnd } }] };
  const recognisedNow = { AND: [brandScope, { highestLevel: { not: null } }, { hiddenFromShowcase: false }] };

  const [targetRow, targetYears, district, cityOrProvince, national, grouped, batches, byLevel, byCategory, people, awards, figures, leadUnits] = await Promise.all([
    db.programmeTarget.findUnique({ where: { year } }),
    db.programmeTarget.findMany({ select: { year: true } }),
    db.brand.count({ where: { AND: [brandScope, { recognitions: { some: { level: "DISTRICT", ...heldAtYearEnd } } }] } }),
    db.brand.count({ where: { AND: [brandScope, { recognitions: { some: { level: { in: ["CITY", "PROVINCE"] }, ...heldAtYearEnd } } }] } }),
    db.brand.count({ where: { AND: [brandScope, { pushes: { some: { toLevel: "NATIONAL", pushedOn: { lte: yearEnd } } } }] } }),
    db.application.groupBy({ by: ["status", "newCityId", "batchId"], where: { AND: [applicationWhere(user), { batch: { year: { lte: year } } }] }, _count: { _all: true } }),
    db.batch.findMany({ where: { year: { lte: year } }, orderBy: [{ year: "desc" }, { opensAt: "desc" }], select: { id: true, title: true, year: true } }),
    db.brand.groupBy({ by: ["highestLevel"], where: recognisedNow, _count: { _all: true } }),
    db.brand.groupBy({ by: ["category"], where: recognisedNow, _count: { _all: true } }),
    db.brand.aggregate({ where: recognisedNow, _sum: { employedCount: true, povertyAlleviatedCount: true }, _count: { _all: true } }),
    db.subsidyAward.findMany({ where: { AND: [{ brand: brandScope }, { status: { in: [...AWARDED_STATUSES] } }] }, select: { amount: true } }),
    shareFigures({ where: shareWhere(user), now }),
    db.leadUnitRecognition.findMany({
      where: { AND: [{ brand: brandScope }, { status: "ACTIVE" }] },
      select: { recognisedOn: true, evaluations: { where: { status: { in: [...RECORDED_EVALUATION_STATUSES] } }, select: { cycleIndex: true } } },
    }),
  ]);

  const setTargets: TargetFigures | null = targetRow
    ? { districtBrands: targetRow.districtBrands, cityOrProvinceBrands: targetRow.cityOrProvinceBrands, nationalRecommendations: targetRow.nationalRecommendations }
    : year === DEFAULT_TARGETS.byYearEnd
      ? { districtBrands: DEFAULT_TARGETS.districtBrands, cityOrProvinceBrands: DEFAULT_TARGETS.cityOrProvinceBrands, nationalRecommendations: DEFAULT_TARGETS.nationalRecommendations }
      : null;
  const progress = targetProgress({ actuals: { districtBrands: district, cityOrProvinceBrands: cityOrProvince, nationalRecommendations: national }, targets: setTargets });

  const byStatus: Record<string, number> = {};
  const cityCounts = new Map<string, Record<string, number>>();
  const batchCounts = new Map<string, Record<string, number>>();
  for (const g of grouped) {
    const n = g._count._all;
    byStatus[g.status] = (byStatus[g.status] ?? 0) + n;
    const city = cityCounts.get(g.newCityId) ?? {};
    city[g.status] = (city[g.status] ?? 0) + n;
    cityCounts.set(g.newCityId, city);
    const batch = batchCounts.get(g.batchId) ?? {};
    batch[g.status] = (batch[g.status] ?? 0) + n;
    batchCounts.set(g.batchId, batch);
  }
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((t, n) => t + n, 0);
  const cities = user.role === "NEW_CITY_STAFF" ? NEW_CITIES.filter((c) => c.code === user.newCityId) : NEW_CITIES;

  const standings = { overdue: 0, due: 0, upcoming: 0 };
  for (const r of leadUnits) {
    const s = evaluationStanding({ recognizedOn: formatCalendarDate(r.recognisedOn), asOf: today, evaluatedCycles: r.evaluations.map((e) => e.cycleIndex) });
    if (s.standing === "overdue" || s.standing === "due" || s.standing === "upcoming") standings[s.standing] += 1;
  }

  const years = [...new Set([DEFAULT_TARGETS.byYearEnd, currentYear - 1, currentYear, currentYear + 1, year, ...targetYears.map((t) => t.year)])].sort((a, b) => b - a);
  const levelCount = new Map(byLevel.map((g) => [g.highestLevel, g._count._all]));
  const categoryCount = new Map(byCategory.map((g) => [g.category, g._count._all]));

  return {
    year,
    currentYear,
    years,
    scope: user.role === "NEW_CITY_STAFF" ? (user.newCityId as string) : "all",
    targets: { source: targetRow ? "set" : setTargets ? "default" : "unset", progress },
    pipeline: {
      statuses: [...APPLICATION_STATUSES],
      byStatus,
      byNewCity: cities.map((c) => {
        const counts = cityCounts.get(c.code) ?? {};
        return { newCityId: c.code, counts, total: sum(counts) };
      }),
      byBatch: batches
        .map((b) => {
          const counts = batchCounts.get(b.id) ?? {};
          return { batchId: b.id, title: b.title, year: b.year, counts, total: sum(counts) };
        })
        .filter((b) => b.total > 0 || user.role !== "NEW_CITY_STAFF"),
      total: sum(byStatus),
    },
    brands: {
      recognised: people._count._all,
      byLevel: LEVELS.map((l) => ({ level: l.code, count: levelCount.get(l.code) ?? 0 })),
      byCategory: CATEGORIES.map((c) => ({ category: c.code, count: categoryCount.get(c.code) ?? 0 })),
    },
    money: moneyTotals({ awards, shares: figures.map((f) => f.money) }),
    evaluations: { ...standings, active: leadUnits.length },
    people: { employed: people._sum.employedCount ?? 0, povertyAlleviated: people._sum.povertyAlleviatedCount ?? 0 },
  };
}
