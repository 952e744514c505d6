import { beforeEach, describe, expect, it } from "vitest";
import { createApplication } from "@/lib/server/services/applications/create-application";
import { saveApplicationStep } from "@/lib/server/services/applications/save-application-step";
import { submitApplication } from "@/lib/server/services/applications/submit-application";
import { getApplication } from "@/lib/server/services/applications/get-application";
import { listApplications } from "@/lib/server/services/applications/list-applications";
import { approveForPublicity } from "@/lib/server/services/applications/approve-for-publicity";
import { bureauReturnApplicationToUnit } from "@/lib/server/services/applications/bureau-return-application-to-unit";
import { recogniseApplication } from "@/lib/server/services/applications/recognise-application";
import { recommendApplication } from "@/lib/server/services/applications/recommend-application";
import { rejectAfterPublicity } from "@/lib/server/services/applications/reject-after-publicity";
import { rejectApplication } from "@/lib/server/services/applications/reject-application";
import { returnApplicationToNewCity } from "@/lib/server/services/applications/return-application-to-new-city";
import { returnApplicationToUnit } from "@/lib/server/services/applications/return-application-to-unit";
import { withdrawApplication } from "@/lib/server/services/applications/withdraw-application";
import { handleObjection } from "@/lib/server/services/applications/handle-objection";
import { recordObjection } from "@/lib/server/services/applications/record-objection";
import { AppError } from "@/lib/domain/app-error";
import type { SessionUser } from "@/lib/server/session-user";
import { expectRefusedUnchanged, refusal } from "../fixtures/refusals";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";
import { allTrue, createBatch, createEligibleApplication } from "../fixtures/applications";
import { UNIT_DECLARATIONS } from "@/lib/eligibility";
import { storedDateOf } from "@/lib/domain/dates";

async function snapshotCounts() {
  const db = testDb();
  return {
    audits: await db.auditLog.count(),
    notifications: await db.notification.count(),
    outbox: await db.outboxMessage.count(),
    versions: await db.applicationVersion.count(),
    notices: await db.publicityNotice.count(),
    brands: await db.brand.count(),
    statuses: (await db.application.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } })).map((a) => `${a.id}:${a.status}`).join(","),
  };
}

/** Expects a refusal with `code` that changes nothing at all. */
const expectNoChange = (run: () => Promise<unknown>, code: string) => expectRefusedUnchanged(snapshotCounts, run, code);

const pastDay = (days: number) => new Date(Date.now() - days * 86_400_000);

