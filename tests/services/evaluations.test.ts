import { beforeEach, describe, expect, it } from "vitest";
import { scheduleEvaluation } from "@/lib/server/services/evaluations/schedule-evaluation";
import { recordEvaluationResult } from "@/lib/server/services/evaluations/record-evaluation-result";
import { cancelEvaluation } from "@/lib/server/services/evaluations/cancel-evaluation";
import { listEvaluationQueue } from "@/lib/server/services/evaluations/list-evaluation-queue";
import { listEvaluations } from "@/lib/server/services/evaluations/list-evaluations";
import { getEvaluation } from "@/lib/server/services/evaluations/get-evaluation";
import { listLeadUnitEvaluations } from "@/lib/server/services/evaluations/list-lead-unit-evaluations";
import { recordPlaqueReclaimed } from "@/lib/server/services/plaques/record-plaque-reclaimed";
import { listBrandPlaques, listPlaquesToReclaim } from "@/lib/server/services/plaques/list-plaques";
import { uploadBrandFile } from "@/lib/server/services/brand-files/upload-brand-file";
import { readBrandFile } from "@/lib/server/services/brand-files/read-brand-file";
import { createApplication } from "@/lib/server/services/applications/create-application";
import { getOwnUnitBan } from "@/lib/server/services/applications/unit-ban";
import { EVALUATION_COLUMNS, EVALUATION_QUEUE_COLUMNS } from "@/lib/domain/columns/evaluations";
import { rowCells } from "@/lib/domain/columns";
import type { SessionUser } from "@/lib/server/session-user";
import { expectRefusedUnchanged, refusal } from "../fixtures/refusals";
import { recognisedBrand } from "../fixtures/brands";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";
import { PDF } from "../fixtures/files";

type Unit = Awaited<ReturnType<typeof createUnit>>;

/** Every table an evaluation use case writes, so a refusal can be shown to write nothing. */
async function snapshot() {
  const db = testDb();
  return {
    audits: await db.auditLog.count(),
    notifications: await db.notification.count(),
    evaluations: (await db.evaluation.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, cycleKey: true, conclusion: true, evaluatedOn: true } })).map((e) => JSON.stringify(e)).join(","),
    leadUnits: (await db.leadUnitRecognition.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, revokedOn: true } })).map((e) => JSON.stringify(e)).join(","),
    plaques: (await db.plaque.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, reclaimedOn: true } })).map((e) => JSON.stringify(e)).join(","),
    files: (await db.brandFile.findMany({ orderBy: { id: "asc" }, select: { id: true, evaluationId: true } })).map((e) => JSON.stringify(e)).join(","),
    applications: await db.application.count(),
  };
}
const expectNoChange = (run: () => Promise<unknown>, code: string) => expectRefusedUnchanged(snapshot, run, code);

/** 09:00 in Shanghai on that calendar date. */
const on = (date: string) => new Date(`${date}T01:00:00Z`);

// Recognised on 2022-06-01 (Shanghai): cycle 1 is [2023-06-01, 2026-06-01); its window opens 90
// days before its end, on 2026-03-03; its due date is 2026-05-31; from 2026-06-01 it is overdue.
const RECOGNISED_AT = new Date("2022-06-01T02:00:00Z");

