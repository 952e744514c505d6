// 工作看板 (T2 and the programme's figures) against the real database: each figure equals what
// was inserted, a new city counts only its own, the unit and admin are refused; the bureau's target
// edit writes the row and its audit, and bad input or another role writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { getProgrammeDashboard } from "@/lib/server/services/dashboard/get-programme-dashboard";
import { updateProgrammeTarget } from "@/lib/server/services/dashboard/update-programme-target";
import type { SessionUser } from "@/lib/server/session-user";
import { expectRefusedUnchanged, refusal } from "../fixtures/refusals";
import { recognisedBrand } from "../fixtures/brands";
import { createBatch, createEligibleApplication } from "../fixtures/applications";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";

const now = new Date("2026-12-02T04:00:00Z");
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ctx = { ip: "203.0.113.9", userAgent: "vitest" };

let bureau: SessionUser;
let fengxi: SessionUser;
let qinhan: SessionUser;
let unitUser: SessionUser;
let admin: SessionUser;
const ids: Record<string, string> = {};
let awardA = 0;
let awardB = 0;

async function snapshot() {
  const db = testDb();
  return {
    audits: await db.auditLog.count(),
    targets: JSON.stringify(await db.programmeTarget.findMany({ orderBy: { year: "asc" }, select: { year: true, districtBrands: true, cityOrProvinceBrands: true, nationalRecommendations: true, updatedById: true } })),
  };
}

beforeAll(async () => {
  await resetDatabase();
  const db = testDb();
  const unitA = await createUnit({ newCityId: "FENGXI" });
  const unitB = await createUnit({ newCityId: "QINHAN" });
  const unitC = await createUnit({ newCityId: "FENGXI" });
  bureau = await createSessionUser("BUREAU_OFFICIAL");
  fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
  qinhan = await createSessionUser("NEW_CITY_STAFF", { newCityId: "QINHAN" });
  unitUser = await createSessionUser("APPLICANT_UNIT", { unitId: unitA.id });
  admin = await createSessionUser("ADMIN");

  const batch = await createBatch();
  ids.batch = batch.id;
  // A: 沣西, 新区级 in 2025, then 市级 in 2025, pushed to 国家级 in 2026; award approved.
  const a = await recognisedBrand({ bureau, unit: unitA, brandName: "沣西家政师", batchId: batch.id });
  // B: 秦汉, 新区级 in 2026; award allocated, paid in part, a use report accepted.
  const b = await recognisedBrand({ bureau, unit: unitB, brandName: "秦汉面点师", batchId: batch.id });
  // C: 沣西, 新区级 in 2025, revoked on 2026-02-01 (counted for 2025 only, not recognised now).
  const c = await recognisedBrand({ bureau, unit: unitC, brandName: "沣西月嫂", batchId: batch.id });
  ids.a = a.brand.id;
  ids.b = b.brand.id;
  ids.c = c.brand.id;

  await db.brandRecognition.updateMany({ where: { brandId: a.brand.id }, data: { recognisedOn: date("2025-03-20") } });
  const cityRec = await db.brandRecognition.create({ data: { brandId: a.brand.id, level: "CITY", recognisedOn: date("2025-10-01"), source: "PUSH_OUTCOME", issuingBody: "西安市人社局", documentNo: "市人社〔2025〕1号" } });
  await db.brand.update({ where: { id: a.brand.id }, data: { highestLevel: "CITY", employedCount: 600, povertyAlleviatedCount: 120 } });
  await db.brandPush.create({ data: { brandId: a.brand.id, fromLevel: "CITY", toLevel: "NATIONAL", opinion: "推荐", pushedOn: date("2026-05-01"), pushedById: bureau.id } });
  // A push below national does not count as a national recommendation.
  await db.brandPush.create({ data: { brandId: b.brand.id, fromLevel: "DISTRICT", toLevel: "CITY", opinion: "推荐", pushedOn: date("2026-05-01"), pushedById: bureau.id } });
  awardA = a.award.amount;
  await db.subsidyAward.update({ where: { id: a.award.id }, data: { status: "APPROVED" } });
  expect(cityRec.level).toBe("CITY");

  await db.brand.update({ where: { id: b.brand.id }, data: { employedCount: 250, povertyAlleviatedCount: 40 } });
  awardB = b.award.amount;
  await db.subsidyAward.update({ where: { id: b.award.id }, data: { status: "ALLOCATED" } });
  const share = await db.subsidyShare.create({ data: { awardId: b.award.id, brandId: b.brand.id, creditCode: unitB.creditCode, unitName: unitB.name, unitId: unitB.id, amount: awardB } });
  await db.subsidyPayment.create({ data: { shareId: share.id, paidOn: date("2026-06-01"), amount: 30000, voucherNo: "PZ-1", recordedById: bureau.id } });
  await db.usageReport.create({ data: { shareId: share.id, brandId: b.brand.id, sequence: 1, status: "ACCEPTED", totalFen: 1_234_500, submittedAt: now, submittedById: bureau.id } });
  await db.usageReport.create({ data: { shareId: share.id, brandId: b.brand.id, sequence: 2, status: "SUBMITTED", totalFen: 100_000, submittedAt: now, submittedById: bureau.id } });

  await db.brandRecognition.updateMany({ where: { brandId: c.brand.id }, data: { recognisedOn: date("2025-04-01"), status: "REVOKED", revokedOn: date("2026-02-01") } });
  await db.leadUnitRecognition.updateMany({ where: { brandId: c.brand.id }, data: { status: "REVOKED", revokedOn: date("2026-02-01") } });
  await db.brand.update({ where: { id: c.brand.id }, data: { highestLevel: null, employedCount: 999, povertyAlleviatedCount: 999 } });

  // E1 standings on 2026-12-02: A's lead unit overdue (recognised 2022-06-01), B's due (2023-03-01).
  await db.leadUnitRecognition.updateMany({ where: { brandId: a.brand.id }, data: { recognisedOn: date("2022-06-01") } });
  await db.leadUnitRecognition.updateMany({ where: { brandId: b.brand.id }, data: { recognisedOn: date("2023-03-01") } });

  // Pipeline: one more application submitted in 沣西, one draft in 秦汉.
  await createEligibleApplication({ unit: unitA, batchId: batch.id, status: "SUBMITTED", brandName: "沣西厨师" });
  await createEligibleApplication({ unit: unitB, batchId: batch.id, status: "DRAFT", brandName: "秦汉瓦工" });
}, 60_000);

