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
    for (const kind of ["applications", "brands", "subsidies", "audit"]) expect(exportKindOf(kind)?.kind).toBe(kind);
    expect(exportKindOf("audit")?.permission).toBe("audit:view");
    expect(() => exportAccess(bureau, "brands", { unspent: "1" })).not.toThrow();
    const parsed = exportAccess(bureau, "brands", { unspent: "1" }).query;
    expect(parsed).toMatchObject({ unspent: true, overdue: false });
    // The job parses the stored (parsed) query again: it must come out the same.
    expect(exportAccess(bureau, "brands", parsed).query).toEqual(parsed);
    for (const kind of ["applications", "subsidies", "audit"]) {
      const q = exportAccess(bureau, kind, {}).query;
      expect(exportAccess(bureau, kind, JSON.parse(JSON.stringify(q))).query).toEqual(q);
    }
  });
});
