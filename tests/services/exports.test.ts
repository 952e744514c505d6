import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { createExport, type CreatedExport } from "@/lib/server/services/exports/create-export";
import { buildExportFile } from "@/lib/server/services/exports/build-export-file";
import { readExportFile } from "@/lib/server/services/exports/read-export-file";
import { listExports } from "@/lib/server/services/exports/list-exports";
import { listApplications } from "@/lib/server/services/applications/list-applications";
import { listBrands } from "@/lib/server/services/brands/list-brands";
import { listAuditLog } from "@/lib/server/services/audit/list-audit-log";
import { listSubsidyShares } from "@/lib/server/services/subsidies/list-subsidy-shares";
import { approveAward } from "@/lib/server/services/subsidies/approve-award";
import { recordPayment } from "@/lib/server/services/subsidies/record-payment";
import { uploadBrandFile } from "@/lib/server/services/brand-files/upload-brand-file";
import { scheduleEvaluation } from "@/lib/server/services/evaluations/schedule-evaluation";
import { recordEvaluationResult } from "@/lib/server/services/evaluations/record-evaluation-result";
import { listEvaluations } from "@/lib/server/services/evaluations/list-evaluations";
import { listEvaluationQueue } from "@/lib/server/services/evaluations/list-evaluation-queue";
import { proposeRevocation } from "@/lib/server/services/revocations/propose-revocation";
import { confirmRevocation } from "@/lib/server/services/revocations/confirm-revocation";
import { listRevocations } from "@/lib/server/services/revocations/list-revocations";
import { EVALUATION_COLUMNS, EVALUATION_QUEUE_COLUMNS } from "@/lib/domain/columns/evaluations";
import { REVOCATION_COLUMNS } from "@/lib/domain/revocation-columns";
import { rowCells } from "@/lib/domain/columns";
import { APPLICATION_EXPORT_COLUMNS, applicationColumns } from "@/lib/domain/list-columns/applications";
import { brandColumns } from "@/lib/domain/list-columns/brands";
import { AUDIT_EXPORT_COLUMNS } from "@/lib/domain/list-columns/audit";
import { SUBSIDY_SCREEN_COLUMNS } from "@/lib/domain/list-columns/subsidies";
import { shanghaiToday } from "@/lib/domain/dates";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { exportAccess } from "@/lib/server/services/exports/export-kind-access";
import { EXPORT_STREAM_THRESHOLD, exportKindOf } from "@/lib/server/exports/registry";
import { appJobRegistry } from "@/lib/server/jobs/definitions";
import { runOnce } from "@/lib/server/jobs/runner";
import { HEADING_ROWS } from "@/lib/server/exports/workbook";
import type { SessionUser } from "@/lib/server/session-user";
import { expectRefusedUnchanged, refusal } from "../fixtures/refusals";
import { recognisedBrand } from "../fixtures/brands";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";
import { createBatch, createEligibleApplication } from "../fixtures/applications";
import { PDF } from "../fixtures/files";

type Unit = Awaited<ReturnType<typeof createUnit>>;

/** Every table an export writes. */
async function snapshot() {
  const db = testDb();
  return { audits: await db.auditLog.count(), exportFiles: await db.exportFile.count(), jobs: await db.job.count(), notifications: await db.notification.count() };
}

async function workbookOf(created: CreatedExport): Promise<ExcelJS.Worksheet> {
  if (created.mode !== "stream") throw new Error("expected a streamed export");
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const { rowCount } = await created.write(out);
  expect(rowCount).toBe(created.rowCount);
  return sheetOf(Buffer.concat(chunks));
}

async function sheetOf(bytes: Buffer | Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  return sheet;
}

const cellValues = (row: ExcelJS.Row, n: number) => Array.from({ length: n }, (_, i) => row.getCell(i + 1).value ?? null);

/** The data rows (below the title rows and the header), as arrays of cell values. */
function dataRows(sheet: ExcelJS.Worksheet, n: number) {
  const rows: unknown[][] = [];
  for (let r = HEADING_ROWS + 2; r <= sheet.rowCount; r += 1) rows.push(cellValues(sheet.getRow(r), n));
  return rows;
}

