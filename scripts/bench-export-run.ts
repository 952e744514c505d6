// The body of `npm run bench:export` for one database (DATABASE_URL, migrated by
// scripts/bench-export.mjs): bulk-seeds 100 000 applications and 1 000 recognised brands with
// their lead units, then, for applications and brands:
//   1. exports them through the real code path — buildExportFile, the body of the exports.build
//      job (ids snapshot, batches of 1 000 through the lists' own builders, exceljs streaming
//      writer to a temp file, storage) — sampling process.memoryUsage() every 50 ms;
//   2. in the same run, writes the same cells (pre-built arrays in memory) with exceljs's
//      streaming writer alone, as the baseline.
// Prints one JSON line per measurement (the launcher tabulates them). Run with
// tsx --conditions=react-server (the services' "server-only" marker).
import { randomUUID } from "node:crypto";
import { rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { createDbClient, dbProvider } from "../lib/server/db/client";
import { NEW_CITIES } from "../lib/eligibility/constants";
import { rowCells } from "../lib/domain/columns";
import { creditCodeCheckChar, organisationCodeCheckChar } from "../lib/eligibility";
import { buildExportFile } from "../lib/server/services/exports/build-export-file";
import { exportAccess } from "../lib/server/services/exports/export-kind-access";
import { batchesOfIds } from "../lib/server/exports/batches";
import type { SessionUser } from "../lib/server/session-user";

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 100_000);
const BRANDS = Number(process.env.BENCH_BRANDS ?? 1_000);
const UNITS = 1_000;
const CHUNK = 1_000;
const db = createDbClient();
const CATEGORIES = ["HIGH_QUALITY_SERVICE", "MID_HIGH_SKILL", "CULTURE_TOURISM"] as const;

