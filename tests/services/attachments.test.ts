import { beforeEach, describe, expect, it } from "vitest";
import { deleteAttachment } from "@/lib/server/services/attachments/delete-attachment";
import { readAttachment } from "@/lib/server/services/attachments/read-attachment";
import { uploadAttachment } from "@/lib/server/services/attachments/upload-attachment";
import { AppError } from "@/lib/domain/app-error";
import type { SessionUser } from "@/lib/server/session-user";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";
import { createBatch, createEligibleApplication } from "../fixtures/applications";
import { EXE, PDF, PNG, fakeXlsx } from "../fixtures/files";

async function code(promise: Promise<unknown>) {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return (e as AppError).code;
}

describe("attachments", () => {
  let applicant: SessionUser;
  let stranger: SessionUser;
  let fengxi: SessionUser;
  let qinhan: SessionUser;
  let bureau: SessionUser;
  let appId: string;

  beforeEach(async () => {
    await resetDatabase();
    const unit = await createUnit({ newCityId: "FENGXI" });
    const other = await createUnit({ newCityId: "QINHAN" });
    applicant = await createSessionUser("APPLICANT_UNIT", { unitId: unit.id });
    stranger = await createSessionUser("APPLICANT_UNIT", { unitId: other.id });
    fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
    qinhan = await createSessionUser("NEW_CITY_STAFF", { newCityId: "QINHAN" });
    bureau = await createSessionUser("BUREAU_OFFICIAL");
    const batch = await createBatch();
    appId = (await createEligibleApplication({ unit, batchId: batch.id, withLicense: false })).id;
  });

  it("stores a real PDF outside public/, with its hash and an audit row, and serves it only to those who may see it", async () => {
    const saved = await uploadAttachment({ user: applicant, input: { applicationId: appId, kind: "BUSINESS_LICENSE", fileName: "营业执照.pdf", bytes: PDF } });
    const row = await testDb().attachment.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ mimeType: "application/pdf", sizeBytes: PDF.byteLength, isPublic: false });
    expect(row.storageKey).not.toContain("public");
    expect(await testDb().auditLog.count({ where: { action: "attachment.upload", entityId: appId } })).toBe(1);
    for (const viewer of [applicant, fengxi, bureau]) {
      expect(Buffer.from((await readAttachment({ user: viewer, input: { attachmentId: saved.id } })).bytes).equals(Buffer.from(PDF))).toBe(true);
    }
    expect(await code(readAttachment({ user: stranger, input: { attachmentId: saved.id } }))).toBe("NOT_FOUND");
    expect(await code(readAttachment({ user: qinhan, input: { attachmentId: saved.id } }))).toBe("NOT_FOUND");
    expect(await code(deleteAttachment({ user: stranger, input: { attachmentId: saved.id } }))).toBe("NOT_FOUND");
    await deleteAttachment({ user: applicant, input: { attachmentId: saved.id } });
    expect(await testDb().attachment.count()).toBe(0);
  });

  it("refuses a forged, oversized, empty or mismatched file and writes nothing", async () => {
    const cases: [string, string, Uint8Array, string][] = [
      ["an .exe renamed .pdf", "报告.pdf", EXE, "仅支持"],
      ["a PDF named .png", "照片.png", PDF, "扩展名"],
      ["an empty file", "空.pdf", new Uint8Array(), "为空"],
      ["a photo that is a spreadsheet", "photo.xlsx", fakeXlsx(), "不支持此文件格式"],
    ];
    for (const [, name, bytes, text] of cases) {
      const kind = name.startsWith("photo") ? "PHOTO" : "BUSINESS_LICENSE";
      const e = await uploadAttachment({ user: applicant, input: { applicationId: appId, kind, fileName: name, bytes } }).catch((x: AppError) => x);
      expect((e as AppError).message).toContain(text);
    }
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(PDF);
    expect(((await uploadAttachment({ user: applicant, input: { applicationId: appId, kind: "OTHER", fileName: "大.pdf", bytes: big } }).catch((x: AppError) => x)) as AppError).message).toContain("20MB");
    expect(await testDb().attachment.count()).toBe(0);
  });

  it("only the applicant, only while editable; photos may be marked public, other kinds never", async () => {
    expect(await code(uploadAttachment({ user: fengxi, input: { applicationId: appId, kind: "OTHER", fileName: "a.pdf", bytes: PDF } }))).toBe("FORBIDDEN");
    expect(await code(uploadAttachment({ user: stranger, input: { applicationId: appId, kind: "OTHER", fileName: "a.pdf", bytes: PDF } }))).toBe("NOT_FOUND");
    const photo = await uploadAttachment({ user: applicant, input: { applicationId: appId, kind: "PHOTO", fileName: "团队.png", isPublic: true, bytes: PNG } });
    const other = await uploadAttachment({ user: applicant, input: { applicationId: appId, kind: "OTHER", fileName: "说明.pdf", isPublic: true, bytes: PDF } });
    const rows = await testDb().attachment.findMany({ where: { id: { in: [photo.id, other.id] } } });
    expect(Object.fromEntries(rows.map((r) => [r.kind, r.isPublic]))).toEqual({ PHOTO: true, OTHER: false });
    await testDb().application.update({ where: { id: appId }, data: { status: "SUBMITTED" } });
    expect(await code(uploadAttachment({ user: applicant, input: { applicationId: appId, kind: "OTHER", fileName: "b.pdf", bytes: PDF } }))).toBe("RULE_VIOLATION");
    expect(await code(deleteAttachment({ user: applicant, input: { attachmentId: photo.id } }))).toBe("RULE_VIOLATION");
  });
});
