// 资金使用报告 (RULES.md S5–S8) against a real database: filing, review, resubmission, the overdue
// list and the reminder job. The brand is recognised through the real journey; its award, share
// and payment are written directly (their use cases are built elsewhere), with the award date
// set. Dates are far ahead of the wall clock because the job runner's clock never runs behind it.
import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { appJobRegistry } from "@/lib/server/jobs/definitions";
import { createJobRegistry } from "@/lib/server/jobs/registry";
import { runOnce } from "@/lib/server/jobs/runner";
import { startRecurringJobs } from "@/lib/server/jobs/worker";
import { findOverdueShares, scheduleUsageReportReminders, shareReminderKey, sweepKey, USAGE_REMINDER_SHARE_KIND, USAGE_REMINDER_SWEEP_KIND } from "@/lib/server/jobs/usage-report-reminders";
import { shareFigures } from "@/lib/server/services/subsidies/share-figures";
import { listOverdueUsageReports } from "@/lib/server/services/usage-reports/list-overdue-usage-reports";
import { resubmitUsageReport } from "@/lib/server/services/usage-reports/resubmit-usage-report";
import { reviewUsageReport } from "@/lib/server/services/usage-reports/review-usage-report";
import { submitUsageReport } from "@/lib/server/services/usage-reports/submit-usage-report";
import { yuanToFen } from "@/lib/schemas/usage-report";
import type { SessionUser } from "@/lib/server/session-user";
import { expectRefusedUnchanged } from "../fixtures/refusals";
import { recognisedBrand as recognise } from "../fixtures/brands";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";

const AWARDED_ON = new Date("2099-03-01T00:00:00.000Z");
const FIRST_PAID_ON = new Date("2099-03-10T00:00:00.000Z");
/** Noon in Shanghai. */
const NOW = new Date("2099-06-15T04:00:00.000Z");

async function counts() {
  const db = testDb();
  return {
    reports: await db.usageReport.count(),
    lines: await db.usageLine.count(),
    audits: await db.auditLog.count(),
    notifications: await db.notification.count(),
    jobs: await db.job.count(),
    statuses: (await db.usageReport.findMany({ select: { id: true, status: true, totalFen: true }, orderBy: { id: "asc" } })).map((r) => `${r.id}:${r.status}:${r.totalFen}`).join(","),
  };
}

/** Expects a refusal with `code` that writes nothing at all. */
const expectNoChange = (run: () => Promise<unknown>, code: string) => expectRefusedUnchanged(counts, run, code);

const line = (over: Record<string, unknown> = {}) => ({
  spentOn: "2099-04-01",
  purpose: "PROMOTION",
  amount: "1000.00",
  paymentMethod: "BANK_TRANSFER",
  payee: "西咸新区某广告有限公司",
  description: "品牌宣传册印制",
  ...over,
});

