import { beforeEach, describe, expect, it } from "vitest";
import { getBrand } from "@/lib/server/services/brands/get-brand";
import { gainLevel } from "@/lib/server/services/brands/levels";
import { createAwardForLevel } from "@/lib/server/services/subsidies/create-award";
import { allocateAward } from "@/lib/server/services/subsidies/allocate-award";
import { approveAward } from "@/lib/server/services/subsidies/approve-award";
import { confirmPaymentReceipt } from "@/lib/server/services/subsidies/confirm-payment-receipt";
import { recordPayment } from "@/lib/server/services/subsidies/record-payment";
import { AppError } from "@/lib/domain/app-error";
import { shanghaiToday } from "@/lib/domain/dates";
import { reconcile, shareMoney } from "@/lib/domain/money";
import type { UsageReportStatus } from "@/lib/domain/subsidy-workflow";
import { defaultEligibilitySettings, subsidyDue } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { SessionUser } from "@/lib/server/session-user";
import { expectRefusedUnchanged } from "../fixtures/refusals";
import { recognisedBrand as recognise } from "../fixtures/brands";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";
import { createBatch } from "../fixtures/applications";
import { makeCreditCode } from "../fixtures/credit-codes";

// 奖补、分配与拨付 (RULES.md S1–S4), against the real database: a brand recognised through the
// application journey, its award approved, split, paid in parts and the receipts confirmed, with
// the books checked against the database after every step.

type Unit = Awaited<ReturnType<typeof createUnit>>;

async function snapshot() {
  const db = testDb();
  return {
    audits: await db.auditLog.count(),
    notifications: await db.notification.count(),
    outbox: await db.outboxMessage.count(),
    awards: (await db.subsidyAward.findMany({ orderBy: { id: "asc" } })).map((a) => [a.id, a.status, a.awardedOn?.toISOString() ?? null, a.splitBasis, a.approvedById]),
    shares: (await db.subsidyShare.findMany({ orderBy: { id: "asc" } })).map((s) => [s.id, s.amount, s.unitId]),
    payments: (await db.subsidyPayment.findMany({ orderBy: { id: "asc" } })).map((p) => [p.id, p.amount, p.status, p.confirmedById]),
  };
}

/** Expects a refusal with `code` that changes nothing at all. */
const expectNoChange = (run: () => Promise<unknown>, code: string) => expectRefusedUnchanged(snapshot, run, code);

/** The books of one brand read from the database: what reconcile() finds broken (empty = sound), and each share's figures. */
async function books(brandId: string) {
  const awards = await testDb().subsidyAward.findMany({
    where: { brandId },
    orderBy: { createdAt: "asc" },
    include: { shares: { orderBy: { amount: "desc" }, include: { payments: true, reports: true } } },
  });
  const figures = awards.map((a) => ({
    amount: a.amount,
    status: a.status,
    shares: a.shares.map((s) => ({
      creditCode: s.creditCode,
      ...shareMoney({ amount: s.amount, payments: s.payments, reports: s.reports.map((r) => ({ status: r.status as UsageReportStatus, totalFen: r.totalFen })) }),
    })),
  }));
  return { broken: reconcile({ awards: figures }), awards: figures };
}

/** Asserts the invariants every screen relies on: awarded = Σ shares once allocated; paid ≤ share; used ≤ paid. */
async function expectBooksSound(brandId: string) {
  const b = await books(brandId);
  expect(b.broken).toEqual([]);
  for (const a of b.awards) {
    if (a.status === "ALLOCATED") expect(a.shares.reduce((t, s) => t + s.share, 0)).toBe(a.amount);
    else expect(a.shares).toEqual([]);
    for (const s of a.shares) {
      expect(s.paid).toBeLessThanOrEqual(s.share);
      expect(s.usedFen + s.pendingFen).toBeLessThanOrEqual(s.paid * 100);
    }
  }
  return b;
}

const dayOffset = (days: number) => {
  const [y, m, d] = shanghaiToday().split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

let voucherSeq = 0;
async function voucher({ brandId, shareId, kind = "PAYMENT_VOUCHER" }: { brandId: string; shareId: string | null; kind?: "PAYMENT_VOUCHER" | "USAGE_VOUCHER" | "OUTCOME_DOCUMENT" }) {
  voucherSeq += 1;
  return testDb().brandFile.create({
    data: { brandId, kind, shareId, fileName: `凭证${voucherSeq}.pdf`, mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64), storageKey: `bf/${crypto.randomUUID()}`, uploadedById: "seed" },
  });
}