describe("evaluations (E1–E5) and plaques", () => {
  let unit: Unit;
  let coLead: Unit;
  let applicant: SessionUser;
  let coLeadUser: SessionUser;
  let otherApplicant: SessionUser;
  let fengxi: SessionUser;
  let qinhan: SessionUser;
  let bureau: SessionUser;
  let bureau2: SessionUser;
  let admin: SessionUser;
  let brandId: string;
  let leadUnitId: string;
  let coLeadUnitId: string;

  beforeEach(async () => {
    await resetDatabase();
    unit = await createUnit({ newCityId: "FENGXI", name: "西咸新区好帮手家政服务有限公司", tradeName: "好帮手" });
    coLead = await createUnit({ newCityId: "FENGXI", name: "西咸新区巧手家政培训学校", tradeName: "巧手" });
    const other = await createUnit({ newCityId: "QINHAN" });
    applicant = await createSessionUser("APPLICANT_UNIT", { unitId: unit.id });
    coLeadUser = await createSessionUser("APPLICANT_UNIT", { unitId: coLead.id });
    otherApplicant = await createSessionUser("APPLICANT_UNIT", { unitId: other.id });
    fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
    qinhan = await createSessionUser("NEW_CITY_STAFF", { newCityId: "QINHAN" });
    bureau = await createSessionUser("BUREAU_OFFICIAL");
    bureau2 = await createSessionUser("BUREAU_OFFICIAL");
    admin = await createSessionUser("ADMIN");
    const made = await recognisedBrand({
      bureau,
      unit,
      coLeads: [{ creditCode: coLead.creditCode, name: coLead.name, unitId: coLead.id }],
      brandName: "沣西家政师",
      recognisedAt: RECOGNISED_AT,
    });
    brandId = made.brand.id;
    const db = testDb();
    leadUnitId = (await db.leadUnitRecognition.findFirstOrThrow({ where: { brandId, creditCode: unit.creditCode } })).id;
    coLeadUnitId = (await db.leadUnitRecognition.findFirstOrThrow({ where: { brandId, creditCode: coLead.creditCode } })).id;
    await db.leadUnitRecognition.update({ where: { id: coLeadUnitId }, data: { unitId: coLead.id } });
  });

  const scheduleInput = (over: Record<string, unknown> = {}) => ({
    leadUnitRecognitionId: leadUnitId,
    cycleIndex: 1,
    method: "ON_SITE_INSPECTION",
    scheduledOn: "2026-04-10",
    evaluators: "张三、李四",
    ...over,
  });
  const passInput = (evaluationId: string, over: Record<string, unknown> = {}) => ({
    evaluationId,
    u1Pass: true,
    u2Pass: true,
    u3Pass: true,
    u4Pass: true,
    evaluatedOn: "2026-04-10",
    ...over,
  });
  const failInput = (evaluationId: string, over: Record<string, unknown> = {}) =>
    passInput(evaluationId, { u2Pass: false, u2Note: "培训合格率45%，低于60%", conclusion: "U2不达标，评估不合格", ...over });

  async function schedule(now = on("2026-04-01"), over: Record<string, unknown> = {}) {
    return scheduleEvaluation({ user: bureau, input: scheduleInput(over), now });
  }

  async function queueTab(tab: string, now: Date, user = bureau, extra: Record<string, unknown> = {}) {
    return (await listEvaluationQueue({ user, input: { tab, ...extra }, now })).items.map((r) => `${r.unitName}:${r.cycleIndex}`);
  }

  describe("E1 cycle boundaries through the database", () => {
    it("upcoming the day before the window, due on its first day and its last, overdue the day after the due date", async () => {
      const name = `${unit.name}:1`;
      expect(await queueTab("upcoming", on("2026-03-02"))).toContain(name);
      expect(await queueTab("due", on("2026-03-02"))).not.toContain(name);
      expect(await queueTab("due", on("2026-03-03"))).toContain(name);
      expect(await queueTab("due", on("2026-05-31"))).toContain(name);
      expect(await queueTab("overdue", on("2026-05-31"))).not.toContain(name);
      expect(await queueTab("overdue", on("2026-06-01"))).toContain(name);
      // The upcoming tab looks 90 days ahead: the window opening in 90 days is in it, in 91 days not.
      const far = await listEvaluationQueue({ user: bureau, input: {}, now: on("2025-12-03") });
      expect(far.counts).toEqual({ overdue: 0, due: 0, upcoming: 2, scheduled: 0 });
      const farther = await listEvaluationQueue({ user: bureau, input: {}, now: on("2025-12-02") });
      expect(farther.counts).toEqual({ overdue: 0, due: 0, upcoming: 0, scheduled: 0 });
    });

    it("filters by level, new city and category, within scope (new city its own, unit its own)", async () => {
      const now = on("2026-06-01");
      expect(await queueTab("overdue", now, bureau, { newCityId: "FENGXI" })).toHaveLength(2);
      expect(await queueTab("overdue", now, bureau, { newCityId: "QINHAN" })).toHaveLength(0);
      expect(await queueTab("overdue", now, bureau, { level: "CITY" })).toHaveLength(0);
      expect(await queueTab("overdue", now, bureau, { level: "DISTRICT" })).toHaveLength(2);
      const brand = await testDb().brand.findUniqueOrThrow({ where: { id: brandId } });
      expect(await queueTab("overdue", now, bureau, { category: brand.category })).toHaveLength(2);
      expect(await queueTab("overdue", now, fengxi)).toHaveLength(2);
      expect(await queueTab("overdue", now, qinhan)).toHaveLength(0);
      expect(await queueTab("overdue", now, applicant)).toEqual([`${unit.name}:1`]);
      expect(await queueTab("overdue", now, otherApplicant)).toEqual([]);
      // A bad query is no filter, not an error.
      expect(await queueTab("overdue", now, bureau, { level: "NOPE", page: "-3" })).toHaveLength(2);
    });

    it("a scheduled cycle leaves the to-do tabs for 已安排; a passed one shows the next cycle", async () => {
      const now = on("2026-04-01");
      const { id } = await schedule(now);
      expect(await queueTab("due", now)).toEqual([`${coLead.name}:1`]);
      expect(await queueTab("scheduled", now)).toEqual([`${unit.name}:1`]);
      await recordEvaluationResult({ user: bureau, input: passInput(id), now: on("2026-04-10") });
      expect(await queueTab("scheduled", on("2026-04-10"))).toEqual([]);
      const [own] = (await listLeadUnitEvaluations({ user: applicant, input: {}, now: on("2026-04-10") }));
      expect(own).toMatchObject({ status: "ACTIVE", standing: "later", cycle: { index: 2, start: "2026-06-01", dueDate: "2029-05-31" } });
    });
  });

  describe("schedule (E2)", () => {
    it("creates the evaluation for the cycle, audits it on the brand's trail, notifies the lead unit and its new city", async () => {
      const { id } = await schedule();
      const db = testDb();
      const ev = await db.evaluation.findUniqueOrThrow({ where: { id } });
      expect(ev).toMatchObject({ status: "SCHEDULED", cycleIndex: 1, method: "ON_SITE_INSPECTION", evaluators: "张三、李四", cycleKey: `${leadUnitId}:1`, scheduledById: bureau.id, brandId });
      expect(ev.scheduledOn.toISOString().slice(0, 10)).toBe("2026-04-10");
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "evaluation.schedule" } });
      expect(audit).toMatchObject({ entityType: "Brand", entityId: brandId, actorId: bureau.id, toState: "SCHEDULED" });
      expect(audit.at.toISOString()).toBe(on("2026-04-01").toISOString());
      expect(await db.notification.count({ where: { userId: applicant.id, link: `/portal/evaluations/${id}` } })).toBe(1);
      expect(await db.notification.count({ where: { userId: fengxi.id, link: `/portal/evaluations/${id}` } })).toBe(1);
      expect(await db.notification.count({ where: { userId: coLeadUser.id } })).toBe(0);
      expect(await db.notification.count({ where: { userId: qinhan.id } })).toBe(0);
    });

    it("accepts a third party and today's date; an overdue cycle may still be scheduled", async () => {
      const ok = await schedule(on("2026-07-01"), { method: "THIRD_PARTY", evaluators: "陕西某评估咨询有限公司", scheduledOn: "2026-07-01" });
      expect(ok.cycleIndex).toBe(1);
    });

    it("refuses bad input, a past date, a future cycle, a cycle not started, a duplicate, with nothing written", async () => {
      const now = on("2026-04-01");
      const bad = await expectNoChange(() => scheduleEvaluation({ user: bureau, input: scheduleInput({ method: "PHONE", evaluators: " ", scheduledOn: "2026-02-30" }), now }), "VALIDATION");
      expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["evaluators", "method", "scheduledOn"]);
      expect(bad.fieldErrors?.evaluators?.[0]).toMatch(/请填写/);
      const past = await expectNoChange(() => schedule(now, { scheduledOn: "2026-03-31" }), "VALIDATION");
      expect(past.message).toBe("评估日期不能早于今天。");
      const future = await expectNoChange(() => schedule(now, { cycleIndex: 2 }), "RULE_VIOLATION");
      expect(future.message).toContain("第2个评估周期尚未到评估期");
      expect((await expectNoChange(() => schedule(on("2023-05-01"), { scheduledOn: "2023-05-02" }), "RULE_VIOLATION")).message).toContain("尚未进入首个评估周期");
      await schedule(now);
      const dup = await expectNoChange(() => scheduleEvaluation({ user: bureau2, input: scheduleInput(), now }), "CONFLICT");
      expect(dup.message).toBe("第1个评估周期已安排评估，请勿重复安排。");
    });

    it("two officials scheduling the same cycle at once: exactly one succeeds", async () => {
      const now = on("2026-04-01");
      const results = await Promise.allSettled([scheduleEvaluation({ user: bureau, input: scheduleInput(), now }), scheduleEvaluation({ user: bureau2, input: scheduleInput(), now })]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await testDb().evaluation.count()).toBe(1);
    });

    it("refuses a revoked recognition and an evaluated cycle", async () => {
      const { id } = await schedule();
      await recordEvaluationResult({ user: bureau, input: failInput(id), now: on("2026-04-10") });
      const revoked = await expectNoChange(() => schedule(on("2026-04-11"), { scheduledOn: "2026-04-20" }), "RULE_VIOLATION");
      expect(revoked.message).toBe("该创建引领单位称号已被撤销，不能再安排评估。");
      const other = await scheduleEvaluation({ user: bureau, input: scheduleInput({ leadUnitRecognitionId: coLeadUnitId }), now: on("2026-04-01") });
      await recordEvaluationResult({ user: bureau, input: passInput(other.id), now: on("2026-04-10") });
      const again = await expectNoChange(() => scheduleEvaluation({ user: bureau, input: scheduleInput({ leadUnitRecognitionId: coLeadUnitId, scheduledOn: "2026-04-20" }), now: on("2026-04-11") }), "RULE_VIOLATION");
      expect(again.message).toBe("第1个评估周期已评估，不能重复安排。");
    });

    it("refuses every role but the bureau (FORBIDDEN) and an unknown recognition (NOT_FOUND), with nothing written", async () => {
      for (const user of [applicant, fengxi, qinhan, admin]) await expectNoChange(() => scheduleEvaluation({ user, input: scheduleInput(), now: on("2026-04-01") }), "FORBIDDEN");
      await expectNoChange(() => schedule(on("2026-04-01"), { leadUnitRecognitionId: "nope" }), "NOT_FOUND");
    });
  });

  describe("record the result (E3, E4) and the ban (E5)", () => {
    it("pass: the evaluation is PASSED with U1–U4 and the report attached; the title stays", async () => {
      const { id } = await schedule();
      const report = await uploadBrandFile({ user: bureau, input: { brandId, kind: "EVALUATION_REPORT", fileName: "评估报告.pdf", bytes: PDF } });
      const result = await recordEvaluationResult({ user: bureau, input: passInput(id, { u1Note: "规模稳定", reportFileId: report.id }), now: on("2026-04-10") });
      expect(result).toMatchObject({ status: "PASSED", ban: null });
      const db = testDb();
      expect(await db.evaluation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PASSED", u1Pass: true, u1Note: "规模稳定", u4Pass: true, reportFileId: report.id, recordedById: bureau.id });
      expect(await db.brandFile.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ evaluationId: id });
      expect((await db.leadUnitRecognition.findUniqueOrThrow({ where: { id: leadUnitId } })).status).toBe("ACTIVE");
      expect(await db.auditLog.count({ where: { action: "evaluation.recordPass", entityType: "Brand", entityId: brandId } })).toBe(1);
      expect(await db.notification.count({ where: { userId: applicant.id, title: { contains: "合格" } } })).toBe(1);
      // A report already attached cannot be attached again.
      const next = await scheduleEvaluation({ user: bureau, input: scheduleInput({ leadUnitRecognitionId: coLeadUnitId }), now: on("2026-04-01") });
      const reused = await expectNoChange(() => recordEvaluationResult({ user: bureau, input: passInput(next.id, { reportFileId: report.id }), now: on("2026-04-10") }), "VALIDATION");
      expect(reused.fieldErrors?.reportFileId?.[0]).toContain("评估报告无效");
    });

    it("fail: the title at that level is revoked on the evaluation date, its plaque is to be reclaimed, and the unit is barred for five years", async () => {
      const { id } = await schedule();
      const result = await recordEvaluationResult({ user: bureau, input: failInput(id), now: on("2026-04-10") });
      expect(result).toMatchObject({ status: "FAILED", ban: { revokedOn: "2026-04-10", banLastDay: "2031-04-09", mayApplyFrom: "2031-04-10" } });
      const db = testDb();
      expect(await db.evaluation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", u2Pass: false, u2Note: "培训合格率45%，低于60%", conclusion: "U2不达标，评估不合格" });
      const lu = await db.leadUnitRecognition.findUniqueOrThrow({ where: { id: leadUnitId } });
      expect(lu).toMatchObject({ status: "REVOKED", revocationReason: "EVALUATION_FAILED", evaluationId: id });
      expect(lu.revokedOn?.toISOString().slice(0, 10)).toBe("2026-04-10");
      // The co-lead keeps its title, so the brand keeps its level.
      expect((await db.leadUnitRecognition.findUniqueOrThrow({ where: { id: coLeadUnitId } })).status).toBe("ACTIVE");
      expect((await db.brand.findUniqueOrThrow({ where: { id: brandId } })).highestLevel).toBe("DISTRICT");
      const plaque = await db.plaque.findUniqueOrThrow({ where: { leadUnitRecognitionId: leadUnitId } });
      expect(plaque).toMatchObject({ status: "TO_RECLAIM", reclaimReason: "绩效评估不合格" });
      expect(await db.auditLog.count({ where: { action: "leadUnit.revoke", entityId: brandId } })).toBe(1);
      expect((await listPlaquesToReclaim({ user: bureau, input: {} })).items.map((p) => p.plaqueNo)).toEqual([plaque.plaqueNo]);
      expect(await getOwnUnitBan({ user: applicant, now: on("2026-04-11") })).toMatchObject({ bannedThrough: "2031-04-09", mayApplyFrom: "2031-04-10" });
      expect(await getOwnUnitBan({ user: coLeadUser, now: on("2026-04-11") })).toBeNull();
    });

    it("the failed unit's new application is refused through its last banned day and allowed the next day", async () => {
      const { id } = await schedule();
      await recordEvaluationResult({ user: bureau, input: failInput(id), now: on("2026-04-10") });
      const db = testDb();
      const batch = await db.batch.create({ data: { year: 2031, title: "2031年度申报批次", opensAt: new Date("2031-03-01T00:00:00Z"), closesAt: new Date("2031-05-30T00:00:00Z") } });
      const banned = await expectNoChange(() => createApplication({ user: applicant, input: { batchId: batch.id }, now: on("2031-04-09") }), "RULE_VIOLATION");
      expect(banned.message).toBe("该单位因创建引领单位称号被撤销，禁止申报至2031-04-09，2031-04-10起可再次申报。");
      expect(await getOwnUnitBan({ user: applicant, now: on("2031-04-09") })).toMatchObject({ message: banned.message });
      // 23:59 Shanghai on the last banned day is still that day.
      await expectNoChange(() => createApplication({ user: applicant, input: { batchId: batch.id }, now: new Date("2031-04-09T15:59:00Z") }), "RULE_VIOLATION");
      expect(await getOwnUnitBan({ user: applicant, now: on("2031-04-10") })).toBeNull();
      const created = await createApplication({ user: applicant, input: { batchId: batch.id }, now: on("2031-04-10") });
      expect(created.id).toEqual(expect.any(String));
    });

    it("refuses bad input (a fail without its note and conclusion, a future date) with nothing written", async () => {
      const { id } = await schedule();
      const missing = await expectNoChange(() => recordEvaluationResult({ user: bureau, input: passInput(id, { u3Pass: false }), now: on("2026-04-10") }), "VALIDATION");
      expect(missing.fieldErrors?.u3Note?.[0]).toContain("不合格时须填写说明");
      expect(missing.fieldErrors?.conclusion?.[0]).toBe("评估不合格时须填写评估结论。");
      const unscored = await expectNoChange(() => recordEvaluationResult({ user: bureau, input: { evaluationId: id, evaluatedOn: "2026-04-10" }, now: on("2026-04-10") }), "VALIDATION");
      expect(unscored.fieldErrors?.u1Pass?.[0]).toContain("请选择");
      const future = await expectNoChange(() => recordEvaluationResult({ user: bureau, input: passInput(id, { evaluatedOn: "2026-04-11" }), now: on("2026-04-10") }), "VALIDATION");
      expect(future.message).toBe("评估日期不能晚于今天。");
    });

    it("two officials recording at once: exactly one succeeds, the other is told it was decided", async () => {
      const { id } = await schedule();
      const now = on("2026-04-10");
      const results = await Promise.allSettled([
        recordEvaluationResult({ user: bureau, input: failInput(id), now }),
        recordEvaluationResult({ user: bureau2, input: passInput(id), now }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(rejected.reason.code).toBe("STALE_STATE");
      const db = testDb();
      expect(await db.auditLog.count({ where: { action: { in: ["evaluation.recordPass", "evaluation.recordFail"] } } })).toBe(1);
      const again = await expectNoChange(() => recordEvaluationResult({ user: bureau, input: passInput(id), now }), "STALE_STATE");
      expect(again.message).toBe("该评估已登记结果或已取消，请刷新后重试。");
    });

    it("refuses every role but the bureau and an evaluation out of reach, with nothing written", async () => {
      const { id } = await schedule();
      for (const user of [applicant, fengxi, qinhan, admin]) await expectNoChange(() => recordEvaluationResult({ user, input: failInput(id), now: on("2026-04-10") }), "FORBIDDEN");
      await expectNoChange(() => recordEvaluationResult({ user: bureau, input: failInput("nope"), now: on("2026-04-10") }), "NOT_FOUND");
    });
  });

  describe("cancel", () => {
    it("cancels with a reason and frees the cycle to be scheduled again; refused without a reason, to other roles, twice", async () => {
      const { id } = await schedule();
      const noReason = await expectNoChange(() => cancelEvaluation({ user: bureau, input: { evaluationId: id, comment: "  " }, now: on("2026-04-02") }), "VALIDATION");
      expect(noReason.fieldErrors?.comment?.[0]).toBe("请填写取消原因");
      for (const user of [applicant, fengxi, qinhan, admin]) await expectNoChange(() => cancelEvaluation({ user, input: { evaluationId: id, comment: "专家临时有事" }, now: on("2026-04-02") }), "FORBIDDEN");
      await cancelEvaluation({ user: bureau, input: { evaluationId: id, comment: "专家临时有事" }, now: on("2026-04-02") });
      const db = testDb();
      expect(await db.evaluation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CANCELLED", cycleKey: null, cancelNote: "专家临时有事" });
      expect(await db.auditLog.count({ where: { action: "evaluation.cancel", entityId: brandId } })).toBe(1);
      await expectNoChange(() => cancelEvaluation({ user: bureau, input: { evaluationId: id, comment: "再次取消" }, now: on("2026-04-02") }), "STALE_STATE");
      const again = await schedule(on("2026-04-02"), { scheduledOn: "2026-04-20" });
      expect(again.id).not.toBe(id);
    });
  });

  describe("reads within scope", () => {
    it("the detail: bureau, its new city and the evaluated unit; not the co-lead, another unit or another new city", async () => {
      const { id } = await schedule();
      for (const user of [bureau, admin, fengxi, applicant]) expect((await getEvaluation({ user, input: { evaluationId: id }, now: on("2026-04-01") })).id).toBe(id);
      for (const user of [coLeadUser, otherApplicant, qinhan]) expect((await refusal(getEvaluation({ user, input: { evaluationId: id } }))).code).toBe("NOT_FOUND");
      const bureauView = await getEvaluation({ user: bureau, input: { evaluationId: id }, now: on("2026-04-01") });
      expect(bureauView.may).toEqual({ record: true, cancel: true, uploadSelfAssessment: false, uploadReport: true });
      expect(bureauView.cycle).toMatchObject({ index: 1, windowStart: "2026-03-03", dueDate: "2026-05-31" });
      expect((await getEvaluation({ user: applicant, input: { evaluationId: id } })).may).toEqual({ record: false, cancel: false, uploadSelfAssessment: true, uploadReport: false });
    });

    it("the records list: filters, scope, and one column definition for screen and export", async () => {
      const { id } = await schedule();
      await recordEvaluationResult({ user: bureau, input: passInput(id), now: on("2026-04-10") });
      await scheduleEvaluation({ user: bureau, input: scheduleInput({ leadUnitRecognitionId: coLeadUnitId, method: "DEFENCE_REVIEW" }), now: on("2026-04-01") });
      expect((await listEvaluations({ user: bureau, input: {} })).total).toBe(2);
      expect((await listEvaluations({ user: bureau, input: { status: "PASSED" } })).items.map((r) => r.id)).toEqual([id]);
      expect((await listEvaluations({ user: bureau, input: { method: "DEFENCE_REVIEW" } })).total).toBe(1);
      expect((await listEvaluations({ user: bureau, input: { year: "2026" } })).total).toBe(2);
      expect((await listEvaluations({ user: bureau, input: { year: "2025" } })).total).toBe(0);
      expect((await listEvaluations({ user: fengxi, input: {} })).total).toBe(2);
      expect((await listEvaluations({ user: qinhan, input: {} })).total).toBe(0);
      expect((await listEvaluations({ user: applicant, input: {} })).items.map((r) => r.id)).toEqual([id]);
      const row = (await listEvaluations({ user: bureau, input: { status: "PASSED" } })).items[0]!;
      expect(rowCells(EVALUATION_COLUMNS, row)).toEqual(["沣西家政师", unit.name, "新区级", "沣西新城", 1, "实地考察", "2026-04-10", "张三、李四", "合格", "2026-04-10", null]);
      const queue = (await listEvaluationQueue({ user: bureau, input: { tab: "scheduled" }, now: on("2026-04-01") })).items[0]!;
      expect(rowCells(EVALUATION_QUEUE_COLUMNS, queue).slice(6)).toEqual([1, "2026-03-03 至 2026-05-31", "本期应评", "2026-04-10 答辩评估"]);
    });

    it("self-assessment files: the evaluated unit uploads while scheduled; officials and that unit read them, a co-lead does not", async () => {
      const { id } = await schedule();
      const file = await uploadBrandFile({ user: applicant, input: { brandId, kind: "SELF_ASSESSMENT", evaluationId: id, fileName: "自评报告.pdf", bytes: PDF } });
      expect((await testDb().brandFile.findUniqueOrThrow({ where: { id: file.id } })).evaluationId).toBe(id);
      for (const user of [applicant, bureau, fengxi]) expect((await readBrandFile({ user, input: { fileId: file.id } })).fileName).toBe("自评报告.pdf");
      for (const user of [coLeadUser, otherApplicant, qinhan]) expect((await refusal(readBrandFile({ user, input: { fileId: file.id } }))).code).toBe("NOT_FOUND");
      // The co-lead cannot attach to another unit's evaluation.
      expect((await refusal(uploadBrandFile({ user: coLeadUser, input: { brandId, kind: "SELF_ASSESSMENT", evaluationId: id, fileName: "x.pdf", bytes: PDF } }))).code).toBe("NOT_FOUND");
      // A report the bureau uploaded, not yet attached, is not for the units.
      const report = await uploadBrandFile({ user: bureau, input: { brandId, kind: "EVALUATION_REPORT", fileName: "评估报告.pdf", bytes: PDF } });
      expect((await refusal(readBrandFile({ user: applicant, input: { fileId: report.id } }))).code).toBe("NOT_FOUND");
      await recordEvaluationResult({ user: bureau, input: passInput(id, { reportFileId: report.id }), now: on("2026-04-10") });
      expect((await readBrandFile({ user: applicant, input: { fileId: report.id } })).fileName).toBe("评估报告.pdf");
      expect((await refusal(readBrandFile({ user: coLeadUser, input: { fileId: report.id } }))).code).toBe("NOT_FOUND");
      // Closed once recorded.
      expect((await refusal(uploadBrandFile({ user: applicant, input: { brandId, kind: "SELF_ASSESSMENT", evaluationId: id, fileName: "晚了.pdf", bytes: PDF } }))).code).toBe("RULE_VIOLATION");
    });
  });

  describe("plaques", () => {
    async function failed() {
      const { id } = await schedule();
      await recordEvaluationResult({ user: bureau, input: failInput(id), now: on("2026-04-10") });
      return testDb().plaque.findUniqueOrThrow({ where: { leadUnitRecognitionId: leadUnitId } });
    }

    it("the brand page lists every plaque; a reclaimed plaque is recorded with its date and note, once", async () => {
      const plaque = await failed();
      const listed = await listBrandPlaques({ user: bureau, input: { brandId } });
      expect(listed.map((p) => p.kind).sort()).toEqual(["BRAND", "LEAD_UNIT", "LEAD_UNIT"]);
      expect(listed.find((p) => p.id === plaque.id)).toMatchObject({ status: "TO_RECLAIM", unitName: unit.name, issuedOn: "2022-06-01" });
      expect(await listBrandPlaques({ user: qinhan, input: { brandId } })).toEqual([]);
      await recordPlaqueReclaimed({ user: bureau, input: { plaqueId: plaque.id, reclaimedOn: "2026-04-15", note: "已由单位交回" }, now: on("2026-04-20") });
      const db = testDb();
      const row = await db.plaque.findUniqueOrThrow({ where: { id: plaque.id } });
      expect(row).toMatchObject({ status: "RECLAIMED", reclaimNote: "已由单位交回", reclaimedById: bureau.id });
      expect(row.reclaimedOn?.toISOString().slice(0, 10)).toBe("2026-04-15");
      expect(await db.auditLog.count({ where: { action: "plaque.reclaim", entityType: "Brand", entityId: brandId } })).toBe(1);
      expect((await listPlaquesToReclaim({ user: bureau, input: {} })).total).toBe(0);
      await expectNoChange(() => recordPlaqueReclaimed({ user: bureau2, input: { plaqueId: plaque.id, reclaimedOn: "2026-04-16", note: "再次" }, now: on("2026-04-20") }), "STALE_STATE");
    });

    it("refuses a date in the future or before the order, a plaque still issued, other roles and scope, with nothing written", async () => {
      const plaque = await failed();
      const now = on("2026-04-20");
      const input = (over: Record<string, unknown> = {}) => ({ plaqueId: plaque.id, reclaimedOn: "2026-04-15", note: "已交回", ...over });
      expect((await expectNoChange(() => recordPlaqueReclaimed({ user: bureau, input: input({ reclaimedOn: "2026-04-21" }), now }), "VALIDATION")).message).toBe("收回日期不能晚于今天。");
      expect((await expectNoChange(() => recordPlaqueReclaimed({ user: bureau, input: input({ reclaimedOn: "2026-04-09" }), now }), "VALIDATION")).message).toBe("收回日期不能早于下达收回的日期（2026-04-10）。");
      expect((await expectNoChange(() => recordPlaqueReclaimed({ user: bureau, input: input({ note: "" }), now }), "VALIDATION")).fieldErrors?.note).toBeDefined();
      const issued = await testDb().plaque.findUniqueOrThrow({ where: { leadUnitRecognitionId: coLeadUnitId } });
      await expectNoChange(() => recordPlaqueReclaimed({ user: bureau, input: input({ plaqueId: issued.id }), now }), "STALE_STATE");
      for (const user of [applicant, fengxi, qinhan, admin]) await expectNoChange(() => recordPlaqueReclaimed({ user, input: input(), now }), "FORBIDDEN");
      await expectNoChange(() => recordPlaqueReclaimed({ user: bureau, input: input({ plaqueId: "nope" }), now }), "NOT_FOUND");
    });
  });
});