function columnOf(sheet: ExcelJS.Worksheet, header: string): unknown[] {
  const headers = cellValues(sheet.getRow(HEADING_ROWS + 1), sheet.columnCount);
  const index = headers.indexOf(header);
  expect(index, header).toBeGreaterThan(-1);
  return dataRows(sheet, sheet.columnCount).map((r) => r[index]);
}

describe("Excel exports (issue 10 item 7)", () => {
  let fengxiUnit: Unit;
  let qinhanUnit: Unit;
  let applicant: SessionUser;
  let fengxi: SessionUser;
  let bureau: SessionUser;
  let admin: SessionUser;
  let batchId: string;

  beforeEach(async () => {
    await resetDatabase();
    fengxiUnit = await createUnit({ newCityId: "FENGXI", name: "西咸新区好帮手家政服务有限公司", tradeName: "好帮手" });
    qinhanUnit = await createUnit({ newCityId: "QINHAN", name: "西咸新区匠心陶艺培训学校", tradeName: "匠心" });
    applicant = await createSessionUser("APPLICANT_UNIT", { unitId: fengxiUnit.id });
    fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
    bureau = await createSessionUser("BUREAU_OFFICIAL");
    admin = await createSessionUser("ADMIN");
    batchId = (await createBatch()).id;
    for (const [i, status] of (["SUBMITTED", "RECOMMENDED", "RECOMMENDED", "DRAFT"] as const).entries()) {
      await createEligibleApplication({ unit: fengxiUnit, batchId, status, brandName: `沣西家政${i}`, overrides: { povertyAlleviatedCount: 100 + i } });
    }
    await createEligibleApplication({ unit: qinhanUnit, batchId, status: "RECOMMENDED", brandName: "秦汉面点师" });
  });

  it("applications: the workbook has the title rows and exactly the screen's rows, in its order, for the same query", async () => {
    const query = { status: "RECOMMENDED", sort: "priority" } as const;
    const created = await createExport({ user: bureau, input: { kind: "applications", query }, now: new Date("2026-12-02T11:30:00Z") });
    expect(created).toMatchObject({ mode: "stream", rowCount: 3 });
    const sheet = await workbookOf(created);
    expect(sheet.getRow(1).getCell(1).value).toBe(messages.exports.kinds.applications);
    expect(sheet.getRow(2).getCell(1).value).toBe(`导出时间：2026-12-02 19:30（北京时间） 导出人：${bureau.displayName}`);
    expect(sheet.getRow(3).getCell(1).value).toBe("筛选条件：状态：待新区审核；排序：优先顺序（B7）");
    expect(cellValues(sheet.getRow(4), APPLICATION_EXPORT_COLUMNS.length)).toEqual(APPLICATION_EXPORT_COLUMNS.map((c) => c.header));
    expect(sheet.getRow(4).font?.bold).toBe(true);

    const screen = await listApplications({ user: bureau, input: query });
    expect(dataRows(sheet, APPLICATION_EXPORT_COLUMNS.length)).toEqual(screen.items.map((r) => rowCells(APPLICATION_EXPORT_COLUMNS, r)));
    // Every on-screen column is the screen's definition.
    expect(columnOf(sheet, applicationColumns.brandName.header)).toEqual(screen.items.map((r) => r.brandName));

    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: "export.create" } });
    expect(audit).toMatchObject({ actorId: bureau.id, entityType: "Export", entityId: "applications" });
    expect(audit.changes).toMatchObject({ kind: { to: "applications" }, rowCount: { to: 3 }, query: { to: { status: "RECOMMENDED", sort: "priority" } } });
  });

  it("a new city gets only its own applications, whatever new city it asks for", async () => {
    const own = await workbookOf(await createExport({ user: fengxi, input: { kind: "applications", query: {} } }));
    const screen = await listApplications({ user: fengxi, input: {} });
    expect(screen.total).toBe(3);
    expect(dataRows(own, APPLICATION_EXPORT_COLUMNS.length)).toEqual(screen.items.map((r) => rowCells(APPLICATION_EXPORT_COLUMNS, r)));
    const other = await createExport({ user: fengxi, input: { kind: "applications", query: { newCityId: "QINHAN" } } });
    expect(other.rowCount).toBe(0);
    expect(dataRows(await workbookOf(other), 1)).toEqual([]);
  });

  it("brands and subsidies: the rows equal the screen's, with lead units, levels and the share's figures", async () => {
    const { brand, award } = await recognisedBrand({ bureau, unit: fengxiUnit, brandName: "沣西家政师", batchId });
    await recognisedBrand({ bureau, unit: qinhanUnit, brandName: "秦汉面点师傅", batchId });
    const approved = await approveAward({ user: bureau, input: { awardId: award.id } });
    const shareId = approved.shareId!;
    const voucher = await uploadBrandFile({ user: bureau, input: { brandId: brand.id, kind: "PAYMENT_VOUCHER", shareId, fileName: "拨付凭证.pdf", bytes: PDF } });
    await recordPayment({ user: bureau, input: { shareId, paidOn: shanghaiToday(), amount: 40000, voucherNo: "XJ-1", voucherId: voucher.id } });

    const brands = await workbookOf(await createExport({ user: bureau, input: { kind: "brands", query: {} } }));
    const brandScreen = await listBrands({ user: bureau, input: {} });
    expect(brandScreen.total).toBe(2);
    for (const col of Object.values(brandColumns)) expect(columnOf(brands, col.header), col.header).toEqual(brandScreen.items.map((r) => col.value(r)));
    expect(columnOf(brands, messages.exports.columns.levels)[1]).toMatch(/^新区级 \d{4}-\d{2}-\d{2}$/);
    expect(String(columnOf(brands, messages.exports.columns.leadUnitTitles)[1])).toContain(`${fengxiUnit.name}（${fengxiUnit.creditCode}）新区级有效`);

    // The new city's brand export holds its own brand only.
    const own = await workbookOf(await createExport({ user: fengxi, input: { kind: "brands", query: {} } }));
    expect(columnOf(own, brandColumns.name.header)).toEqual(["沣西家政师"]);

    const shares = await workbookOf(await createExport({ user: bureau, input: { kind: "subsidies", query: { level: "DISTRICT" } } }));
    const shareScreen = await listSubsidyShares({ user: bureau, input: { level: "DISTRICT" } });
    expect(shareScreen.total).toBe(1);
    for (const col of SUBSIDY_SCREEN_COLUMNS) expect(columnOf(shares, col.header), col.header).toEqual(shareScreen.items.map((r) => col.value(r)));
    expect(shareScreen.items[0]).toMatchObject({ brandName: "沣西家政师", money: { share: 100000, paid: 40000 }, confirmed: 0 });
  });

  it("audit log: bureau and admin export it as the screen shows it; a unit and a new city are refused, nothing written", async () => {
    await createExport({ user: bureau, input: { kind: "applications", query: {} } });
    const sheet = await workbookOf(await createExport({ user: admin, input: { kind: "audit", query: {} } }));
    const screen = await listAuditLog({ user: admin, input: {} });
    // The export is the log as it stood when asked for: the screen now also shows the export's own row.
    expect(screen.items[0]?.action).toBe("export.create");
    expect(screen.items[0]?.actorName).toBe(admin.displayName);
    expect(dataRows(sheet, AUDIT_EXPORT_COLUMNS.length)).toEqual(screen.items.slice(1).map((r) => rowCells(AUDIT_EXPORT_COLUMNS, r)));

    await expectRefusedUnchanged(snapshot, () => createExport({ user: applicant, input: { kind: "audit", query: {} } }), "FORBIDDEN");
    await expectRefusedUnchanged(snapshot, () => createExport({ user: fengxi, input: { kind: "audit", query: {} } }), "FORBIDDEN");
    // A unit has no exports at all, even of its own lists.
    await expectRefusedUnchanged(snapshot, () => createExport({ user: applicant, input: { kind: "applications", query: {} } }), "FORBIDDEN");
  });

  it("a bad query or an unknown kind is refused with a Chinese message and nothing written", async () => {
    const badStatus = await expectRefusedUnchanged(snapshot, () => createExport({ user: bureau, input: { kind: "applications", query: { status: "NOPE" } } }), "VALIDATION");
    expect(badStatus.message).toBe("导出条件无效：状态");
    const unknownKey = await expectRefusedUnchanged(snapshot, () => createExport({ user: bureau, input: { kind: "brands", query: { colour: "red" } } }), "VALIDATION");
    expect(unknownKey.message).toBe("导出条件无效：colour");
    const badFlag = await expectRefusedUnchanged(snapshot, () => createExport({ user: bureau, input: { kind: "subsidies", query: { overdue: "maybe", level: "MOON" } } }), "VALIDATION");
    expect(badFlag.message).toBe("导出条件无效：级别、使用报告逾期");
    const unknown = await expectRefusedUnchanged(snapshot, () => createExport({ user: bureau, input: { kind: "secrets", query: {} } }), "NOT_FOUND");
    expect(unknown.message).toBe(messages.exports.errors.unknownKind);
  });

  it("large: an ExportFile and its job in one go; the job streams the file; only the requester downloads it; audited", async () => {
    // One row more than the streamed path takes.
    const threshold = EXPORT_STREAM_THRESHOLD;
    const db = testDb();
    const many = Array.from({ length: threshold + 1 }, (_, i) => i);
    const template = await db.application.findFirstOrThrow({ where: { status: "RECOMMENDED", newCityId: "FENGXI" } });
    const { id: _id, createdAt: _c, updatedAt: _u, ...data } = template;
    for (let i = 0; i < many.length; i += 500) {
      await db.application.createMany({ data: many.slice(i, i + 500).map((n) => ({ ...data, brandName: `批量${n}`, declarations: data.declarations ?? undefined })) as never });
    }
    const before = await snapshot();
    const created = await createExport({ user: bureau, input: { kind: "applications", query: { newCityId: "FENGXI" } } });
    expect(created).toMatchObject({ mode: "queued", rowCount: threshold + 4 });
    if (created.mode !== "queued") return;
    const file = await db.exportFile.findUniqueOrThrow({ where: { id: created.exportFileId } });
    expect(file).toMatchObject({ kind: "applications", status: "QUEUED", requestedById: bureau.id, query: { newCityId: "FENGXI", sort: "priority" } });
    expect(await db.job.count({ where: { kind: "exports.build", dedupeKey: `exports.build:${file.id}` } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "export.create", entityType: "ExportFile", entityId: file.id } })).toBe(1);
    expect((await snapshot()).exportFiles).toBe(before.exportFiles + 1);

    // Not ready yet: the requester is told so.
    expect((await refusal(readExportFile({ user: bureau, input: { exportFileId: file.id } }))).code).toBe("CONFLICT");

    // The worker runs it (the job's registered handler, its payload validated by the runner).
    const run = await runOnce({ db, registry: appJobRegistry, workerId: "test", limit: 100 });
    expect(run.failed).toBe(0);
    const done = await db.exportFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(done).toMatchObject({ status: "DONE", rowCount: threshold + 4, storageKey: expect.any(String) });
    expect(done.sizeBytes).toBeGreaterThan(1000);
    expect(await db.notification.count({ where: { userId: bureau.id, link: `/api/exports/files/${file.id}` } })).toBe(1);
    // A second run of the same job changes nothing.
    expect(await buildExportFile({ exportFileId: file.id })).toEqual({ status: "SKIPPED" });

    const download = await readExportFile({ user: bureau, input: { exportFileId: file.id } });
    const sheet = await sheetOf(download.bytes);
    expect(sheet.rowCount).toBe(HEADING_ROWS + 1 + threshold + 4);
    const screen = await listApplications({ user: bureau, input: { newCityId: "FENGXI" } });
    expect(dataRows(sheet, APPLICATION_EXPORT_COLUMNS.length).slice(0, screen.items.length)).toEqual(screen.items.map((r) => rowCells(APPLICATION_EXPORT_COLUMNS, r)));

    // Nobody else downloads it: another official, the admin, a new city (NOT_FOUND), a unit (FORBIDDEN).
    const otherBureau = await createSessionUser("BUREAU_OFFICIAL");
    expect((await refusal(readExportFile({ user: otherBureau, input: { exportFileId: file.id } }))).code).toBe("NOT_FOUND");
    expect((await refusal(readExportFile({ user: admin, input: { exportFileId: file.id } }))).code).toBe("NOT_FOUND");
    expect((await refusal(readExportFile({ user: fengxi, input: { exportFileId: file.id } }))).code).toBe("NOT_FOUND");
    expect((await refusal(readExportFile({ user: applicant, input: { exportFileId: file.id } }))).code).toBe("FORBIDDEN");

    const mine = await listExports({ user: bureau, input: {} });
    expect(mine.items.map((e) => [e.id, e.status])).toEqual([[file.id, "DONE"]]);
    expect((await listExports({ user: otherBureau, input: {} })).total).toBe(0);
  }, 120_000);

  it("a job whose requester lost the list's permission fails, and says so", async () => {
    const db = testDb();
    const staffRow = await db.user.findUniqueOrThrow({ where: { id: fengxi.id } });
    const file = await db.exportFile.create({ data: { kind: "audit", query: {}, requestedById: staffRow.id, fileName: "操作日志.xlsx" } });
    const outcome = await buildExportFile({ exportFileId: file.id });
    expect(outcome).toMatchObject({ status: "FAILED" });
    expect(await db.exportFile.findUniqueOrThrow({ where: { id: file.id } })).toMatchObject({ status: "FAILED", storageKey: null, error: messages.errors.forbidden });
    expect(await db.notification.count({ where: { userId: fengxi.id, title: messages.exports.failed.title } })).toBe(1);
  });

  it("every kind is registered once, with its list's view permission and its query strictly parsed", () => {
    for (const kind of ["applications", "brands", "subsidies", "audit", "evaluations", "evaluation-queue", "revocations"]) expect(exportKindOf(kind)?.kind).toBe(kind);
    expect(exportKindOf("evaluations")?.permission).toBe("evaluation:view");
    expect(exportKindOf("revocations")?.permission).toBe("revocation:view");
    expect(exportKindOf("audit")?.permission).toBe("audit:view");
    expect(() => exportAccess(bureau, "brands", { unspent: "1" })).not.toThrow();
    const parsed = exportAccess(bureau, "brands", { unspent: "1" }).query;
    expect(parsed).toMatchObject({ unspent: true, overdue: false });
    // The job parses the stored (parsed) query again: it must come out the same.
    expect(exportAccess(bureau, "brands", parsed).query).toEqual(parsed);
    for (const [kind, raw] of [
      ["applications", {}],
      ["subsidies", {}],
      ["audit", {}],
      ["evaluations", { year: "2026", method: "THIRD_PARTY" }],
      ["evaluation-queue", { tab: "due", category: "MID_HIGH_SKILL" }],
      ["revocations", { year: "2026", severe: "true", status: "CONFIRMED" }],
    ] as const) {
      const q = exportAccess(bureau, kind, raw).query;
      expect(exportAccess(bureau, kind, JSON.parse(JSON.stringify(q))).query).toEqual(q);
    }
  });
});