describe("awards, splits and payments (S1–S4)", () => {
  let unitA: Unit;
  let unitB: Unit;
  let unitC: Unit;
  let applicantA: SessionUser;
  let applicantB: SessionUser;
  let applicantC: SessionUser;
  let fengxi: SessionUser;
  let qinhan: SessionUser;
  let bureau: SessionUser;
  let admin: SessionUser;
  let batchId: string;

  /** A brand recognised through the real journey: submitted, recommended, in publicity, recognised. */
  async function recognisedBrand({ coLead, brandName }: { coLead?: Pick<Unit, "creditCode" | "name" | "tradeName" | "registrationDate"> & { id: string | null }; brandName: string }) {
    const { brand, award } = await recognise({ bureau, unit: unitA, brandName, batchId, recognisedAt: new Date(), coLeads: coLead ? [{ ...coLead, unitId: coLead.id }] : [] });
    return { brand, award };
  }

  const notificationsOf = (unitId: string) => testDb().notification.findMany({ where: { user: { unitId } }, orderBy: { createdAt: "asc" } });

  beforeEach(async () => {
    await resetDatabase();
    unitA = await createUnit({ newCityId: "FENGXI", name: "西咸新区好帮手家政服务有限公司", tradeName: "好帮手" });
    unitB = await createUnit({ newCityId: "FENGXI", name: "西咸新区巧匠职业培训学校", tradeName: "巧匠" });
    unitC = await createUnit({ newCityId: "QINHAN", name: "西咸新区匠心陶艺有限公司", tradeName: "匠心" });
    applicantA = await createSessionUser("APPLICANT_UNIT", { unitId: unitA.id });
    applicantB = await createSessionUser("APPLICANT_UNIT", { unitId: unitB.id });
    applicantC = await createSessionUser("APPLICANT_UNIT", { unitId: unitC.id });
    fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
    qinhan = await createSessionUser("NEW_CITY_STAFF", { newCityId: "QINHAN" });
    bureau = await createSessionUser("BUREAU_OFFICIAL");
    admin = await createSessionUser("ADMIN");
    batchId = (await createBatch()).id;
  });

  it("runs 10万 → approve → split 60000/40000 → partial and final payments → receipts, the books sound after every step", async () => {
    const db = testDb();
    const { brand, award } = await recognisedBrand({ coLead: unitB, brandName: "沣西家政师" });
    expect(award).toMatchObject({ level: "DISTRICT", amount: 100000, priorAwarded: 0, zeroReason: null, status: "PROPOSED" });
    await expectBooksSound(brand.id);

    // 审批: the award date is today's; two lead units, so it waits for the split.
    const approved = await approveAward({ user: bureau, input: { awardId: award.id } });
    expect(approved).toMatchObject({ status: "APPROVED", awardedOn: shanghaiToday(), shareId: null });
    const afterApproval = await db.subsidyAward.findUniqueOrThrow({ where: { id: award.id } });
    expect(afterApproval).toMatchObject({ status: "APPROVED", approvedById: bureau.id, splitBasis: null });
    expect(afterApproval.awardedOn?.toISOString().slice(0, 10)).toBe(shanghaiToday());
    expect((await notificationsOf(unitA.id)).at(-1)?.title).toContain("奖补已审批");
    expect((await notificationsOf(unitB.id)).at(-1)?.title).toContain("奖补已审批");
    await expectBooksSound(brand.id);

    // A second approval is refused and changes nothing.
    const again = await expectNoChange(() => approveAward({ user: bureau, input: { awardId: award.id } }), "STALE_STATE");
    expect(again.message).toBe(messages.subsidies.errors.awardStale);

    // Bad splits: each refused with the form's field keys, nothing written.
    const basis = "按培训与输转贡献确定";
    const split = (a: unknown, b: unknown, extra: Record<string, unknown> = {}) =>
      allocateAward({ user: bureau, input: { awardId: award.id, basis, shares: [{ creditCode: unitA.creditCode, amount: a }, { creditCode: unitB.creditCode, amount: b }], ...extra } });
    const notSumming = await expectNoChange(() => split(60000, 30000), "VALIDATION");
    expect(notSumming.fieldErrors?.shares?.[0]).toContain("100000");
    expect(notSumming.findings?.map((f) => f.ruleId)).toContain("S3");
    const negative = await expectNoChange(() => split(110000, -10000), "VALIDATION");
    expect(Object.keys(negative.fieldErrors ?? {})).toContain("shares.1.amount");
    const fractional = await expectNoChange(() => split(60000.5, 39999.5), "VALIDATION");
    expect(Object.keys(fractional.fieldErrors ?? {})).toEqual(expect.arrayContaining(["shares.0.amount", "shares.1.amount"]));
    const huge = await expectNoChange(() => split(1e15, 0), "VALIDATION");
    expect(Object.keys(huge.fieldErrors ?? {})).toContain("shares.0.amount");
    await expectNoChange(() => split("60000", 40000), "VALIDATION");
    const noBasis = await expectNoChange(() => split(60000, 40000, { basis: "  " }), "VALIDATION");
    expect(noBasis.fieldErrors?.basis?.[0]).toBe("请填写分配依据");
    const longBasis = await expectNoChange(() => split(60000, 40000, { basis: "依".repeat(501) }), "VALIDATION");
    expect(longBasis.fieldErrors?.basis?.[0]).toContain("500");
    const stranger = await expectNoChange(
      () => allocateAward({ user: bureau, input: { awardId: award.id, basis, shares: [{ creditCode: unitA.creditCode, amount: 60000 }, { creditCode: unitC.creditCode, amount: 40000 }] } }),
      "VALIDATION",
    );
    expect(Object.keys(stranger.fieldErrors ?? {})).toContain("shares.1.creditCode");
    await expectNoChange(() => allocateAward({ user: bureau, input: { awardId: award.id, basis, shares: [] } }), "VALIDATION");
    await expectNoChange(() => allocateAward({ user: bureau, input: { awardId: "missing", basis, shares: [{ creditCode: unitA.creditCode, amount: 100000 }] } }), "NOT_FOUND");

    // The split: one share per lead unit, each unit told of its own share only.
    const allocated = await split(60000, 40000);
    expect(allocated.status).toBe("ALLOCATED");
    const shares = await db.subsidyShare.findMany({ where: { awardId: award.id }, orderBy: { amount: "desc" } });
    expect(shares.map((s) => [s.creditCode, s.amount, s.unitId])).toEqual([
      [unitA.creditCode, 60000, unitA.id],
      [unitB.creditCode, 40000, unitB.id],
    ]);
    expect((await db.subsidyAward.findUniqueOrThrow({ where: { id: award.id } })).splitBasis).toBe(basis);
    const toA = (await notificationsOf(unitA.id)).at(-1)!;
    const toB = (await notificationsOf(unitB.id)).at(-1)!;
    expect(toA.body).toContain("60,000 元");
    expect(toA.body).not.toContain("40,000");
    expect(toB.body).toContain("40,000 元");
    expect(toB.body).not.toContain("60,000");
    const allocateAudit = await db.auditLog.findFirstOrThrow({ where: { action: "award.allocate", entityId: brand.id } });
    expect(allocateAudit).toMatchObject({ entityType: "Brand", fromState: "APPROVED", toState: "ALLOCATED" });
    await expectBooksSound(brand.id);
    await expectNoChange(() => split(60000, 40000), "STALE_STATE");

    const [shareA, shareB] = shares as [(typeof shares)[0], (typeof shares)[0]];
    const voucherA = await voucher({ brandId: brand.id, shareId: shareA.id });
    const voucherB = await voucher({ brandId: brand.id, shareId: shareB.id });
    const pay = (shareId: string, amount: unknown, extra: Record<string, unknown> = {}) =>
      recordPayment({ user: bureau, input: { shareId, paidOn: shanghaiToday(), amount, voucherNo: "XJ-2026-001", voucherId: shareId === shareA.id ? voucherA.id : voucherB.id, ...extra } });

    // Bad payments: each refused, nothing written.
    expect((await expectNoChange(() => pay(shareA.id, 60001), "VALIDATION")).fieldErrors?.amount?.[0]).toContain("60,000 元");
    expect((await expectNoChange(() => pay(shareA.id, 100, { paidOn: dayOffset(1) }), "VALIDATION")).fieldErrors?.paidOn?.[0]).toBe(messages.subsidies.errors.paidOnFuture);
    expect((await expectNoChange(() => pay(shareA.id, 100, { paidOn: dayOffset(-1) }), "VALIDATION")).fieldErrors?.paidOn?.[0]).toContain(shanghaiToday());
    await expectNoChange(() => pay(shareA.id, 100, { paidOn: "2026-02-30" }), "VALIDATION");
    await expectNoChange(() => pay(shareA.id, 0), "VALIDATION");
    await expectNoChange(() => pay(shareA.id, -5), "VALIDATION");
    await expectNoChange(() => pay(shareA.id, 10.5), "VALIDATION");
    expect((await expectNoChange(() => pay(shareA.id, 100, { voucherNo: "号".repeat(51) }), "VALIDATION")).fieldErrors?.voucherNo?.[0]).toContain("50");
    await expectNoChange(() => pay(shareA.id, 100, { voucherNo: "" }), "VALIDATION");
    await expectNoChange(() => pay(shareA.id, 100, { voucherId: "" }), "VALIDATION");
    // Another share's voucher, or a file of another kind, is no voucher of this payment.
    expect((await expectNoChange(() => pay(shareA.id, 100, { voucherId: voucherB.id }), "VALIDATION")).fieldErrors?.voucherId).toBeDefined();
    const usage = await voucher({ brandId: brand.id, shareId: shareA.id, kind: "USAGE_VOUCHER" });
    await expectNoChange(() => pay(shareA.id, 100, { voucherId: usage.id }), "VALIDATION");
    await expectNoChange(() => pay("missing-share", 100), "NOT_FOUND");

    // A partial payment, then the rest.
    const first = await pay(shareA.id, 30000);
    expect(first).toMatchObject({ paid: 30000, unpaid: 30000 });
    let b = await expectBooksSound(brand.id);
    expect(b.awards[0]?.shares[0]).toMatchObject({ share: 60000, paid: 30000, unpaid: 30000 });
    const paymentAudit = await db.auditLog.findFirstOrThrow({ where: { action: "payment.record", entityId: brand.id } });
    expect(paymentAudit.changes).toMatchObject({ shareId: { to: shareA.id }, amount: { to: 30000 } });
    expect((await notificationsOf(unitA.id)).at(-1)?.body).toContain("30,000 元");

    const second = await pay(shareA.id, 30000, { voucherNo: "XJ-2026-002" });
    expect(second).toMatchObject({ paid: 60000, unpaid: 0 });
    b = await expectBooksSound(brand.id);
    expect(b.awards[0]?.shares[0]).toMatchObject({ paid: 60000, unpaid: 0 });
    await expectNoChange(() => pay(shareA.id, 1), "VALIDATION");

    await pay(shareB.id, 40000);
    b = await expectBooksSound(brand.id);
    expect(b.awards[0]?.shares.map((s) => [s.paid, s.unpaid])).toEqual([
      [60000, 0],
      [40000, 0],
    ]);

    // The brand page agrees with the database: the bureau sees both shares and the totals.
    const bureauView = await getBrand({ user: bureau, input: { brandId: brand.id } });
    expect(bureauView.totals).toMatchObject({ awarded: 100000, allocated: 100000, paid: 100000 });
    expect(bureauView.reconciliation).toEqual([]);
    // A unit sees only its own share, and not the other unit's payment rows on the trail (S8).
    const viewB = await getBrand({ user: applicantB, input: { brandId: brand.id } });
    expect(viewB.awards[0]?.shares.map((s) => s.id)).toEqual([shareB.id]);
    expect(viewB.timeline.filter((t) => t.action === "payment.record")).toHaveLength(1);

    // Receipts: each unit confirms its own payments; nobody else can.
    const paymentsA = await db.subsidyPayment.findMany({ where: { shareId: shareA.id }, orderBy: { createdAt: "asc" } });
    const paymentB = await db.subsidyPayment.findFirstOrThrow({ where: { shareId: shareB.id } });
    expect((await getBrand({ user: applicantA, input: { brandId: brand.id } })).awards[0]?.shares[0]?.payments.map((p) => p.actions)).toEqual([["confirmReceipt"], ["confirmReceipt"]]);
    await expectNoChange(() => confirmPaymentReceipt({ user: applicantB, input: { paymentId: paymentsA[0]!.id } }), "NOT_FOUND");
    await expectNoChange(() => confirmPaymentReceipt({ user: applicantC, input: { paymentId: paymentsA[0]!.id } }), "NOT_FOUND");
    for (const p of paymentsA) {
      const confirmed = await confirmPaymentReceipt({ user: applicantA, input: { paymentId: p.id } });
      expect(confirmed.status).toBe("CONFIRMED");
      await expectBooksSound(brand.id);
    }
    const stale = await expectNoChange(() => confirmPaymentReceipt({ user: applicantA, input: { paymentId: paymentsA[0]!.id } }), "STALE_STATE");
    expect(stale.message).toBe(messages.subsidies.errors.paymentStale);
    const bureauBefore = await db.notification.count({ where: { user: { role: "BUREAU_OFFICIAL" } } });
    await confirmPaymentReceipt({ user: applicantB, input: { paymentId: paymentB.id } });
    expect(await db.notification.count({ where: { user: { role: "BUREAU_OFFICIAL" } } })).toBe(bureauBefore + 1);
    const receipt = await db.subsidyPayment.findUniqueOrThrow({ where: { id: paymentB.id } });
    expect(receipt).toMatchObject({ status: "CONFIRMED", confirmedById: applicantB.id });
    const receiptAudit = await db.auditLog.findFirstOrThrow({ where: { action: "payment.confirmReceipt", entityId: brand.id, actorId: applicantB.id } });
    expect(receiptAudit.changes).toMatchObject({ shareId: { to: shareB.id } });
    b = await expectBooksSound(brand.id);
    expect(b.awards[0]?.shares.reduce((t, s) => t + s.paid, 0)).toBe(100000);
  });

  it("a brand with a single lead unit is allocated in full at approval", async () => {
    const { brand, award } = await recognisedBrand({ brandName: "秦汉面点师" });
    const result = await approveAward({ user: bureau, input: { awardId: award.id } });
    expect(result.status).toBe("ALLOCATED");
    const row = await testDb().subsidyAward.findUniqueOrThrow({ where: { id: award.id }, include: { shares: true } });
    expect(row.splitBasis).toBe("单一创建引领单位，全额分配");
    expect(row.shares.map((s) => [s.id, s.creditCode, s.amount, s.unitId])).toEqual([[result.shareId, unitA.creditCode, 100000, unitA.id]]);
    expect(await testDb().auditLog.count({ where: { entityId: brand.id, action: { in: ["award.approve", "award.allocate"] } } })).toBe(2);
    await expectBooksSound(brand.id);
    // Payable at once.
    const v = await voucher({ brandId: brand.id, shareId: result.shareId });
    await recordPayment({ user: bureau, input: { shareId: result.shareId, paidOn: shanghaiToday(), amount: 100000, voucherNo: "P-1", voucherId: v.id } });
    await expectBooksSound(brand.id);
  });

  it("S4: a higher level tops up to its amount within the 30万 cap; the 'none' policy makes a zero award that keeps its reason", async () => {
    const db = testDb();
    const { brand, award } = await recognisedBrand({ brandName: "空港电工" });
    await approveAward({ user: bureau, input: { awardId: award.id } });
    const leadUnits = [{ creditCode: unitA.creditCode, unitName: unitA.name, unitId: unitA.id }];
    const gain = (level: "CITY" | "PROVINCE" | "NATIONAL") =>
      db.$transaction((tx) => gainLevel(tx, { user: bureau, gained: { brandId: brand.id, level, recognisedOn: new Date(), leadUnits } }));

    const city = await gain("CITY");
    expect(city.award.amount).toBe(subsidyDue({ level: "CITY", alreadyPaid: 100000 }).amount);
    expect(city.award).toMatchObject({ amount: 100000, priorAwarded: 100000, zeroReason: null });
    const province = await gain("PROVINCE");
    expect(province.award).toMatchObject({ amount: 50000, priorAwarded: 200000 });
    const national = await gain("NATIONAL");
    expect(national.award).toMatchObject({ amount: 50000, priorAwarded: 250000 });
    for (const a of [city.award, province.award, national.award]) await approveAward({ user: bureau, input: { awardId: a.id } });
    const b = await expectBooksSound(brand.id);
    expect(b.awards.reduce((t, a) => t + a.amount, 0)).toBe(defaultEligibilitySettings.subsidyCap);

    // Under "none", a second level brings nothing; the zero award is kept with its reason and is
    // allocated at approval without any share.
    const other = await recognisedBrand({ brandName: "泾河厨师" });
    const settings = { ...defaultEligibilitySettings, subsidyUpgradePolicy: "none" as const };
    const zero = await db.$transaction(async (tx) => {
      const recognition = await tx.brandRecognition.create({ data: { brandId: other.brand.id, level: "CITY", recognisedOn: new Date() } });
      return createAwardForLevel(tx, { user: bureau, brandId: other.brand.id, recognitionId: recognition.id, level: "CITY", settings });
    });
    expect(zero.amount).toBe(subsidyDue({ level: "CITY", alreadyPaid: 100000, settings }).amount);
    expect(zero).toMatchObject({ amount: 0, zeroReason: messages.brandLife.awardZero.none });
    const approvedZero = await approveAward({ user: bureau, input: { awardId: zero.id } });
    expect(approvedZero).toMatchObject({ status: "ALLOCATED", shareId: null });
    const zeroRow = await db.subsidyAward.findUniqueOrThrow({ where: { id: zero.id }, include: { shares: true } });
    expect(zeroRow).toMatchObject({ zeroReason: messages.brandLife.awardZero.none, splitBasis: messages.brandLife.awardZero.none });
    expect(zeroRow.shares).toEqual([]);
    await expectBooksSound(other.brand.id);
  });

  it("a lead unit left out of the split gets a share of 0; one without an account is paid all the same", async () => {
    const db = testDb();
    // A co-lead unit that has not registered: known by its credit code only.
    const unregistered = { id: null, creditCode: makeCreditCode(900), name: "西咸新区未注册服务中心", tradeName: "未注册", registrationDate: new Date("2019-01-01T00:00:00Z") };
    const { brand, award } = await recognisedBrand({ coLead: unregistered, brandName: "沣东月嫂" });
    await approveAward({ user: bureau, input: { awardId: award.id } });
    const notifiedBefore = await db.notification.count();
    await allocateAward({ user: bureau, input: { awardId: award.id, basis: "全部由甲单位承担培育", shares: [{ creditCode: unitA.creditCode, amount: 100000 }] } });
    const shares = await db.subsidyShare.findMany({ where: { awardId: award.id }, orderBy: { amount: "desc" } });
    expect(shares.map((x) => [x.creditCode, x.amount, x.unitId])).toEqual([
      [unitA.creditCode, 100000, unitA.id],
      [unregistered.creditCode, 0, null],
    ]);
    // Only the unit with an account is told.
    expect(await db.notification.count()).toBe(notifiedBefore + 1);
    await expectBooksSound(brand.id);

    // Split the other way on another brand: the unregistered unit's share is paid like any other.
    const other = await recognisedBrand({ coLead: { ...unregistered, creditCode: makeCreditCode(901) }, brandName: "秦汉电工" });
    await approveAward({ user: bureau, input: { awardId: other.award.id } });
    await allocateAward({ user: bureau, input: { awardId: other.award.id, basis: "各半", shares: [{ creditCode: unitA.creditCode, amount: 50000 }, { creditCode: makeCreditCode(901), amount: 50000 }] } });
    const share = await db.subsidyShare.findFirstOrThrow({ where: { awardId: other.award.id, creditCode: makeCreditCode(901) } });
    expect(share.unitId).toBeNull();
    const v = await voucher({ brandId: other.brand.id, shareId: share.id });
    const before = await db.notification.count();
    await recordPayment({ user: bureau, input: { shareId: share.id, paidOn: shanghaiToday(), amount: 50000, voucherNo: "P-9", voucherId: v.id } });
    expect(await db.notification.count()).toBe(before);
    const b = await expectBooksSound(other.brand.id);
    expect(b.awards[0]?.shares.find((x) => x.creditCode === makeCreditCode(901))).toMatchObject({ share: 50000, paid: 50000, unpaid: 0 });
  });

  it("a share of an award not yet allocated takes no payment", async () => {
    const { brand, award } = await recognisedBrand({ coLead: unitB, brandName: "西咸育婴员" });
    await approveAward({ user: bureau, input: { awardId: award.id } });
    // The portal never writes a share before allocation; a row planted by hand is refused all the same.
    const planted = await testDb().subsidyShare.create({ data: { awardId: award.id, brandId: brand.id, creditCode: unitA.creditCode, unitName: unitA.name, unitId: unitA.id, amount: 100000 } });
    const v = await voucher({ brandId: brand.id, shareId: planted.id });
    const e = await expectNoChange(() => recordPayment({ user: bureau, input: { shareId: planted.id, paidOn: shanghaiToday(), amount: 100, voucherNo: "P-1", voucherId: v.id } }), "RULE_VIOLATION");
    expect(e.message).toBe(messages.subsidies.errors.notAllocated);
  });

  it("two payments recorded at once that together exceed the share: exactly one succeeds", async () => {
    const { brand, award } = await recognisedBrand({ coLead: unitB, brandName: "关中瓦工" });
    await approveAward({ user: bureau, input: { awardId: award.id } });
    await allocateAward({ user: bureau, input: { awardId: award.id, basis: "各半", shares: [{ creditCode: unitA.creditCode, amount: 50000 }, { creditCode: unitB.creditCode, amount: 50000 }] } });
    const share = await testDb().subsidyShare.findFirstOrThrow({ where: { awardId: award.id, creditCode: unitA.creditCode } });
    const v = await voucher({ brandId: brand.id, shareId: share.id });
    const bureau2 = await createSessionUser("BUREAU_OFFICIAL");
    const results = await Promise.allSettled(
      [bureau, bureau2].map((user, i) => recordPayment({ user, input: { shareId: share.id, paidOn: shanghaiToday(), amount: 30000, voucherNo: `P-${i}`, voucherId: v.id } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((loser.reason as AppError).code).toBe("VALIDATION");
    expect((loser.reason as AppError).fieldErrors?.amount?.[0]).toContain("20,000 元");
    expect(await testDb().subsidyPayment.count({ where: { shareId: share.id } })).toBe(1);
    expect(await testDb().auditLog.count({ where: { action: "payment.record" } })).toBe(1);
    await expectBooksSound(brand.id);
  });

  it("the wrong role and the wrong scope are refused, changing nothing", async () => {
    const { brand, award } = await recognisedBrand({ coLead: unitB, brandName: "秦汉园艺工" });
    for (const user of [applicantA, fengxi, qinhan, admin]) {
      await expectNoChange(() => approveAward({ user, input: { awardId: award.id } }), "FORBIDDEN");
    }
    await approveAward({ user: bureau, input: { awardId: award.id } });
    const input = { awardId: award.id, basis: "贡献", shares: [{ creditCode: unitA.creditCode, amount: 70000 }, { creditCode: unitB.creditCode, amount: 30000 }] };
    for (const user of [applicantA, applicantB, fengxi, admin]) {
      await expectNoChange(() => allocateAward({ user, input }), "FORBIDDEN");
    }
    await allocateAward({ user: bureau, input });
    const shareA = await testDb().subsidyShare.findFirstOrThrow({ where: { awardId: award.id, creditCode: unitA.creditCode } });
    const v = await voucher({ brandId: brand.id, shareId: shareA.id });
    const payInput = { shareId: shareA.id, paidOn: shanghaiToday(), amount: 1000, voucherNo: "P-1", voucherId: v.id };
    for (const user of [applicantA, fengxi, admin]) {
      await expectNoChange(() => recordPayment({ user, input: payInput }), "FORBIDDEN");
    }
    const { paymentId } = await recordPayment({ user: bureau, input: payInput });
    for (const user of [bureau, fengxi, admin]) {
      await expectNoChange(() => confirmPaymentReceipt({ user, input: { paymentId } }), "FORBIDDEN");
    }
    // Another lead unit of the same brand, and a unit of another brand: not found, nothing revealed.
    await expectNoChange(() => confirmPaymentReceipt({ user: applicantB, input: { paymentId } }), "NOT_FOUND");
    await expectNoChange(() => confirmPaymentReceipt({ user: applicantC, input: { paymentId } }), "NOT_FOUND");
    await expectNoChange(() => confirmPaymentReceipt({ user: { ...applicantA, unitId: null }, input: { paymentId } }), "FORBIDDEN");
    await expectNoChange(() => confirmPaymentReceipt({ user: applicantA, input: {} }), "VALIDATION");

    // Another unit's share is not visible; the brand's own new city reads without actions, another new city not at all.
    expect((await getBrand({ user: applicantB, input: { brandId: brand.id } })).awards[0]?.shares.map((s) => s.creditCode)).toEqual([unitB.creditCode]);
    await expect(getBrand({ user: applicantC, input: { brandId: brand.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getBrand({ user: qinhan, input: { brandId: brand.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const cityView = await getBrand({ user: fengxi, input: { brandId: brand.id } });
    expect(cityView.awards[0]?.actions).toEqual([]);
    expect(cityView.awards[0]?.shares.every((s) => !s.mayPay && s.payments.every((p) => p.actions.length === 0))).toBe(true);
    await expectBooksSound(brand.id);
  });
});