describe("getProgrammeDashboard", () => {
  it("gives the bureau the programme's figures, each equal to what is in the database", async () => {
    const d = await getProgrammeDashboard({ user: bureau, input: { year: "2026" }, now });
    expect(d.year).toBe(2026);
    expect(d.scope).toBe("all");
    expect(d.targets.source).toBe("unset");
    expect(d.targets.progress.map((p) => [p.key, p.actual, p.target])).toEqual([
      ["districtBrands", 2, null],
      ["cityOrProvinceBrands", 1, null],
      ["nationalRecommendations", 1, null],
    ]);
    expect(d.pipeline.byStatus).toEqual({ RECOGNISED: 3, SUBMITTED: 1, DRAFT: 1 });
    expect(d.pipeline.total).toBe(5);
    expect(d.pipeline.byNewCity.find((c) => c.newCityId === "FENGXI")).toEqual({ newCityId: "FENGXI", counts: { RECOGNISED: 2, SUBMITTED: 1 }, total: 3 });
    expect(d.pipeline.byNewCity.find((c) => c.newCityId === "QINHAN")).toEqual({ newCityId: "QINHAN", counts: { RECOGNISED: 1, DRAFT: 1 }, total: 2 });
    expect(d.pipeline.byNewCity).toHaveLength(5);
    expect(d.pipeline.byBatch).toEqual([{ batchId: ids.batch, title: "2026年度申报批次", year: 2026, counts: { RECOGNISED: 3, SUBMITTED: 1, DRAFT: 1 }, total: 5 }]);
    expect(d.brands.recognised).toBe(2);
    expect(d.brands.byLevel).toEqual([
      { level: "DISTRICT", count: 1 },
      { level: "CITY", count: 1 },
      { level: "PROVINCE", count: 0 },
      { level: "NATIONAL", count: 0 },
    ]);
    expect(d.brands.byCategory.find((c) => c.category === "HIGH_QUALITY_SERVICE")?.count).toBe(2);
    expect(d.money.awarded).toBe(awardA + awardB);
    expect(d.money.paid).toBe(30000);
    expect(d.money.usedFen).toBe(1_234_500);
    expect(d.evaluations).toEqual({ overdue: 1, due: 1, upcoming: 0, active: 2 });
    expect(d.people).toEqual({ employed: 850, povertyAlleviated: 160 });
  });

  it("counts target actuals to the end of the year: 2025 holds C (revoked later) and not the 2026 push", async () => {
    const d = await getProgrammeDashboard({ user: bureau, input: { year: 2025 }, now });
    expect(d.targets.source).toBe("default");
    expect(d.targets.progress.map((p) => [p.actual, p.target, p.met])).toEqual([
      [2, 3, false],
      [1, 2, false],
      [0, 1, false],
    ]);
    // The 2026 batch is after the year: no applications in 2025's pipeline.
    expect(d.pipeline.total).toBe(0);
  });

  it("a passed evaluation of the overdue cycle takes the lead unit off the overdue count", async () => {
    const db = testDb();
    const lead = await db.leadUnitRecognition.findFirstOrThrow({ where: { brandId: ids.a } });
    const ev = await db.evaluation.create({
      data: { leadUnitRecognitionId: lead.id, brandId: ids.a!, cycleIndex: 1, method: "ON_SITE_INSPECTION", scheduledOn: date("2026-04-01"), evaluators: "专家组", status: "PASSED", scheduledById: bureau.id },
    });
    try {
      const d = await getProgrammeDashboard({ user: bureau, input: {}, now });
      expect(d.evaluations.overdue).toBe(0);
      expect(d.evaluations.due).toBe(1);
    } finally {
      await db.evaluation.delete({ where: { id: ev.id } });
    }
  });

  it("restricts a new city to its own new city, with the programme's targets", async () => {
    const d = await getProgrammeDashboard({ user: fengxi, input: { year: 2026 }, now });
    expect(d.scope).toBe("FENGXI");
    expect(d.targets.progress.map((p) => p.actual)).toEqual([1, 1, 1]);
    expect(d.pipeline.byStatus).toEqual({ RECOGNISED: 2, SUBMITTED: 1 });
    expect(d.pipeline.byNewCity.map((c) => c.newCityId)).toEqual(["FENGXI"]);
    expect(d.brands.recognised).toBe(1);
    expect(d.money).toMatchObject({ awarded: awardA, paid: 0, usedFen: 0 });
    expect(d.evaluations).toEqual({ overdue: 1, due: 0, upcoming: 0, active: 1 });
    expect(d.people).toEqual({ employed: 600, povertyAlleviated: 120 });

    const q = await getProgrammeDashboard({ user: qinhan, input: { year: 2026 }, now });
    expect(q.targets.progress.map((p) => p.actual)).toEqual([1, 0, 0]);
    expect(q.pipeline.byStatus).toEqual({ RECOGNISED: 1, DRAFT: 1 });
    expect(q.money).toMatchObject({ awarded: awardB, paid: 30000, usedFen: 1_234_500 });
    expect(q.people).toEqual({ employed: 250, povertyAlleviated: 40 });
  });

  it("refuses the unit and the admin, and a new city without its scope", async () => {
    expect((await refusal(getProgrammeDashboard({ user: unitUser, input: {}, now }))).code).toBe("FORBIDDEN");
    expect((await refusal(getProgrammeDashboard({ user: admin, input: {}, now }))).code).toBe("FORBIDDEN");
    expect((await refusal(getProgrammeDashboard({ user: { ...fengxi, newCityId: null }, input: {}, now }))).code).toBe("FORBIDDEN");
  });
});

