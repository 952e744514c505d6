// A recognised brand's area (after recognition): the level history written by gainLevel, the
// brand's first award, who sees which brand and whose money, the list's filters, the files of a
// brand's life, and a co-lead unit that registers after recognition taking over its title.
import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { getBrand } from "@/lib/server/services/brands/get-brand";
import { listBrands } from "@/lib/server/services/brands/list-brands";
import { listBrandActionItems } from "@/lib/server/services/brands/list-brand-action-items";
import { uploadBrandFile } from "@/lib/server/services/brand-files/upload-brand-file";
import { readBrandFile } from "@/lib/server/services/brand-files/read-brand-file";
import { registerUnit } from "@/lib/server/services/units/register-unit";
import type { SessionUser } from "@/lib/server/session-user";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";
import { makeCreditCode } from "../fixtures/credit-codes";
import { recognisedBrand } from "../fixtures/brands";
import { EXE, PDF } from "../fixtures/files";

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof AppError ? e.code : e));
const CO_LEAD_CODE = makeCreditCode(9001);

let bureau: SessionUser;
let fengxi: SessionUser;
let qinhan: SessionUser;
let lead: SessionUser;
let coLead: SessionUser;
let outsider: SessionUser;
let admin: SessionUser;
let brandId: string;
let awardId: string;

beforeEach(async () => {
  await resetDatabase();
  const unit = await createUnit({ newCityId: "FENGXI", name: "西咸新区巧手家政服务有限公司", tradeName: "巧手" });
  const co = await createUnit({ newCityId: "FENGXI", name: "西咸新区安心职业培训学校", tradeName: "安心" });
  const other = await createUnit({ newCityId: "FENGXI" });
  bureau = await createSessionUser("BUREAU_OFFICIAL");
  admin = await createSessionUser("ADMIN");
  fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
  qinhan = await createSessionUser("NEW_CITY_STAFF", { newCityId: "QINHAN" });
  lead = await createSessionUser("APPLICANT_UNIT", { unitId: unit.id });
  coLead = await createSessionUser("APPLICANT_UNIT", { unitId: co.id });
  outsider = await createSessionUser("APPLICANT_UNIT", { unitId: other.id });
  const made = await recognisedBrand({
    bureau,
    unit,
    brandName: "沣西巧手家政师",
    coLeads: [
      // A co-lead with an account (linked at recognition by its credit code) and one without.
      { creditCode: co.creditCode, name: co.name },
      { creditCode: CO_LEAD_CODE, name: "西咸新区未注册人力资源有限公司" },
    ],
  });
  brandId = made.brand.id;
  awardId = (await testDb().subsidyAward.findFirstOrThrow({ where: { brandId } })).id;
});

/** Shares and payments written directly, standing in for the award's approval, split and payment. */
async function allocate(shares: { creditCode: string; unitId: string | null; amount: number; paid?: number }[]) {
  const db = testDb();
  await db.subsidyAward.update({ where: { id: awardId }, data: { status: "ALLOCATED", awardedOn: new Date("2026-03-25T00:00:00Z"), splitBasis: "按贡献" } });
  const rows = [];
  for (const s of shares) {
    const row = await db.subsidyShare.create({ data: { awardId, brandId, creditCode: s.creditCode, unitName: s.creditCode, unitId: s.unitId, amount: s.amount } });
    if (s.paid) await db.subsidyPayment.create({ data: { shareId: row.id, paidOn: new Date("2026-04-01T00:00:00Z"), amount: s.paid, voucherNo: "PZ-1", recordedById: bureau.id } });
    rows.push(row);
  }
  return rows;
}