/** The n-th made-up 统一社会信用代码 (digits only in the body, so every n gives a different code). */
function creditCode(n: number): string {
  const body = `MA${String(n).padStart(6, "0")}`;
  const first17 = `91611105${body}${organisationCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
  if (process.env.BENCH_VERBOSE) console.error(`  seeded ${rows.length} rows in ${Math.round(performance.now() - t0)} ms`);
}

async function seed() {
  for (const [i, c] of NEW_CITIES.entries()) await db.newCity.upsert({ where: { id: c.code }, update: {}, create: { id: c.code, name: c.label, sortOrder: i } });
  const batch = await db.batch.create({ data: { year: 2025, title: `基准测试批次 ${randomUUID()}`, opensAt: new Date("2025-04-01T00:00:00Z"), closesAt: new Date("2025-06-01T00:00:00Z") } });
  const units = Array.from({ length: UNITS }, (_, i) => ({
    id: randomUUID(),
    creditCode: creditCode(500_000 + i),
    name: `西咸新区基准测试第${i + 1}服务有限公司`,
    tradeName: `基准${i + 1}`,
    type: "ENTERPRISE" as const,
    newCityId: NEW_CITIES[i % NEW_CITIES.length]!.code,
    registrationDate: new Date("2018-01-01T00:00:00Z"),
    address: "陕西省西咸新区",
    contactName: "联系人",
    contactPhone: "13800000000",
  }));
  await inChunks(units, (chunk) => db.unit.createMany({ data: chunk }));
  const statuses = ["SUBMITTED", "RECOMMENDED", "IN_PUBLICITY", "RECOGNISED", "REJECTED"] as const;
  const base = Date.UTC(2025, 3, 1);
  const apps = Array.from({ length: APPLICATIONS }, (_, i) => {
    const unit = units[i % UNITS]!;
    return {
      batchId: batch.id,
      unitId: unit.id,
      newCityId: unit.newCityId,
      status: statuses[i % statuses.length]!,
      version: 1,
      submittedAt: new Date(base + i * 60_000),
      brandName: `基准品牌${i + 1}`,
      category: CATEGORIES[i % CATEGORIES.length]!,
      employedCount: 500 + (i % 900),
      povertyAlleviatedCount: i % 7 === 0 ? null : 50 + (i % 300),
    };
  });
  await inChunks(apps, (chunk) => db.application.createMany({ data: chunk }));
  const brands = Array.from({ length: BRANDS }, (_, i) => ({
    id: randomUUID(),
    name: `基准劳务品牌${i + 1}`,
    slug: `bench-brand-${i + 1}`,
    category: CATEGORIES[i % CATEGORIES.length]!,
    newCityId: NEW_CITIES[i % NEW_CITIES.length]!.code,
    highestLevel: "DISTRICT" as const,
  }));
  await inChunks(brands, (chunk) => db.brand.createMany({ data: chunk }));
  const recognitions = brands.map((b, i) => ({ id: randomUUID(), brandId: b.id, level: "DISTRICT" as const, recognisedOn: new Date(Date.UTC(2025, 5, 1 + (i % 28))) }));
  await inChunks(recognitions, (chunk) => db.brandRecognition.createMany({ data: chunk }));
  // Two lead units a brand.
  const leads = recognitions.flatMap((r, i) =>
    [0, 1].map((k) => {
      const unit = units[(i * 2 + k) % UNITS]!;
      return { recognitionId: r.id, brandId: r.brandId, unitId: unit.id, creditCode: unit.creditCode, unitName: unit.name, level: "DISTRICT" as const, recognisedOn: r.recognisedOn };
    }),
  );
  await inChunks(leads, (chunk) => db.leadUnitRecognition.createMany({ data: chunk }));
  const u = await db.user.create({ data: { loginName: `bench-${randomUUID()}`, passwordHash: "x", displayName: "基准测试审核员", role: "BUREAU_OFFICIAL" } });
  const bureau: SessionUser = { id: u.id, role: "BUREAU_OFFICIAL", displayName: u.displayName, unitId: null, newCityId: null };
  return { bureau };
}

function sampler() {
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  return {
    stop: () => {
      clearInterval(timer);
      return { startRssMb: start.rss / 2 ** 20, peakRssMb: peakRss / 2 ** 20, startHeapMb: start.heapUsed / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20 };
    },
  };
}

async function throughJob(bureau: SessionUser, kind: string) {
  const file = await db.exportFile.create({ data: { kind, query: {}, requestedById: bureau.id, fileName: `${kind}.xlsx` } });
  global.gc?.();
  const mem = sampler();
  const t0 = performance.now();
  const outcome = await buildExportFile({ exportFileId: file.id });
  const ms = performance.now() - t0;
  const memory = mem.stop();
  // What the export leaves behind once garbage is collected (flat memory: back near the start).
  global.gc?.();
  const settledHeapMb = process.memoryUsage().heapUsed / 2 ** 20;
  if (outcome.status !== "DONE") throw new Error(`export ${kind} ${JSON.stringify(outcome)}`);
  return { ms, rows: outcome.rowCount, sizeBytes: outcome.sizeBytes, ...memory, settledHeapMb };
}

/** The same cells, built in memory first, written by exceljs's streaming writer alone. */
async function writerAlone(bureau: SessionUser, kind: string) {
  const { definition, query } = exportAccess(bureau, kind, {});
  const now = new Date();
  const ids = await definition.ids(bureau, query, now);
  const cells: (string | number | null)[][] = [];
  for await (const batch of batchesOfIds(ids, (b) => definition.load(bureau, b, now))) for (const row of batch) cells.push(rowCells(definition.columns, row));
  const file = path.join(os.tmpdir(), `bench-writer-${randomUUID()}.xlsx`);
  global.gc?.();
  // The cells are already in memory (in startHeap); the growth above it is the writer's own.
  const mem = sampler();
  const t0 = performance.now();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet("sheet");
  sheet.addRow([definition.title]).commit();
  sheet.addRow(definition.columns.map((c) => c.header)).commit();
  for (const row of cells) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  const ms = performance.now() - t0;
  const memory = mem.stop();
  const sizeBytes = (await stat(file)).size;
  await rm(file, { force: true });
  return { ms, rows: cells.length, sizeBytes, ...memory };
}

async function main() {
  const provider = dbProvider(db);
  const t0 = performance.now();
  const { bureau } = await seed();
  console.log(JSON.stringify({ provider, step: "seed", ms: performance.now() - t0, applications: APPLICATIONS, brands: BRANDS }));
  for (const kind of ["applications", "brands"]) {
    const runs = Number(process.env.BENCH_RUNS ?? 2);
    for (let r = 0; r < runs; r += 1) {
      const exported = await throughJob(bureau, kind);
      console.log(JSON.stringify({ provider, step: "export", kind, run: r + 1, ...exported }));
      const alone = await writerAlone(bureau, kind);
      console.log(JSON.stringify({ provider, step: "writer", kind, run: r + 1, ...alone }));
    }
  }
  await db.$disconnect();
  const { db: serviceDb } = await import("../lib/server/db");
  await serviceDb.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