describe("Excel exports of the evaluation records and the revocation list", () => {
  let fengxiUnit: Unit;
  let fengxiUnit2: Unit;
  let qinhanUnit: Unit;
  let applicant: SessionUser;
  let fengxi: SessionUser;
  let bureau: SessionUser;
  let bureau2: SessionUser;

  /** 09:00 in Shanghai on that calendar date. */
  const on = (date: string) => new Date(`${date}T01:00:00Z`);
  const leadUnitOf = async (brandId: string) => (await testDb().leadUnitRecognition.findFirstOrThrow({ where: { brandId } })).id;
  const FACTS = "经核查，该单位在2026年度以虚假材料骗取培训补贴，已被人社部门立案查处。";

  beforeEach(async () => {
    await resetDatabase();
    fengxiUnit = await createUnit({ newCityId: "FENGXI", name: "西咸新区好帮手家政服务有限公司", tradeName: "好帮手" });
    fengxiUnit2 = await createUnit({ newCityId: "FENGXI", name: "西咸新区巧手家政培训学校", tradeName: "巧手" });
    qinhanUnit = await createUnit({ newCityId: "QINHAN", name: "西咸新区匠心陶艺培训学校", tradeName: "匠心" });
    applicant = await createSessionUser("APPLICANT_UNIT", { unitId: fengxiUnit.id });
    fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
    bureau = await createSessionUser("BUREAU_OFFICIAL");
    bureau2 = await createSessionUser("BUREAU_OFFICIAL");
  });

  it("evaluations: the workbook's rows are the records screen's for the same query; a new city gets its own; a unit is refused", async () => {
    // Recognised on 2022-06-01: cycle 1's window is open in April 2026.
    const recognisedAt = new Date("2022-06-01T02:00:00Z");
    const own = (await recognisedBrand({ bureau, unit: fengxiUnit, brandName: "沣西家政师", recognisedAt })).brand;
    const far = (await recognisedBrand({ bureau, unit: qinhanUnit, brandName: "秦汉面点师傅", recognisedAt })).brand;
    const passed = await scheduleEvaluation({ user: bureau, input: { leadUnitRecognitionId: await leadUnitOf(own.id), cycleIndex: 1, method: "ON_SITE_INSPECTION", scheduledOn: "2026-04-10", evaluators: "张三、李四" }, now: on("2026-04-01") });
    await recordEvaluationResult({ user: bureau, input: { evaluationId: passed.id, u1Pass: true, u2Pass: true, u3Pass: true, u4Pass: true, evaluatedOn: "2026-04-10" }, now: on("2026-04-10") });
    await scheduleEvaluation({ user: bureau, input: { leadUnitRecognitionId: await leadUnitOf(far.id), cycleIndex: 1, method: "THIRD_PARTY", scheduledOn: "2026-05-06", evaluators: "第三方评估机构" }, now: on("2026-04-01") });

    const all = await createExport({ user: bureau, input: { kind: "evaluations", query: {} } });
    expect(all.rowCount).toBe(2);
    const sheet = await workbookOf(all);
    expect(sheet.getRow(1).getCell(1).value).toBe(messages.exports.kinds.evaluations);
    expect(cellValues(sheet.getRow(HEADING_ROWS + 1), EVALUATION_COLUMNS.length)).toEqual(EVALUATION_COLUMNS.map((c) => c.header));
    const screen = await listEvaluations({ user: bureau, input: {} });
    expect(screen.total).toBe(2);
    expect(dataRows(sheet, EVALUATION_COLUMNS.length)).toEqual(screen.items.map((r) => rowCells(EVALUATION_COLUMNS, r)));
    // Newest scheduled first, as on the screen.
    expect(columnOf(sheet, EVALUATION_COLUMNS[0]!.header)).toEqual(["秦汉面点师傅", "沣西家政师"]);

    // The same filters as the screen's URL (strings), described in the title rows.
    const query = { status: "PASSED", method: "ON_SITE_INSPECTION", year: "2026" };
    const filtered = await workbookOf(await createExport({ user: bureau, input: { kind: "evaluations", query } }));
    expect(filtered.getRow(3).getCell(1).value).toBe("筛选条件：状态：合格；评估方式：实地考察；年度：2026年");
    const filteredScreen = await listEvaluations({ user: bureau, input: query });
    expect(filteredScreen.total).toBe(1);
    expect(dataRows(filtered, EVALUATION_COLUMNS.length)).toEqual(filteredScreen.items.map((r) => rowCells(EVALUATION_COLUMNS, r)));

    // A new city: its own brand's records only, whatever new city it asks for.
    const mine = await workbookOf(await createExport({ user: fengxi, input: { kind: "evaluations", query: {} } }));
    const mineScreen = await listEvaluations({ user: fengxi, input: {} });
    expect(mineScreen.total).toBe(1);
    expect(dataRows(mine, EVALUATION_COLUMNS.length)).toEqual(mineScreen.items.map((r) => rowCells(EVALUATION_COLUMNS, r)));
    expect((await createExport({ user: fengxi, input: { kind: "evaluations", query: { newCityId: "QINHAN" } } })).rowCount).toBe(0);

    // A unit has no exports; a malformed filter is refused in Chinese. Nothing written either way.
    await expectRefusedUnchanged(snapshot, () => createExport({ user: applicant, input: { kind: "evaluations", query: {} } }), "FORBIDDEN");
    const bad = await expectRefusedUnchanged(snapshot, () => createExport({ user: bureau, input: { kind: "evaluations", query: { method: "PHONE", year: "1999", view: "records" } } }), "VALIDATION");
    expect(bad.message).toBe("导出条件无效：评估方式、年度、view");
  });

  it("evaluation queue: a tab's workbook is the screen's tab on the same day, standing computed per row; a new city its own", async () => {
    const recognisedAt = new Date("2022-06-01T02:00:00Z");
    const own = (await recognisedBrand({ bureau, unit: fengxiUnit, brandName: "沣西家政师", recognisedAt })).brand;
    await recognisedBrand({ bureau, unit: qinhanUnit, brandName: "秦汉面点师傅", recognisedAt });
    // Cycle 1 ends 2026-06-01: overdue from that day.
    const now = on("2026-06-02");
    const overdue = await createExport({ user: bureau, input: { kind: "evaluation-queue", query: { tab: "overdue" } }, now });
    expect(overdue.rowCount).toBe(2);
    const sheet = await workbookOf(overdue);
    expect(sheet.getRow(1).getCell(1).value).toBe(messages.exports.kinds["evaluation-queue"]);
    expect(sheet.getRow(3).getCell(1).value).toBe("筛选条件：待办类别：逾期");
    const screen = await listEvaluationQueue({ user: bureau, input: { tab: "overdue" }, now });
    expect(screen.total).toBe(2);
    expect(dataRows(sheet, EVALUATION_QUEUE_COLUMNS.length)).toEqual(screen.items.map((r) => rowCells(EVALUATION_QUEUE_COLUMNS, r)));
    expect(columnOf(sheet, messages.evaluations.columns.standing)).toEqual([messages.evaluations.standing.overdue, messages.evaluations.standing.overdue]);

    // Scheduled: the row moves to 已安排, in the export as on the screen.
    await scheduleEvaluation({ user: bureau, input: { leadUnitRecognitionId: await leadUnitOf(own.id), cycleIndex: 1, method: "DEFENCE_REVIEW", scheduledOn: "2026-06-10", evaluators: "张三" }, now });
    for (const tab of ["overdue", "scheduled", "due"]) {
      const created = await createExport({ user: bureau, input: { kind: "evaluation-queue", query: { tab } }, now });
      const tabScreen = await listEvaluationQueue({ user: bureau, input: { tab }, now });
      expect(created.rowCount, tab).toBe(tabScreen.total);
      expect(dataRows(await workbookOf(created), EVALUATION_QUEUE_COLUMNS.length)).toEqual(tabScreen.items.map((r) => rowCells(EVALUATION_QUEUE_COLUMNS, r)));
    }
    const scheduled = await workbookOf(await createExport({ user: bureau, input: { kind: "evaluation-queue", query: { tab: "scheduled" } }, now }));
    expect(columnOf(scheduled, messages.evaluations.columns.brand)).toEqual(["沣西家政师"]);

    // A new city: its own brand only; the other city's overdue row is not in its queue.
    const fengxiOverdue = await createExport({ user: fengxi, input: { kind: "evaluation-queue", query: { tab: "overdue" } }, now });
    expect(fengxiOverdue.rowCount).toBe(0);
    const fengxiScheduled = await workbookOf(await createExport({ user: fengxi, input: { kind: "evaluation-queue", query: { tab: "scheduled" } }, now }));
    expect(columnOf(fengxiScheduled, messages.evaluations.columns.brand)).toEqual(["沣西家政师"]);
    await expectRefusedUnchanged(snapshot, () => createExport({ user: applicant, input: { kind: "evaluation-queue", query: {} } }), "FORBIDDEN");
    const bad = await expectRefusedUnchanged(snapshot, () => createExport({ user: bureau, input: { kind: "evaluation-queue", query: { tab: "plaques" } } }), "VALIDATION");
    expect(bad.message).toBe("导出条件无效：待办类别");
  });

  it("revocations: the bureau's export has the PROPOSED one, as its screen; a new city's only the CONFIRMED ones of its brands; a unit is refused", async () => {
    const pending = (await recognisedBrand({ bureau, unit: fengxiUnit, brandName: "沣西家政师" })).brand;
    const revoked = (await recognisedBrand({ bureau, unit: fengxiUnit2, brandName: "沣西巧手月嫂" })).brand;
    const elsewhere = (await recognisedBrand({ bureau, unit: qinhanUnit, brandName: "秦汉面点师傅" })).brand;
    const propose = (brandId: string, creditCode: string, proposedAt: Date) =>
      proposeRevocation({ user: bureau, input: { brandId, creditCode, reason: "IMPROPER_RECOGNITION", severe: false, facts: FACTS, evidenceIds: [] }, now: proposedAt });
    const open = await propose(pending.id, fengxiUnit.creditCode, on("2026-06-03"));
    const first = await propose(revoked.id, fengxiUnit2.creditCode, on("2026-06-01"));
    await confirmRevocation({ user: bureau2, input: { revocationId: first.id }, now: on("2026-06-02") });
    const second = await propose(elsewhere.id, qinhanUnit.creditCode, on("2026-06-02"));
    await confirmRevocation({ user: bureau2, input: { revocationId: second.id }, now: on("2026-06-04") });

    const all = await createExport({ user: bureau, input: { kind: "revocations", query: {} } });
    expect(all.rowCount).toBe(3);
    const sheet = await workbookOf(all);
    expect(sheet.getRow(1).getCell(1).value).toBe(messages.exports.kinds.revocations);
    const screen = await listRevocations({ user: bureau, input: {} });
    expect(screen.total).toBe(3);
    expect(dataRows(sheet, REVOCATION_COLUMNS.length)).toEqual(screen.rows.map((r) => rowCells(REVOCATION_COLUMNS, r)));
    expect(columnOf(sheet, messages.revocations.list.columns.status)).toEqual(["待复核", "已撤销", "已撤销"]);
    expect(columnOf(sheet, messages.revocations.list.columns.proposer)).toEqual([bureau.displayName, bureau.displayName, bureau.displayName]);

    // The screen's 待复核 tab: the open proposal only.
    const proposed = await workbookOf(await createExport({ user: bureau, input: { kind: "revocations", query: { status: "PROPOSED" } } }));
    const proposedScreen = await listRevocations({ user: bureau, input: { status: "PROPOSED" } });
    expect(proposedScreen.rows.map((r) => r.id)).toEqual([open.id]);
    expect(dataRows(proposed, REVOCATION_COLUMNS.length)).toEqual(proposedScreen.rows.map((r) => rowCells(REVOCATION_COLUMNS, r)));
    const described = await workbookOf(await createExport({ user: bureau, input: { kind: "revocations", query: { status: "CONFIRMED", severe: "false", newCityId: "QINHAN" } } }));
    expect(described.getRow(3).getCell(1).value).toBe("筛选条件：状态：已撤销；情节严重：否；新城：秦汉新城");
    expect(columnOf(described, messages.revocations.list.columns.brand)).toEqual(["秦汉面点师傅"]);

    // A new city: the confirmed revocations of its own brands, never a proposal, never another city's.
    for (const query of [{}, { status: "PROPOSED" }, { newCityId: "QINHAN" }]) {
      const created = await createExport({ user: fengxi, input: { kind: "revocations", query } });
      const rows = dataRows(await workbookOf(created), REVOCATION_COLUMNS.length);
      const screenRows = (await listRevocations({ user: fengxi, input: query })).rows;
      expect(rows).toEqual(screenRows.map((r) => rowCells(REVOCATION_COLUMNS, r)));
      expect(screenRows.map((r) => r.id)).toEqual(Object.keys(query).length === 0 ? [first.id] : []);
    }

    await expectRefusedUnchanged(snapshot, () => createExport({ user: applicant, input: { kind: "revocations", query: {} } }), "FORBIDDEN");
    const bad = await expectRefusedUnchanged(snapshot, () => createExport({ user: bureau, input: { kind: "revocations", query: { severe: "maybe", page: "2" } } }), "VALIDATION");
    expect(bad.message).toBe("导出条件无效：情节严重、page");
  });
});