describe("a recognised brand's level history and first award (F5, S1)", () => {
  it("recognition writes the 新区级 level, each lead unit's title, and a PROPOSED 10万 award", async () => {
    const db = testDb();
    const brand = await db.brand.findUniqueOrThrow({ where: { id: brandId }, include: { recognitions: { include: { leadUnits: true } }, subsidyAwards: true } });
    expect(brand.highestLevel).toBe("DISTRICT");
    expect(brand.recognitions.map((r) => [r.level, r.source])).toEqual([["DISTRICT", "PORTAL"]]);
    const titles = brand.recognitions[0]!.leadUnits;
    expect(titles).toHaveLength(3);
    // The co-lead with an account is linked by its credit code; the one without is not (yet).
    expect(titles.find((t) => t.creditCode === CO_LEAD_CODE)?.unitId).toBeNull();
    expect(titles.filter((t) => t.unitId !== null).map((t) => t.unitId).sort()).toEqual([lead.unitId, coLead.unitId].sort());
    expect(brand.subsidyAwards.map((a) => [a.level, a.amount, a.priorAwarded, a.status, a.zeroReason])).toEqual([["DISTRICT", 100000, 0, "PROPOSED", null]]);
    // 授牌: the brand's plaque and one per lead unit, numbered per kind and year of issue.
    const plaques = await db.plaque.findMany({ where: { brandId }, orderBy: { plaqueNo: "asc" } });
    expect(plaques.map((p) => [p.kind, p.status, p.plaqueNo])).toEqual([
      ["LEAD_UNIT", "ISSUED", "西咸创建引领单位牌匾〔2026〕001号"],
      ["LEAD_UNIT", "ISSUED", "西咸创建引领单位牌匾〔2026〕002号"],
      ["LEAD_UNIT", "ISSUED", "西咸创建引领单位牌匾〔2026〕003号"],
      ["BRAND", "ISSUED", "西咸劳务品牌牌匾〔2026〕001号"],
    ]);
    expect(new Set(plaques.filter((p) => p.kind === "LEAD_UNIT").map((p) => p.leadUnitRecognitionId))).toEqual(new Set(titles.map((t) => t.id)));
    const trail = await db.auditLog.findMany({ where: { entityType: "Brand", entityId: brandId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(trail.map((t) => t.action).sort()).toEqual(["award.create", "brand.level-change", "plaque.issue"]);
    // Audit rows carry the use case's instant (the fixture recognises on 2026-03-20 10:00 Shanghai).
    expect(new Set(trail.map((t) => t.at.toISOString()))).toEqual(new Set(["2026-03-20T02:00:00.000Z"]));
  });

  it("a co-lead unit registering after recognition takes over its title and its share", async () => {
    await allocate([{ creditCode: CO_LEAD_CODE, unitId: null, amount: 100000 }]);
    const registered = await registerUnit({
      input: {
        creditCode: CO_LEAD_CODE,
        name: "西咸新区未注册人力资源有限公司",
        tradeName: "未注册",
        type: "HR_SERVICE_AGENCY",
        newCityId: "FENGXI",
        registrationDate: "2016-04-01",
        address: "陕西省西咸新区沣西新城",
        contactName: "李明",
        contactPhone: "13891234568",
        password: "Goodpass1",
        confirmPassword: "Goodpass1",
      },
    });
    const db = testDb();
    expect((await db.leadUnitRecognition.findFirstOrThrow({ where: { creditCode: CO_LEAD_CODE } })).unitId).toBe(registered.unitId);
    expect((await db.subsidyShare.findFirstOrThrow({ where: { creditCode: CO_LEAD_CODE } })).unitId).toBe(registered.unitId);
    const late = await createSessionUser("APPLICANT_UNIT", { unitId: registered.unitId });
    const detail = await getBrand({ user: late, input: { brandId } });
    expect(detail.awards[0]?.shares.map((s) => s.creditCode)).toEqual([CO_LEAD_CODE]);
  });
});

describe("who sees which brand and whose money (F2, S8)", () => {
  it("the bureau, admin, the brand's new city and its lead units see it; others get NOT_FOUND", async () => {
    for (const user of [bureau, admin, fengxi, lead, coLead]) expect((await getBrand({ user, input: { brandId } })).brand.id).toBe(brandId);
    for (const user of [qinhan, outsider]) expect(await refusal(getBrand({ user, input: { brandId } }))).toBe("NOT_FOUND");
    expect(await refusal(getBrand({ user: bureau, input: { brandId: "x".repeat(65) } }))).toBe("NOT_FOUND");
    expect(await refusal(getBrand({ user: { ...fengxi, newCityId: null }, input: { brandId } }))).toBe("FORBIDDEN");
  });

  it("a lead unit sees only its own share; the bureau and the new city see all, and the books reconcile", async () => {
    await allocate([
      { creditCode: (await testDb().unit.findUniqueOrThrow({ where: { id: lead.unitId! } })).creditCode, unitId: lead.unitId, amount: 60000, paid: 60000 },
      { creditCode: (await testDb().unit.findUniqueOrThrow({ where: { id: coLead.unitId! } })).creditCode, unitId: coLead.unitId, amount: 40000, paid: 10000 },
    ]);
    const own = await getBrand({ user: lead, input: { brandId } });
    expect(own.awards[0]?.shares.map((s) => s.amount)).toEqual([60000]);
    expect(own.totals).toMatchObject({ awarded: 60000, allocated: 60000, paid: 60000, remainingFen: 6_000_000 });
    const all = await getBrand({ user: bureau, input: { brandId } });
    expect(all.awards[0]?.shares.map((s) => s.amount)).toEqual([60000, 40000]);
    expect(all.totals).toMatchObject({ awarded: 100000, allocated: 100000, paid: 70000, usedFen: 0, remainingFen: 7_000_000 });
    expect(all.reconciliation).toEqual([]);
    expect((await getBrand({ user: fengxi, input: { brandId } })).awards[0]?.shares).toHaveLength(2);
    // Read-only for the new city: no workflow action is offered.
    const nc = await getBrand({ user: fengxi, input: { brandId } });
    expect(nc.awards.flatMap((a) => a.actions)).toEqual([]);
    expect(nc.can.push).toBe(false);
  });

  it("the bureau is offered the award's approval and the push one level up", async () => {
    const detail = await getBrand({ user: bureau, input: { brandId } });
    expect(detail.awards[0]?.actions).toEqual(["approve"]);
    expect(detail.can).toMatchObject({ push: true, pushTarget: "CITY" });
  });
});

describe("the brand list: scope, filters and money columns", () => {
  it("filters by level, category, new city and name, within scope", async () => {
    expect((await listBrands({ user: bureau, input: {} })).total).toBe(1);
    expect((await listBrands({ user: bureau, input: { level: "CITY" } })).total).toBe(0);
    expect((await listBrands({ user: bureau, input: { category: "HIGH_QUALITY_SERVICE", newCityId: "FENGXI", q: "巧手" } })).total).toBe(1);
    expect((await listBrands({ user: qinhan, input: {} })).total).toBe(0);
    expect((await listBrands({ user: outsider, input: {} })).total).toBe(0);
    expect((await listBrands({ user: coLead, input: {} })).items.map((b) => b.name)).toEqual(["沣西巧手家政师"]);
    // Nonsense in the URL is ignored, not an error.
    expect((await listBrands({ user: bureau, input: { level: "GALAXY", page: -1 } as never })).page).toBe(1);
  });

  it('"has unspent money" and "report overdue" follow the shares', async () => {
    expect((await listBrands({ user: bureau, input: { unspent: "1" } })).total).toBe(0);
    await allocate([{ creditCode: "X", unitId: lead.unitId, amount: 100000, paid: 50000 }]);
    expect((await listBrands({ user: bureau, input: { unspent: "1" } })).total).toBe(1);
    // Paid on 2026-04-01: the first report falls due on 2026-10-01, overdue from 10-02.
    expect((await listBrands({ user: bureau, input: { overdue: "1" }, now: new Date("2026-10-01T12:00:00Z") })).total).toBe(0);
    const late = await listBrands({ user: bureau, input: { overdue: "1" }, now: new Date("2026-10-02T12:00:00Z") });
    expect(late.items.map((b) => [b.name, b.overdueReports])).toEqual([["沣西巧手家政师", 1]]);
    // The totals cover every matching brand, in the user's view.
    expect((await listBrands({ user: bureau, input: {} })).totals).toMatchObject({ awarded: 100000, allocated: 100000, paid: 50000, remainingFen: 5_000_000 });
    expect((await listBrands({ user: coLead, input: {} })).totals).toMatchObject({ awarded: 0, paid: 0 });
    expect((await listBrands({ user: bureau, input: { level: "CITY" } })).totals).toMatchObject({ awarded: 0, paid: 0, overdueReports: 0 });
    // A unit's row sums only its own money.
    expect((await listBrands({ user: coLead, input: {} })).items[0]?.money).toMatchObject({ awarded: 0, paid: 0 });
    expect((await listBrands({ user: lead, input: {} })).items[0]?.money).toMatchObject({ awarded: 100000, paid: 50000 });
  });
});

describe("files of a brand's life", () => {
  it("the bureau uploads an outcome document that whoever sees the brand may read", async () => {
    const file = await uploadBrandFile({ user: bureau, input: { brandId, kind: "OUTCOME_DOCUMENT", fileName: "市级认定文件.pdf", bytes: PDF } });
    for (const user of [bureau, fengxi, lead]) expect((await readBrandFile({ user, input: { fileId: file.id } })).fileName).toBe("市级认定文件.pdf");
    for (const user of [qinhan, outsider]) expect(await refusal(readBrandFile({ user, input: { fileId: file.id } }))).toBe("NOT_FOUND");
    const trail = await testDb().auditLog.findFirstOrThrow({ where: { action: "brandFile.upload" } });
    expect(trail.entityId).toBe(brandId);
  });

  it("a unit uploads use vouchers for its own share only, and only it and officials read them", async () => {
    const [own, theirs] = await allocate([
      { creditCode: "A", unitId: lead.unitId, amount: 60000 },
      { creditCode: "B", unitId: coLead.unitId, amount: 40000 },
    ]);
    const voucher = await uploadBrandFile({ user: lead, input: { brandId, kind: "USAGE_VOUCHER", shareId: own!.id, fileName: "发票.pdf", bytes: PDF } });
    expect(await refusal(readBrandFile({ user: coLead, input: { fileId: voucher.id } }))).toBe("NOT_FOUND");
    expect((await readBrandFile({ user: bureau, input: { fileId: voucher.id } })).mimeType).toBe("application/pdf");
    const before = await testDb().brandFile.count();
    expect(await refusal(uploadBrandFile({ user: lead, input: { brandId, kind: "USAGE_VOUCHER", shareId: theirs!.id, fileName: "发票.pdf", bytes: PDF } }))).toBe("NOT_FOUND");
    expect(await refusal(uploadBrandFile({ user: lead, input: { brandId, kind: "OUTCOME_DOCUMENT", fileName: "认定.pdf", bytes: PDF } }))).toBe("FORBIDDEN");
    expect(await refusal(uploadBrandFile({ user: fengxi, input: { brandId, kind: "OUTCOME_DOCUMENT", fileName: "认定.pdf", bytes: PDF } }))).toBe("FORBIDDEN");
    expect(await refusal(uploadBrandFile({ user: bureau, input: { brandId, kind: "PAYMENT_VOUCHER", fileName: "凭证.pdf", bytes: PDF } }))).toBe("VALIDATION");
    expect(await refusal(uploadBrandFile({ user: bureau, input: { brandId, kind: "OUTCOME_DOCUMENT", fileName: "setup.exe", bytes: EXE } }))).toBe("VALIDATION");
    expect(await refusal(uploadBrandFile({ user: bureau, input: { brandId, kind: "OUTCOME_DOCUMENT", fileName: "认定.png", bytes: PDF } }))).toBe("VALIDATION");
    expect(await testDb().brandFile.count()).toBe(before);
  });
});

describe("what waits for whom after recognition (the role homes' to-do lists)", () => {
  const counts = async (user: SessionUser) => Object.fromEntries((await listBrandActionItems({ user })).map((g) => [g.key, g.total]));

  it("the bureau: awards to approve or split, reports to review, pushes awaiting their outcome", async () => {
    expect(await counts(bureau)).toEqual({ awards: 1, reports: 0, pushes: 0 });
    const [items] = await listBrandActionItems({ user: bureau });
    expect(items?.items[0]).toMatchObject({ brandId, brandName: "沣西巧手家政师", level: "DISTRICT", amount: 100000, status: "PROPOSED" });
  });

  it("a unit: payments of its own shares to confirm, and its returned reports; nothing of another unit's", async () => {
    await allocate([
      { creditCode: "A", unitId: lead.unitId, amount: 60000, paid: 30000 },
      { creditCode: "B", unitId: coLead.unitId, amount: 40000 },
    ]);
    expect(await counts(lead)).toEqual({ payments: 1, returnedReports: 0 });
    expect(await counts(coLead)).toEqual({ payments: 0, returnedReports: 0 });
    expect(await counts(bureau)).toMatchObject({ awards: 0 });
    expect(await listBrandActionItems({ user: fengxi })).toEqual([]);
    expect(await listBrandActionItems({ user: admin })).toEqual([]);
  });
});