describe("资金使用报告 (S5–S8)", () => {
  let unit: Awaited<ReturnType<typeof createUnit>>;
  let otherUnit: Awaited<ReturnType<typeof createUnit>>;
  let applicant: SessionUser;
  let otherApplicant: SessionUser;
  let fengxi: SessionUser;
  let qinhan: SessionUser;
  let bureau: SessionUser;
  let admin: SessionUser;
  let brandId: string;
  let shareId: string;
  let otherShareId: string;

  /** A 新区级 brand of `owner`, recognised through the workflow, with its award approved on AWARDED_ON. */
  async function recognisedBrand(owner: typeof unit, brandName: string) {
    const db = testDb();
    const { brand, award } = await recognise({ bureau, unit: owner, brandName, recognisedAt: new Date() });
    expect(award.amount).toBe(100000);
    await db.subsidyAward.update({ where: { id: award.id }, data: { status: "ALLOCATED", awardedOn: AWARDED_ON, approvedById: bureau.id } });
    const share = await db.subsidyShare.create({
      data: { awardId: award.id, brandId: brand.id, creditCode: owner.creditCode, unitName: owner.name, unitId: owner.id, amount: 100000 },
    });
    // 60 000 of the 100 000 paid so far: what was received is the ceiling of what can be reported.
    await db.subsidyPayment.create({ data: { shareId: share.id, paidOn: FIRST_PAID_ON, amount: 60000, voucherNo: "XX-2099-001", recordedById: bureau.id, status: "CONFIRMED" } });
    return { brandId: brand.id, shareId: share.id };
  }

  beforeEach(async () => {
    await resetDatabase();
    unit = await createUnit({ newCityId: "FENGXI", name: "西咸新区好帮手家政服务有限公司", tradeName: "好帮手" });
    otherUnit = await createUnit({ newCityId: "QINHAN", name: "西咸新区匠心陶艺培训学校", tradeName: "匠心" });
    applicant = await createSessionUser("APPLICANT_UNIT", { unitId: unit.id });
    otherApplicant = await createSessionUser("APPLICANT_UNIT", { unitId: otherUnit.id });
    fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
    qinhan = await createSessionUser("NEW_CITY_STAFF", { newCityId: "QINHAN" });
    bureau = await createSessionUser("BUREAU_OFFICIAL");
    admin = await createSessionUser("ADMIN");
    ({ brandId, shareId } = await recognisedBrand(unit, "沣西家政师"));
    ({ shareId: otherShareId } = await recognisedBrand(otherUnit, "秦汉面点师"));
  });

  const submit = (lines: unknown[], user: SessionUser = applicant, id: string = shareId, now: Date = NOW) => submitUsageReport({ user, input: { shareId: id, lines }, now });

  it("refuses a cash line naming S7 at that line, and writes nothing", async () => {
    const error = await expectNoChange(() => submit([line(), line({ paymentMethod: "CASH" })]), "VALIDATION");
    expect(error.fieldErrors?.["lines.1.paymentMethod"]?.[0]).toContain("S7");
    expect(error.findings?.map((f) => [f.ruleId, f.field])).toEqual([["S7", "lines.1.paymentMethod"]]);
  });

  it("refuses a line dated before the award date (S6) or after today (S8), at its date field", async () => {
    const before = await expectNoChange(() => submit([line({ spentOn: "2099-02-28" })]), "VALIDATION");
    expect(before.findings?.map((f) => [f.ruleId, f.field])).toEqual([["S6", "lines.0.spentOn"]]);
    expect(before.fieldErrors?.["lines.0.spentOn"]?.[0]).toContain("2099-03-01");
    // The award date itself is allowed.
    expect((await submit([line({ spentOn: "2099-03-01" })])).status).toBe("SUBMITTED");
    await testDb().usageReport.deleteMany();
    const future = await expectNoChange(() => submit([line({ spentOn: "2099-06-16" })]), "VALIDATION");
    expect(future.findings?.map((f) => [f.ruleId, f.field])).toEqual([["S8", "lines.0.spentOn"]]);
  });

  it("refuses lines above what the share received (S8), counting earlier reports", async () => {
    const above = await expectNoChange(() => submit([line({ amount: "59999.99" }), line({ amount: "0.02" })]), "VALIDATION");
    expect(above.findings?.map((f) => [f.ruleId, f.field])).toEqual([["S8", "lines"]]);
    expect(above.fieldErrors?.lines?.[0]).toContain("60,000.00 元");
    // Exactly what was received is allowed; once accepted, nothing more fits.
    const first = await submit([line({ amount: "59999.99" }), line({ amount: "0.01" })]);
    await reviewUsageReport({ user: bureau, input: { reportId: first.id, decision: "accept" }, now: NOW });
    const more = await expectNoChange(() => submit([line({ amount: "0.01" })]), "VALIDATION");
    expect(more.findings?.map((f) => f.ruleId)).toEqual(["S8"]);
  });

  it("places bad input at its field: amount format, payee, purpose (S5), a voucher of another share", async () => {
    const format = await expectNoChange(() => submit([line({ amount: "12.345" }), line({ payee: " " })]), "VALIDATION");
    expect(Object.keys(format.fieldErrors ?? {}).sort()).toEqual(["lines.0.amount", "lines.1.payee"]);
    expect(format.fieldErrors?.["lines.1.payee"]?.[0]).toBe("请填写收款方");
    const purpose = await expectNoChange(() => submit([line({ purpose: "DINNER" })]), "VALIDATION");
    expect(purpose.findings?.map((f) => [f.ruleId, f.field])).toEqual([["S5", "lines.0.purpose"]]);
    const zero = await expectNoChange(() => submit([line({ amount: "0" })]), "VALIDATION");
    expect(zero.findings?.map((f) => [f.ruleId, f.field])).toEqual([["S8", "lines.0.amount"]]);
    await expectNoChange(() => submit([]), "VALIDATION");
    await expectNoChange(() => submitUsageReport({ user: applicant, input: { shareId, lines: "x" }, now: NOW }), "VALIDATION");

    const db = testDb();
    const file = { fileName: "凭证.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64), uploadedById: applicant.id, kind: "USAGE_VOUCHER" as const };
    const foreign = await db.brandFile.create({ data: { ...file, brandId, shareId: otherShareId, storageKey: `00/${crypto.randomUUID()}` } });
    const voucher = await expectNoChange(() => submit([line({ voucherId: foreign.id })]), "VALIDATION");
    expect(Object.keys(voucher.fieldErrors ?? {})).toEqual(["lines.0.voucherId"]);
    const own = await db.brandFile.create({ data: { ...file, brandId, shareId, storageKey: `00/${crypto.randomUUID()}` } });
    const ok = await submit([line({ voucherId: own.id })]);
    expect((await db.usageLine.findFirstOrThrow({ where: { reportId: ok.id } })).voucherId).toBe(own.id);
  });

  it("sums amounts in yuan exactly in fen: 0.1 + 0.2 = 0.30", async () => {
    expect(yuanToFen("0.1") + yuanToFen("0.2")).toBe(30);
    expect(yuanToFen("1234.56")).toBe(123456);
    expect(yuanToFen("19.99")).toBe(1999);
    const report = await submit([line({ amount: "0.1" }), line({ amount: "0.2" })]);
    expect(report.totalFen).toBe(30);
    const lines = await testDb().usageLine.findMany({ where: { reportId: report.id }, orderBy: { position: "asc" } });
    expect(lines.map((l) => l.amountFen)).toEqual([10, 20]);
  });

  it("files a report (SUBMITTED), the bureau accepts it and the used figure rises", async () => {
    const db = testDb();
    const bureauNotes = await db.notification.count({ where: { userId: bureau.id } });
    const report = await submit([line({ amount: "1234.56" }), line({ amount: "100", purpose: "EXCHANGE_EXHIBITION", paymentMethod: "OFFICIAL_CARD" })]);
    expect(report).toMatchObject({ status: "SUBMITTED", sequence: 1, totalFen: 133456 });
    const stored = await db.usageReport.findUniqueOrThrow({ where: { id: report.id }, include: { lines: { orderBy: { position: "asc" } } } });
    expect(stored.lines.map((l) => [l.position, l.spentOn.toISOString().slice(0, 10), l.purpose, l.amountFen, l.paymentMethod])).toEqual([
      [0, "2099-04-01", "PROMOTION", 123456, "BANK_TRANSFER"],
      [1, "2099-04-01", "EXCHANGE_EXHIBITION", 10000, "OFFICIAL_CARD"],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "usageReport.submit" } });
    expect(audit).toMatchObject({ entityType: "Brand", entityId: brandId, toState: "SUBMITTED", actorId: applicant.id });
    expect(audit.changes).toMatchObject({ shareId: { to: shareId }, totalFen: { to: 133456 } });
    expect(await db.notification.count({ where: { userId: bureau.id } })).toBe(bureauNotes + 1);

    let [figures] = await shareFigures({ where: { id: shareId }, now: NOW });
    expect(figures!.money).toMatchObject({ usedFen: 0, pendingFen: 133456, remainingFen: 6_000_000 - 133456 });

    const unitNotes = await db.notification.count({ where: { userId: applicant.id } });
    expect((await reviewUsageReport({ user: bureau, input: { reportId: report.id, decision: "accept", comment: "" }, now: NOW })).status).toBe("ACCEPTED");
    [figures] = await shareFigures({ where: { id: shareId }, now: NOW });
    expect(figures!.money).toMatchObject({ usedFen: 133456, pendingFen: 0 });
    const accepted = await db.usageReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(accepted).toMatchObject({ reviewedById: bureau.id, reviewComment: null });
    expect(accepted.reviewedAt?.toISOString()).toBe(NOW.toISOString());
    expect(await db.notification.count({ where: { userId: applicant.id } })).toBe(unitNotes + 1);
    const acceptRow = await db.auditLog.findFirstOrThrow({ where: { action: "usageReport.accept" } });
    expect(acceptRow.changes).toMatchObject({ shareId: { to: shareId } });
    // Reviewed once: a second decision finds the state moved.
    await expectNoChange(() => reviewUsageReport({ user: bureau, input: { reportId: report.id, decision: "return", comment: "重复" }, now: NOW }), "STALE_STATE");

    // The next report is number 2.
    expect((await submit([line({ amount: "10" })])).sequence).toBe(2);
  });

  it("returns a report with a comment (required), and the unit resubmits it with new lines", async () => {
    const db = testDb();
    const report = await submit([line({ amount: "500" }), line({ amount: "300" })]);
    const noComment = await expectNoChange(() => reviewUsageReport({ user: bureau, input: { reportId: report.id, decision: "return", comment: "  " }, now: NOW }), "VALIDATION");
    expect(noComment.fieldErrors?.comment?.[0]).toBe("退回时请填写审核意见");
    await expectNoChange(() => reviewUsageReport({ user: bureau, input: { reportId: report.id, decision: "maybe" }, now: NOW }), "VALIDATION");
    const returned = await reviewUsageReport({ user: bureau, input: { reportId: report.id, decision: "return", comment: "请补充第二条的凭证" }, now: NOW });
    expect(returned.status).toBe("RETURNED");
    expect(await db.usageReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "RETURNED", reviewComment: "请补充第二条的凭证" });
    const unitNote = await db.notification.findFirstOrThrow({ where: { userId: applicant.id }, orderBy: { createdAt: "desc" } });
    expect(unitNote.body).toContain("请补充第二条的凭证");
    // A returned report no longer counts against what remains.
    const [figures] = await shareFigures({ where: { id: shareId }, now: NOW });
    expect(figures!.money.remainingFen).toBe(6_000_000);

    // The same checks on resubmission: cash refused at its line, nothing changes.
    const cash = await expectNoChange(() => resubmitUsageReport({ user: applicant, input: { reportId: report.id, lines: [line({ paymentMethod: "CASH" })] }, now: NOW }), "VALIDATION");
    expect(cash.findings?.map((f) => [f.ruleId, f.field])).toEqual([["S7", "lines.0.paymentMethod"]]);
    // All that was received fits: the report itself is not counted against its own lines.
    const again = await resubmitUsageReport({ user: applicant, input: { reportId: report.id, lines: [line({ amount: "60000" })] }, now: NOW });
    expect(again).toMatchObject({ status: "SUBMITTED", totalFen: 6_000_000 });
    const stored = await db.usageReport.findUniqueOrThrow({ where: { id: report.id }, include: { lines: true } });
    expect(stored.lines.map((l) => l.amountFen)).toEqual([6_000_000]);
    expect(stored.sequence).toBe(1);
    const resubmitRow = await db.auditLog.findFirstOrThrow({ where: { action: "usageReport.resubmit" } });
    expect(resubmitRow).toMatchObject({ entityType: "Brand", entityId: brandId, fromState: "RETURNED", toState: "SUBMITTED" });
    expect(resubmitRow.changes).toMatchObject({ shareId: { to: shareId }, totalFen: { to: 6_000_000 } });
    // Only a returned report can be resubmitted.
    await expectNoChange(() => resubmitUsageReport({ user: applicant, input: { reportId: report.id, lines: [line()] }, now: NOW }), "STALE_STATE");
  });

  it("refuses a second open report on a share, waiting or returned", async () => {
    const report = await submit([line()]);
    const waiting = await expectNoChange(() => submit([line()]), "CONFLICT");
    expect(waiting.message).toContain("一次只能有一份");
    await reviewUsageReport({ user: bureau, input: { reportId: report.id, decision: "return", comment: "请修改" }, now: NOW });
    await expectNoChange(() => submit([line()]), "CONFLICT");
    // Another share is not held up.
    expect((await submit([line()], otherApplicant, otherShareId)).status).toBe("SUBMITTED");
  });

  it("of two reports filed at once on one share, one is filed and the other refused", async () => {
    const results = await Promise.allSettled([submit([line({ amount: "40000" })]), submit([line({ amount: "30000" })])]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(AppError);
    expect((rejected.reason as AppError).code).toBe("CONFLICT");
    expect(await testDb().usageReport.count({ where: { shareId } })).toBe(1);
  });

  it("refuses the wrong role and the wrong scope", async () => {
    for (const user of [fengxi, admin, bureau]) {
      await expectNoChange(() => submit([line()], user), "FORBIDDEN");
    }
    // Another unit's share does not exist for this unit (S8: it sees only its own money).
    await expectNoChange(() => submit([line()], otherApplicant), "NOT_FOUND");
    await expectNoChange(() => submit([line()], applicant, otherShareId), "NOT_FOUND");
    await expectNoChange(() => submit([line()], applicant, "no-such-share"), "NOT_FOUND");

    const report = await submit([line()]);
    for (const user of [applicant, otherApplicant, fengxi, qinhan, admin]) {
      await expectNoChange(() => reviewUsageReport({ user, input: { reportId: report.id, decision: "accept" }, now: NOW }), "FORBIDDEN");
    }
    await expectNoChange(() => reviewUsageReport({ user: bureau, input: { reportId: "no-such-report", decision: "accept" }, now: NOW }), "NOT_FOUND");
    await reviewUsageReport({ user: bureau, input: { reportId: report.id, decision: "return", comment: "请修改" }, now: NOW });
    await expectNoChange(() => resubmitUsageReport({ user: otherApplicant, input: { reportId: report.id, lines: [line()] }, now: NOW }), "NOT_FOUND");
    for (const user of [fengxi, bureau, admin]) {
      await expectNoChange(() => resubmitUsageReport({ user, input: { reportId: report.id, lines: [line()] }, now: NOW }), "FORBIDDEN");
    }
  });

  describe("overdue reports (S8 按时报告)", () => {
    // Report 1 of both shares falls due on 2099-09-10 (6 months after the first payment).
    const LATE = new Date("2099-09-20T04:00:00.000Z");

    it("lists overdue shares by scope, with the due date, days overdue and what remains", async () => {
      expect(await listOverdueUsageReports({ user: bureau, now: new Date("2099-09-10T04:00:00.000Z") })).toEqual([]);
      const all = await listOverdueUsageReports({ user: bureau, now: LATE });
      expect(all.map((r) => [r.brandName, r.unitName, r.dueOn, r.sequence, r.daysOverdue, r.remainingFen])).toEqual([
        ["沣西家政师", unit.name, "2099-09-10", 1, 10, 6_000_000],
        ["秦汉面点师", otherUnit.name, "2099-09-10", 1, 10, 6_000_000],
      ]);
      expect((await listOverdueUsageReports({ user: applicant, now: LATE })).map((r) => r.shareId)).toEqual([shareId]);
      expect((await listOverdueUsageReports({ user: otherApplicant, now: LATE })).map((r) => r.shareId)).toEqual([otherShareId]);
      expect((await listOverdueUsageReports({ user: fengxi, now: LATE })).map((r) => r.shareId)).toEqual([shareId]);
      expect((await listOverdueUsageReports({ user: qinhan, now: LATE })).map((r) => r.shareId)).toEqual([otherShareId]);
      // The worker's own reading of the figures agrees with share-figures.ts.
      expect((await findOverdueShares(testDb(), { now: LATE })).map(({ unitId: _u, ...r }) => r)).toEqual(all);

      // A report filed (even late) takes the share off the list until the next due date.
      await submit([line()], applicant, shareId, LATE);
      expect((await listOverdueUsageReports({ user: bureau, now: LATE })).map((r) => r.shareId)).toEqual([otherShareId]);
    });

    it("reminds each overdue share's unit and the bureau once per due date, and reschedules itself daily", async () => {
      const db = testDb();
      const run = (now: Date) => runOnce({ db, registry: appJobRegistry, workerId: "test", now, limit: 100, log: { warn: () => {}, error: () => {} } });
      const reminders = async (userId: string) => db.notification.findMany({ where: { userId, title: { contains: "逾期" } }, orderBy: { createdAt: "asc" } });

      // The worker starts the chain; starting it again adds nothing.
      await scheduleUsageReportReminders(db, { now: LATE });
      await scheduleUsageReportReminders(db, { now: LATE });
      expect(await db.job.count({ where: { kind: USAGE_REMINDER_SWEEP_KIND } })).toBe(1);

      expect((await run(LATE)).failed).toBe(0);
      expect(await db.job.count({ where: { kind: USAGE_REMINDER_SHARE_KIND } })).toBe(2);
      expect(await db.job.findUnique({ where: { dedupeKey: shareReminderKey(shareId, "2099-09-10") } })).not.toBeNull();
      // The bureau's summary names both, in one notification.
      const summary = await reminders(bureau.id);
      expect(summary).toHaveLength(1);
      expect(summary[0]!.body).toContain("沣西家政师");
      expect(summary[0]!.body).toContain("秦汉面点师");
      // The next sweep: tomorrow 09:00 in Shanghai, once.
      const next = await db.job.findUniqueOrThrow({ where: { dedupeKey: sweepKey("2099-09-21") } });
      expect(next).toMatchObject({ status: "PENDING", kind: USAGE_REMINDER_SWEEP_KIND });
      expect(next.runAt.toISOString()).toBe("2099-09-21T01:00:00.000Z");

      // The share jobs run next: each unit hears of its own share.
      expect((await run(LATE)).failed).toBe(0);
      const unitReminders = await reminders(applicant.id);
      expect(unitReminders).toHaveLength(1);
      expect(unitReminders[0]!.title).toContain("沣西家政师");
      expect(unitReminders[0]!.body).toContain("2099-09-10");
      expect(await reminders(otherApplicant.id)).toHaveLength(1);

      // The next days' sweeps find the same due dates: no new reminder, no new summary, one next sweep each.
      const DAY_AFTER = new Date("2099-09-21T01:00:00.000Z");
      await run(DAY_AFTER);
      await run(DAY_AFTER);
      await run(new Date("2099-09-22T01:00:00.000Z"));
      expect(await reminders(applicant.id)).toHaveLength(1);
      expect(await reminders(bureau.id)).toHaveLength(1);
      expect(await db.job.count({ where: { kind: USAGE_REMINDER_SHARE_KIND } })).toBe(2);
      expect(await db.job.count({ where: { kind: USAGE_REMINDER_SWEEP_KIND, status: "PENDING" } })).toBe(1);
      expect(await db.job.count({ where: { kind: USAGE_REMINDER_SWEEP_KIND } })).toBe(4);

      // The unit files report 1 and it is accepted; report 2 falls due on 2100-03-10 and is reminded anew.
      const report = await submit([line({ amount: "100" })], applicant, shareId, DAY_AFTER);
      await reviewUsageReport({ user: bureau, input: { reportId: report.id, decision: "accept" }, now: DAY_AFTER });
      const MUCH_LATER = new Date("2100-03-12T01:00:00.000Z");
      await scheduleUsageReportReminders(db, { now: MUCH_LATER });
      await run(MUCH_LATER);
      await run(MUCH_LATER);
      const later = await reminders(applicant.id);
      expect(later).toHaveLength(2);
      expect(later[1]!.body).toContain("第 2 期");
      expect(later[1]!.body).toContain("2100-03-10");
      // The other unit, still overdue on its first due date, is not reminded twice.
      expect(await reminders(otherApplicant.id)).toHaveLength(1);
      const summaries = await reminders(bureau.id);
      expect(summaries).toHaveLength(2);
      expect(summaries[1]!.title).toContain("1 个");
    });

    it("the worker starts the daily chain once, whatever the number of workers starting", async () => {
      const db = testDb();
      await startRecurringJobs({ db, registry: createJobRegistry([]), now: LATE });
      expect(await db.job.count({ where: { kind: USAGE_REMINDER_SWEEP_KIND } })).toBe(0);
      await startRecurringJobs({ db, registry: appJobRegistry, now: LATE });
      await startRecurringJobs({ db, registry: appJobRegistry, now: LATE });
      const jobs = await db.job.findMany({ where: { kind: USAGE_REMINDER_SWEEP_KIND } });
      expect(jobs.map((j) => [j.dedupeKey, j.status])).toEqual([[sweepKey("2099-09-20"), "PENDING"]]);
    });

    it("a share job whose report came in meanwhile sends nothing", async () => {
      const db = testDb();
      const run = (now: Date) => runOnce({ db, registry: appJobRegistry, workerId: "test", now, limit: 100, log: { warn: () => {}, error: () => {} } });
      await scheduleUsageReportReminders(db, { now: LATE });
      await run(LATE);
      // Before the share jobs run, the unit files its report.
      await submit([line()], applicant, shareId, LATE);
      await run(LATE);
      expect(await db.notification.count({ where: { userId: applicant.id, title: { contains: "逾期" } } })).toBe(0);
      expect(await db.notification.count({ where: { userId: otherApplicant.id, title: { contains: "逾期" } } })).toBe(1);
    });
  });
});
