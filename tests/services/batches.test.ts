import { beforeEach, describe, expect, it } from "vitest";
import { createBatch } from "@/lib/server/services/batches/create-batch";
import { extendBatch } from "@/lib/server/services/batches/extend-batch";
import { listBatches } from "@/lib/server/services/batches/list-batches";
import { createApplication } from "@/lib/server/services/applications/create-application";
import { AppError } from "@/lib/domain/app-error";
import { parseShanghaiDateTime } from "@/lib/schemas/application";
import type { SessionUser } from "@/lib/server/session-user";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";

describe("申报批次 (batches)", () => {
  let bureau: SessionUser;
  let fengxi: SessionUser;
  let applicant: SessionUser;

  beforeEach(async () => {
    await resetDatabase();
    bureau = await createSessionUser("BUREAU_OFFICIAL");
    fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
    applicant = await createSessionUser("APPLICANT_UNIT", { unitId: (await createUnit()).id });
  });

  it("datetime-local input is read as Shanghai time and stored in UTC", () => {
    expect(parseShanghaiDateTime("2026-12-01T09:30")?.toISOString()).toBe("2026-12-01T01:30:00.000Z");
    expect(parseShanghaiDateTime("2026-02-30T09:30")).toBeNull();
    expect(parseShanghaiDateTime("2026-12-01T24:00")).toBeNull();
  });

  it("the bureau creates and extends a batch; the extension is in the audit log with its reason", async () => {
    const { id } = await createBatch({ user: bureau, input: { year: 2026, title: "2026年第一批", opensAt: "2026-01-01T09:00", closesAt: "2026-03-01T18:00" } });
    await extendBatch({ user: bureau, input: { batchId: id, closesAt: "2026-03-15T18:00", reason: "应新城要求延期" } });
    expect((await listBatches({ user: bureau }))[0]?.closesAt.toISOString()).toBe("2026-03-15T10:00:00.000Z");
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: "batch.extend" } });
    expect(audit.comment).toBe("应新城要求延期");
    const e = await extendBatch({ user: bureau, input: { batchId: id, closesAt: "2026-03-10T18:00", reason: "提前" } }).catch((x: AppError) => x);
    expect((e as AppError).message).toContain("晚于原截止时间");
  });

  it("refuses bad input and other roles", async () => {
    const bad = await createBatch({ user: bureau, input: { year: 2026, title: "", opensAt: "2026-03-01T09:00", closesAt: "2026-01-01T09:00" } }).catch((x: AppError) => x);
    expect(Object.keys((bad as AppError).fieldErrors ?? {}).sort()).toEqual(["closesAt", "title"]);
    for (const user of [fengxi, applicant]) {
      const e = await createBatch({ user, input: { year: 2026, title: "x", opensAt: "2026-01-01T09:00", closesAt: "2026-02-01T09:00" } }).catch((x: AppError) => x);
      expect((e as AppError).code).toBe("FORBIDDEN");
    }
    expect(await testDb().batch.count()).toBe(0);
  });

  it("units cannot create an application when no batch is open", async () => {
    const closed = await testDb().batch.create({ data: { year: 2025, title: "旧批次", opensAt: new Date("2025-01-01"), closesAt: new Date("2025-02-01") } });
    const e = await createApplication({ user: applicant, input: { batchId: closed.id } }).catch((x: AppError) => x);
    expect((e as AppError).message).toContain("没有正在受理");
    expect(await testDb().application.count()).toBe(0);
  });
});