describe("application workflow (F1–F3)", () => {
  let unit: Awaited<ReturnType<typeof createUnit>>;
  let otherUnit: Awaited<ReturnType<typeof createUnit>>;
  let applicant: SessionUser;
  let otherApplicant: SessionUser;
  let fengxi: SessionUser;
  let qinhan: SessionUser;
  let bureau: SessionUser;
  let bureau2: SessionUser;
  let admin: SessionUser;
  let batchId: string;

  beforeEach(async () => {
    await resetDatabase();
    unit = await createUnit({ newCityId: "FENGXI", name: "西咸新区好帮手家政服务有限公司", tradeName: "好帮手" });
    otherUnit = await createUnit({ newCityId: "QINHAN", name: "西咸新区匠心陶艺培训学校", tradeName: "匠心" });
    applicant = await createSessionUser("APPLICANT_UNIT", { unitId: unit.id });
    otherApplicant = await createSessionUser("APPLICANT_UNIT", { unitId: otherUnit.id });
    fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
    qinhan = await createSessionUser("NEW_CITY_STAFF", { newCityId: "QINHAN" });
    bureau = await createSessionUser("BUREAU_OFFICIAL");
    bureau2 = await createSessionUser("BUREAU_OFFICIAL");
    admin = await createSessionUser("ADMIN");
    batchId = (await createBatch()).id;
  });

  it("runs from draft to a recognised 新区级 brand, with versions, field comments, publicity and a full timeline", async () => {
    const { id } = await createApplication({ user: applicant, input: { batchId } });
    await saveApplicationStep({ user: applicant, input: { applicationId: id, step: "brand", data: { brandName: "沣西巧手家政师", category: "HIGH_QUALITY_SERVICE" } } });
    await saveApplicationStep({ user: applicant, input: {
      applicationId: id,
      step: "leadUnits",
      data: { applicant: { declarations: allTrue(UNIT_DECLARATIONS), contribution: "牵头创建" }, coLeadUnits: [] },
    } });
    await saveApplicationStep({ user: applicant, input: { applicationId: id, step: "figures", data: { employedCount: 501, povertyAlleviatedCount: 100, trainedCount: 10, passedCount: 6 } } });
    await saveApplicationStep({ user: applicant, input: {
      applicationId: id,
      step: "narratives",
      data: { brandDescription: "故事", businessDescription: "项目", trainingDescription: "培训", transferDescription: "输转", postPlacementDescription: "服务" },
    } });
    const { APPLICATION_DECLARATIONS } = await import("@/lib/eligibility");
    await saveApplicationStep({ user: applicant, input: { applicationId: id, step: "declarations", data: { declarations: allTrue(APPLICATION_DECLARATIONS) } } });
    // No business licence yet: refused, nothing changes.
    await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: id, commitment: true } }), "RULE_VIOLATION");
    await testDb().attachment.create({
      data: { applicationId: id, kind: "BUSINESS_LICENSE", fileName: "执照.pdf", mimeType: "application/pdf", sizeBytes: 5, sha256: "a".repeat(64), storageKey: "00/11111111-1111-1111-1111-111111111111", uploadedById: applicant.id },
    });
    expect((await submitApplication({ user: applicant, input: { applicationId: id, commitment: true } })).version).toBe(1);

    // The new city returns it with a comment on one field; the unit sees it next to that field.
    await returnApplicationToUnit({ user: fengxi, input: { applicationId: id, comment: "请核实带动就业人数", fieldComments: [{ field: "employedCount", message: "人数与台账不符" }] } });
    const returned = await getApplication({ user: applicant, input: { applicationId: id } });
    expect(returned.application.status).toBe("RETURNED_TO_UNIT");
    expect(returned.openComments.map((c) => [c.field, c.message])).toEqual([["employedCount", "人数与台账不符"]]);
    await saveApplicationStep({ user: applicant, input: { applicationId: id, step: "figures", data: { employedCount: 650, povertyAlleviatedCount: 100, trainedCount: 10, passedCount: 6 } } });
    expect((await getApplication({ user: applicant, input: { applicationId: id } })).changes).toEqual([{ field: "employedCount", from: 501, to: 650 }]);
    expect((await submitApplication({ user: applicant, input: { applicationId: id, commitment: true } })).version).toBe(2);
    expect((await getApplication({ user: fengxi, input: { applicationId: id } })).changes).toEqual([{ field: "employedCount", from: 501, to: 650 }]);

    await recommendApplication({ user: fengxi, input: { applicationId: id, comment: "同意推荐" } });
    const now = new Date();
    await approveForPublicity({ user: bureau, input: { applicationId: id }, now });
    const notice = await testDb().publicityNotice.findUniqueOrThrow({ where: { applicationId: id } });
    expect(notice.endsAt.getTime() - notice.startsAt.getTime()).toBeGreaterThan(7 * 86_400_000);
    expect(notice.endsAt.getTime() - notice.startsAt.getTime()).toBeLessThanOrEqual(8 * 86_400_000);

    // Not yet: the publicity period runs.
    expect((await refusal(recogniseApplication({ user: bureau, input: { applicationId: id }, now }))).message).toContain("公示期尚未结束");
    const { id: objectionId } = await recordObjection({ user: bureau, input: { applicationId: id, receivedAt: toLocal(new Date(now.getTime() + 60_000)), objector: "匿名", content: "人数有疑问" }, now: new Date(now.getTime() + 120_000) });
    const after = new Date(notice.endsAt.getTime() + 1000);
    expect((await refusal(recogniseApplication({ user: bureau, input: { applicationId: id }, now: after }))).message).toContain("未处理的异议");
    await handleObjection({ user: bureau, input: { objectionId, outcome: "DISMISSED", handling: "经核实，人数属实" }, now: new Date(now.getTime() + 180_000) });
    const recognised = await recogniseApplication({ user: bureau, input: { applicationId: id }, now: after });
    // The showcase refresh is returned as data, for the action wrapper to run after commit.
    expect(recognised.effects).toEqual({ brandSlugs: ["沣西巧手家政师"], noticeIds: [notice.id] });

    const brand = await testDb().brand.findUniqueOrThrow({ where: { name: "沣西巧手家政师" }, include: { recognitions: { include: { leadUnits: true } } } });
    expect(brand.highestLevel).toBe("DISTRICT");
    expect(brand.recognitions).toHaveLength(1);
    expect(brand.recognitions[0]?.certificateNo).toMatch(/^西咸劳务品牌〔\d{4}〕001号$/);
    expect(brand.recognitions[0]?.leadUnits.map((l) => l.creditCode)).toEqual([unit.creditCode]);

    const detail = await getApplication({ user: bureau, input: { applicationId: id }, now: after });
    expect(detail.application.status).toBe("RECOGNISED");
    expect(detail.timeline.map((t) => t.action)).toEqual([
      "application.create",
      "application.submit",
      "application.returnToUnit",
      "application.resubmit",
      "application.recommend",
      "application.approveForPublicity",
      "objection.record",
      "objection.dismiss",
      "application.recognise",
    ]);
    expect(detail.timeline.find((t) => t.action === "application.recommend")).toMatchObject({ fromState: "SUBMITTED", toState: "RECOMMENDED", comment: "同意推荐" });

    // Every transition told someone, and every notification has its outbox row.
    const db = testDb();
    expect(await db.notification.count({ where: { userId: applicant.id } })).toBeGreaterThanOrEqual(4);
    expect(await db.notification.count({ where: { userId: fengxi.id } })).toBeGreaterThanOrEqual(2);
    expect(await db.notification.count({ where: { userId: qinhan.id } })).toBe(0);
    expect(await db.outboxMessage.count()).toBe(await db.notification.count());
  });

  describe("rules at submission", () => {
    it("refuses after the batch closed, and says so", async () => {
      const closed = await createBatch({ open: false });
      const app = await createEligibleApplication({ unit, batchId: closed.id });
      const error = await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: app.id, commitment: true } }), "RULE_VIOLATION");
      expect(error.message).toContain("截止");
    });

    it("refuses blocking verdicts and names the rule and field (B5: 500 is not more than 500)", async () => {
      const app = await createEligibleApplication({ unit, batchId, overrides: { employedCount: 500 } });
      const error = await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: app.id, commitment: true } }), "RULE_VIOLATION");
      expect(error.fieldErrors?.["figures.employed"]?.join()).toContain("B5");
    });

    it("B4: a name containing a lead unit's 字号 is blocked", async () => {
      const app = await createEligibleApplication({ unit, batchId, brandName: "好帮手家政师" });
      const error = await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: app.id, commitment: true } }), "RULE_VIOLATION");
      expect(JSON.stringify(error.fieldErrors)).toContain("B4");
    });

    it("warnings need the applicant's explanation, then pass", async () => {
      const app = await createEligibleApplication({ unit, batchId, brandName: "西咸家政服务团队" });
      const error = await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: app.id, commitment: true } }), "RULE_VIOLATION");
      expect(error.message).toContain("情况说明");
      const ok = await submitApplication({ user: applicant, input: { applicationId: app.id, commitment: true, warningExplanation: "沿用多年的行业称呼" } });
      expect(ok.warnings.length).toBeGreaterThan(0);
    });

    it("the commitment must be confirmed", async () => {
      const app = await createEligibleApplication({ unit, batchId });
      await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: app.id, commitment: false } }), "VALIDATION");
      await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: app.id } }), "VALIDATION");
    });

    it("a national-ICH brand needs the heritage proof", async () => {
      const app = await createEligibleApplication({ unit, batchId, overrides: { isNationalIch: true, employedCount: 200, ichItemName: "秦汉陶艺", ichListNumber: "Ⅷ-1" } });
      const error = await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: app.id, commitment: true } }), "RULE_VIOLATION");
      expect(error.message).toContain("非遗证明");
    });

    it("refuses a name already recognised, or in another unit's active application, or the unit's own second one", async () => {
      await testDb().brand.create({ data: { name: "沣西月嫂", slug: "沣西月嫂", category: "LIVELIHOOD_SECURITY", newCityId: "FENGXI", highestLevel: "DISTRICT" } });
      const a = await createEligibleApplication({ unit, batchId, brandName: "沣西月嫂" });
      expect((await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: a.id, commitment: true } }), "RULE_VIOLATION")).message).toContain("已被认定");

      await createEligibleApplication({ unit: otherUnit, batchId, brandName: "秦汉陶艺匠", status: "SUBMITTED" });
      const b = await createEligibleApplication({ unit, batchId, brandName: "秦汉陶艺匠" });
      expect((await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: b.id, commitment: true } }), "RULE_VIOLATION")).message).toContain("其他单位");

      await createEligibleApplication({ unit, batchId, brandName: "沣西保洁师" });
      const c = await createEligibleApplication({ unit, batchId, brandName: "沣西保洁师" });
      expect((await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: c.id, commitment: true } }), "RULE_VIOLATION")).message).toContain("本单位");
    });

    it("E5/M3: a unit whose lead-unit status was revoked within five years cannot apply", async () => {
      const brand = await testDb().brand.create({ data: { name: "旧品牌师", slug: "旧品牌师", category: "LIVELIHOOD_SECURITY", newCityId: "FENGXI" } });
      const rec = await testDb().brandRecognition.create({ data: { brandId: brand.id, level: "DISTRICT", recognisedOn: pastDay(900), certificateNo: "X-1", status: "REVOKED" } });
      await testDb().leadUnitRecognition.create({
        data: { recognitionId: rec.id, brandId: brand.id, creditCode: unit.creditCode, unitName: unit.name, level: "DISTRICT", recognisedOn: pastDay(900), status: "REVOKED", revokedOn: storedDateOf(pastDay(30)), revocationReason: "FORGERY" },
      });
      const app = await createEligibleApplication({ unit, batchId });
      const error = await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: app.id, commitment: true } }), "RULE_VIOLATION");
      expect(JSON.stringify(error.fieldErrors)).toMatch(/M3|E5/);
    });

    it("resubmitting an application that was not returned is refused as stale", async () => {
      const app = await createEligibleApplication({ unit, batchId, status: "SUBMITTED" });
      await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: app.id, commitment: true } }), "STALE_STATE");
    });

    it("a returned application may be resubmitted after the batch closed (it was submitted in time)", async () => {
      const closed = await createBatch({ open: false });
      const app = await createEligibleApplication({ unit, batchId: closed.id, status: "RETURNED_TO_UNIT" });
      expect((await submitApplication({ user: applicant, input: { applicationId: app.id, commitment: true } })).version).toBe(2);
    });
  });

  describe("bad input to the draft", () => {
    it("refuses a fourth lead unit, over-long text, negative counts and unknown steps, changing nothing", async () => {
      const app = await createEligibleApplication({ unit, batchId });
      const co = (n: number) => ({ creditCode: otherUnit.creditCode.slice(0, 17) + "0", name: `单位${n}`, tradeName: `单位${n}`, registrationDate: "2019-01-01", declarations: {} });
      const e1 = await expectNoChange(() => saveApplicationStep({ user: applicant, input: { applicationId: app.id, step: "leadUnits", data: { applicant: { declarations: {} }, coLeadUnits: [co(1), co(2), co(3)] } } }), "VALIDATION");
      expect(JSON.stringify(e1.fieldErrors)).toContain("B2");
      await expectNoChange(() => saveApplicationStep({ user: applicant, input: { applicationId: app.id, step: "narratives", data: { brandDescription: "字".repeat(5001) } } }), "VALIDATION");
      await expectNoChange(() => saveApplicationStep({ user: applicant, input: { applicationId: app.id, step: "figures", data: { employedCount: -1 } } }), "VALIDATION");
      await expectNoChange(() => saveApplicationStep({ user: applicant, input: { applicationId: app.id, step: "figures", data: { employedCount: 1.5 } } }), "VALIDATION");
      await expectNoChange(() => saveApplicationStep({ user: applicant, input: { applicationId: app.id, step: "status", data: {} } }), "VALIDATION");
    });

    it("ignores tampered fields: a draft save cannot set its own status or unit", async () => {
      const app = await createEligibleApplication({ unit, batchId });
      await saveApplicationStep({ user: applicant, input: { applicationId: app.id, step: "brand", data: { brandName: "沣西家政师", status: "RECOGNISED", unitId: otherUnit.id } } });
      const row = await testDb().application.findUniqueOrThrow({ where: { id: app.id } });
      expect(row).toMatchObject({ status: "DRAFT", unitId: unit.id, brandName: "沣西家政师" });
    });

    it("a co-lead unit may not be the applicant itself or listed twice (B2)", async () => {
      const app = await createEligibleApplication({ unit, batchId });
      const me = { creditCode: unit.creditCode, name: unit.name, tradeName: "好帮手", registrationDate: "2019-01-01", declarations: {} };
      await expectNoChange(() => saveApplicationStep({ user: applicant, input: { applicationId: app.id, step: "leadUnits", data: { applicant: { declarations: {} }, coLeadUnits: [me] } } }), "VALIDATION");
    });

    it("a comment is required to return, reject or recommend", async () => {
      const app = await createEligibleApplication({ unit, batchId, status: "SUBMITTED" });
      await expectNoChange(() => returnApplicationToUnit({ user: fengxi, input: { applicationId: app.id, comment: "  " } }), "VALIDATION");
      await expectNoChange(() => recommendApplication({ user: fengxi, input: { applicationId: app.id } }), "VALIDATION");
      await recommendApplication({ user: fengxi, input: { applicationId: app.id, comment: "同意" } });
      await expectNoChange(() => rejectApplication({ user: bureau, input: { applicationId: app.id, comment: "" } }), "VALIDATION");
    });
  });

  describe("authorization: every role is refused the others' actions and other scopes' records", () => {
    it("an applicant cannot review, and cannot see or edit another unit's application", async () => {
      const mine = await createEligibleApplication({ unit, batchId, status: "SUBMITTED" });
      const theirs = await createEligibleApplication({ unit: otherUnit, batchId });
      await expectNoChange(() => recommendApplication({ user: applicant, input: { applicationId: mine.id, comment: "x" } }), "FORBIDDEN");
      await expectNoChange(() => approveForPublicity({ user: applicant, input: { applicationId: mine.id } }), "FORBIDDEN");
      await expectNoChange(() => getApplication({ user: applicant, input: { applicationId: theirs.id } }), "NOT_FOUND");
      await expectNoChange(() => saveApplicationStep({ user: applicant, input: { applicationId: theirs.id, step: "brand", data: { brandName: "偷改" } } }), "NOT_FOUND");
      await expectNoChange(() => submitApplication({ user: applicant, input: { applicationId: theirs.id, commitment: true } }), "NOT_FOUND");
      await expectNoChange(() => withdrawApplication({ user: applicant, input: { applicationId: theirs.id } }), "NOT_FOUND");
      expect((await listApplications({ user: applicant, input: {} })).items.map((a) => a.id)).toEqual([mine.id]);
      await expectNoChange(() => getApplication({ user: otherApplicant, input: { applicationId: mine.id } }), "NOT_FOUND");
      await expectNoChange(() => withdrawApplication({ user: otherApplicant, input: { applicationId: mine.id } }), "NOT_FOUND");
    });

    it("new-city staff act only on their own new city's applications, and not as the bureau", async () => {
      const fengxiApp = await createEligibleApplication({ unit, batchId, status: "SUBMITTED" });
      await expectNoChange(() => recommendApplication({ user: qinhan, input: { applicationId: fengxiApp.id, comment: "x" } }), "NOT_FOUND");
      await expectNoChange(() => getApplication({ user: qinhan, input: { applicationId: fengxiApp.id } }), "NOT_FOUND");
      expect((await listApplications({ user: qinhan, input: {} })).total).toBe(0);
      await expectNoChange(() => approveForPublicity({ user: fengxi, input: { applicationId: fengxiApp.id } }), "FORBIDDEN");
      await expectNoChange(() => createApplication({ user: fengxi, input: { batchId } }), "FORBIDDEN");
    });

    it("the bureau cannot take the new city's step or the unit's, and admin reviews nothing", async () => {
      const app = await createEligibleApplication({ unit, batchId, status: "SUBMITTED" });
      await expectNoChange(() => recommendApplication({ user: bureau, input: { applicationId: app.id, comment: "x" } }), "FORBIDDEN");
      await expectNoChange(() => approveForPublicity({ user: bureau, input: { applicationId: app.id } }), "STALE_STATE");
      await expectNoChange(() => createApplication({ user: bureau, input: { batchId } }), "FORBIDDEN");
      await expectNoChange(() => rejectApplication({ user: admin, input: { applicationId: app.id, comment: "x" } }), "FORBIDDEN");
      await expectNoChange(() => recommendApplication({ user: admin, input: { applicationId: app.id, comment: "x" } }), "FORBIDDEN");
    });

    it("reviewers never see drafts", async () => {
      await createEligibleApplication({ unit, batchId });
      expect((await listApplications({ user: fengxi, input: {} })).total).toBe(0);
      expect((await listApplications({ user: bureau, input: {} })).total).toBe(0);
    });
  });

  describe("concurrency", () => {
    it("two officials approving at once: exactly one succeeds, the other is told the state changed, nothing half-written", async () => {
      const app = await createEligibleApplication({ unit, batchId, status: "RECOMMENDED" });
      const results = await Promise.allSettled([approveForPublicity({ user: bureau, input: { applicationId: app.id } }), approveForPublicity({ user: bureau2, input: { applicationId: app.id } })]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect((loser.reason as AppError).code).toBe("STALE_STATE");
      expect((loser.reason as AppError).message).toBe("该申报状态已变更，请刷新后重试");
      const db = testDb();
      expect(await db.publicityNotice.count()).toBe(1);
      expect(await db.auditLog.count({ where: { action: "application.approveForPublicity" } })).toBe(1);
    });

    it("a new city returning while the bureau... cannot: conflicting reviewer actions on one state, one wins", async () => {
      const app = await createEligibleApplication({ unit, batchId, status: "SUBMITTED" });
      const fengxi2 = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
      const results = await Promise.allSettled([
        recommendApplication({ user: fengxi, input: { applicationId: app.id, comment: "推荐" } }),
        returnApplicationToUnit({ user: fengxi2, input: { applicationId: app.id, comment: "退回" } }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await testDb().auditLog.count({ where: { entityId: app.id } })).toBe(1);
    });
  });

  describe("bureau decisions", () => {
    it("returns to the new city or to the unit, rejects with a reason", async () => {
      const a = await createEligibleApplication({ unit, batchId, status: "RECOMMENDED" });
      await returnApplicationToNewCity({ user: bureau, input: { applicationId: a.id, comment: "请补充推荐意见" } });
      expect((await testDb().application.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("RETURNED_TO_NEW_CITY");
      await recommendApplication({ user: fengxi, input: { applicationId: a.id, comment: "已补充" } });
      await bureauReturnApplicationToUnit({ user: bureau, input: { applicationId: a.id, comment: "请补充台账", fieldComments: [{ field: "attachments", message: "缺少培训台账" }] } });
      expect((await getApplication({ user: applicant, input: { applicationId: a.id } })).openComments).toHaveLength(1);

      const b = await createEligibleApplication({ unit, batchId, status: "RECOMMENDED", brandName: "沣西厨师" });
      await rejectApplication({ user: bureau, input: { applicationId: b.id, comment: "不符合品牌条件" } });
      const row = await testDb().application.findUniqueOrThrow({ where: { id: b.id } });
      expect(row).toMatchObject({ status: "REJECTED", decisionReason: "不符合品牌条件" });
    });

    it("after publicity, an upheld objection leads to rejection, never to recognition", async () => {
      const app = await createEligibleApplication({ unit, batchId, status: "RECOMMENDED" });
      const start = new Date(Date.now() - 10 * 86_400_000);
      await approveForPublicity({ user: bureau, input: { applicationId: app.id }, now: start });
      const { id } = await recordObjection({ user: bureau, input: { applicationId: app.id, receivedAt: toLocal(new Date(start.getTime() + 3_600_000)), objector: "张三", content: "数据造假" } });
      await handleObjection({ user: bureau, input: { objectionId: id, outcome: "UPHELD", handling: "经核查属实" } });
      await expectNoChange(() => handleObjection({ user: bureau, input: { objectionId: id, outcome: "DISMISSED", handling: "改判" } }), "STALE_STATE");
      expect((await refusal(recogniseApplication({ user: bureau, input: { applicationId: app.id } }))).message).toContain("异议成立");
      await rejectAfterPublicity({ user: bureau, input: { applicationId: app.id, comment: "异议成立，不予认定" } });
      expect(await testDb().brand.count()).toBe(0);
    });

    it("objections outside the publicity period are refused", async () => {
      const app = await createEligibleApplication({ unit, batchId, status: "RECOMMENDED" });
      await approveForPublicity({ user: bureau, input: { applicationId: app.id } });
      await expectNoChange(() => recordObjection({ user: bureau, input: { applicationId: app.id, receivedAt: toLocal(pastDay(3)), objector: "李四", content: "异议" } }), "RULE_VIOLATION");
      await expectNoChange(() => recordObjection({ user: fengxi, input: { applicationId: app.id, receivedAt: toLocal(new Date()), objector: "李四", content: "异议" } }), "FORBIDDEN");
    });

    it("without an upheld objection, rejection after publicity is refused", async () => {
      const app = await createEligibleApplication({ unit, batchId, status: "RECOMMENDED" });
      await approveForPublicity({ user: bureau, input: { applicationId: app.id }, now: pastDay(10) });
      await expectNoChange(() => rejectAfterPublicity({ user: bureau, input: { applicationId: app.id, comment: "理由" } }), "RULE_VIOLATION");
    });
  });
});

/** A Shanghai datetime-local string for an instant. */
function toLocal(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}