describe("updateProgrammeTarget", () => {
  it("sets a year's targets, then changes them, each time with its audit row", async () => {
    const first = await updateProgrammeTarget({ user: bureau, input: { year: "2026", districtBrands: "5", cityOrProvinceBrands: "3", nationalRecommendations: "1" }, ctx, now });
    expect(first).toMatchObject({ year: 2026, districtBrands: 5, created: true });
    const d = await getProgrammeDashboard({ user: fengxi, input: { year: 2026 }, now });
    expect(d.targets.source).toBe("set");
    expect(d.targets.progress.map((p) => [p.target, p.met])).toEqual([
      [5, false],
      [3, false],
      [1, true],
    ]);

    const second = await updateProgrammeTarget({ user: bureau, input: { year: 2026, districtBrands: 6, cityOrProvinceBrands: 3, nationalRecommendations: 1 }, ctx, now });
    expect(second.created).toBe(false);
    expect(second.id).toBe(first.id);
    const audits = await testDb().auditLog.findMany({ where: { action: "target.update", entityId: first.id }, orderBy: { at: "asc" } });
    expect(audits).toHaveLength(2);
    expect(audits[0]!).toMatchObject({ actorId: bureau.id, entityType: "ProgrammeTarget", ip: ctx.ip, at: now });
    expect(audits[0]!.changes).toEqual({ year: { to: 2026 }, districtBrands: { to: 5 }, cityOrProvinceBrands: { to: 3 }, nationalRecommendations: { to: 1 } });
    expect(audits[1]!.changes).toEqual({ year: { to: 2026 }, districtBrands: { from: 5, to: 6 } });
    expect((await testDb().programmeTarget.findUniqueOrThrow({ where: { year: 2026 } })).updatedById).toBe(bureau.id);
  });

  it("refuses a negative, a fraction, a missing value and a year out of range with a Chinese message, writing nothing", async () => {
    const base = { year: 2027, districtBrands: 1, cityOrProvinceBrands: 1, nationalRecommendations: 1 };
    const negative = await expectRefusedUnchanged(snapshot, () => updateProgrammeTarget({ user: bureau, input: { ...base, districtBrands: -1 }, ctx, now }), "VALIDATION");
    expect(negative.fieldErrors?.districtBrands).toEqual(["新区级劳务品牌目标不能为负数"]);
    const fraction = await expectRefusedUnchanged(snapshot, () => updateProgrammeTarget({ user: bureau, input: { ...base, cityOrProvinceBrands: 1.5 }, ctx, now }), "VALIDATION");
    expect(fraction.fieldErrors?.cityOrProvinceBrands).toEqual(["市级或省级劳务品牌目标须为整数"]);
    const missing = await expectRefusedUnchanged(snapshot, () => updateProgrammeTarget({ user: bureau, input: { year: 2027, districtBrands: 1, cityOrProvinceBrands: 1 }, ctx, now }), "VALIDATION");
    expect(missing.fieldErrors?.nationalRecommendations).toEqual(["请填写推荐申报国家级品牌目标"]);
    const year = await expectRefusedUnchanged(snapshot, () => updateProgrammeTarget({ user: bureau, input: { ...base, year: 2019 }, ctx, now }), "VALIDATION");
    expect(year.fieldErrors?.year).toEqual(["请填写 2020 至 2100 之间的年度"]);
  });

  it("refuses a new city, a unit and the admin, writing nothing", async () => {
    const input = { year: 2028, districtBrands: 1, cityOrProvinceBrands: 1, nationalRecommendations: 1 };
    for (const user of [fengxi, unitUser, admin]) {
      await expectRefusedUnchanged(snapshot, () => updateProgrammeTarget({ user, input, ctx, now }), "FORBIDDEN");
    }
  });
});
