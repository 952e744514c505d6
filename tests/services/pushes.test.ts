import { beforeEach, describe, expect, it } from "vitest";
import { approveForPublicity } from "@/lib/server/services/applications/approve-for-publicity";
import { recogniseApplication } from "@/lib/server/services/applications/recognise-application";
import { uploadBrandFile } from "@/lib/server/services/brand-files/upload-brand-file";
import { pushBrands } from "@/lib/server/services/pushes/push-brands";
import { recordPushOutcome } from "@/lib/server/services/pushes/record-push-outcome";
import { getPushPackage, uniqueEntryNames } from "@/lib/server/services/pushes/get-push-package";
import { packageZip } from "@/lib/server/services/pushes/package-zip";
import { listPushCandidates } from "@/lib/server/services/pushes/list-push-candidates";
import { storage } from "@/lib/server/storage";
import { AppError } from "@/lib/domain/app-error";
import { formatCalendarDate, storedDateOf } from "@/lib/domain/dates";
import type { SessionUser } from "@/lib/server/session-user";
import { expectRefusedUnchanged, refusal } from "../fixtures/refusals";
import { recognisedBrand as recognise } from "../fixtures/brands";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";
import { createBatch, createEligibleApplication } from "../fixtures/applications";
import { PDF, PNG } from "../fixtures/files";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { PushRecommendationForm } from "@/components/brands/push-recommendation-form";

type Unit = Awaited<ReturnType<typeof createUnit>>;

/** Every table a push or its outcome writes, so a refusal can be shown to write nothing. */
async function snapshot() {
  const db = testDb();
  return {
    audits: await db.auditLog.count(),
    notifications: await db.notification.count(),
    outbox: await db.outboxMessage.count(),
    pushes: (await db.brandPush.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, openKey: true, outcomeOn: true } })).map((p) => JSON.stringify(p)).join(","),
    recognitions: await db.brandRecognition.count(),
    leadUnitRecognitions: await db.leadUnitRecognition.count(),
    awards: await db.subsidyAward.count(),
    levels: (await db.brand.findMany({ orderBy: { id: "asc" }, select: { id: true, highestLevel: true } })).map((b) => `${b.id}:${b.highestLevel}`).join(","),
  };
}

const expectNoChange = (run: () => Promise<unknown>, code: string) => expectRefusedUnchanged(snapshot, run, code);

const day = 86_400_000;
const today = () => formatCalendarDate(storedDateOf(new Date()));
const daysAgo = (n: number) => formatCalendarDate(storedDateOf(new Date(Date.now() - n * day)));

/** Reads a zip's central directory back: the entry names, as a zip tool lists them. */
function zipEntryNames(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd).toBeGreaterThan(-1);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString("utf8"));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

describe("pushes and their outcomes (F4, F5)", () => {
  let unit: Unit;
  let qinhanUnit: Unit;
  let applicant: SessionUser;
  let fengxi: SessionUser;
  let qinhan: SessionUser;
  let bureau: SessionUser;
  let bureau2: SessionUser;
  let admin: SessionUser;
  let batchId: string;

  beforeEach(async () => {
    await resetDatabase();
    unit = await createUnit({ newCityId: "FENGXI", name: "西咸新区好帮手家政服务有限公司", tradeName: "好帮手" });
    qinhanUnit = await createUnit({ newCityId: "QINHAN", name: "西咸新区匠心陶艺培训学校", tradeName: "匠心" });
    applicant = await createSessionUser("APPLICANT_UNIT", { unitId: unit.id });
    fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
    qinhan = await createSessionUser("NEW_CITY_STAFF", { newCityId: "QINHAN" });
    bureau = await createSessionUser("BUREAU_OFFICIAL");
    bureau2 = await createSessionUser("BUREAU_OFFICIAL");
    admin = await createSessionUser("ADMIN");
    batchId = (await createBatch()).id;
  });

  /** A 新区级 brand made by the real journey (tests/fixtures/brands.ts), recognised now. */
  async function recognisedBrand({ owner = unit, brandName, withLicense = true }: { owner?: Unit; brandName: string; withLicense?: boolean }) {
    const made = await recognise({ bureau, unit: owner, brandName, withLicense, batchId, recognisedAt: new Date() });
    return { ...made.brand, applicationId: made.applicationId };
  }

  async function outcomeDocument(brandId: string, fileName = "市级认定文件.pdf") {
    return uploadBrandFile({ user: bureau, input: { brandId, kind: "OUTCOME_DOCUMENT", fileName, bytes: PDF } });
  }

  async function pushOne(brandId: string, user = bureau) {
    const { pushes } = await pushBrands({ user, input: { brandIds: [brandId], opinion: "该品牌带动就业成效突出，择优推荐" } });
    return pushes[0]!.id;
  }

  const recognisedInput = (pushId: string, documentId: string, outcomeOn = today()) => ({
    pushId,
    outcome: "RECOGNISED",
    outcomeOn,
    issuingBody: "西安市人力资源和社会保障局",
    documentNo: "市人社发〔2026〕12号",
    documentId,
  });

  it("push → 获认定: the brand is 市级, the history has two rows, the lead units hold 市级, a 10万 top-up is proposed (S4)", async () => {
    const brand = await recognisedBrand({ brandName: "沣西家政师" });
    expect(brand.highestLevel).toBe("DISTRICT");

    const pushed = await pushBrands({ user: bureau, input: { brandIds: [brand.id], opinion: "  带动就业成效突出  " } });
    expect(pushed.pushes).toEqual([{ id: expect.any(String), brandId: brand.id, fromLevel: "DISTRICT", toLevel: "CITY" }]);
    const db = testDb();
    const push = await db.brandPush.findUniqueOrThrow({ where: { id: pushed.pushes[0]!.id } });
    expect(push).toMatchObject({ status: "PUSHED", fromLevel: "DISTRICT", toLevel: "CITY", opinion: "带动就业成效突出", openKey: `${brand.id}:CITY`, groupId: pushed.groupId, pushedById: bureau.id });
    expect(formatCalendarDate(push.pushedOn)).toBe(today());
    const created = await db.auditLog.findFirstOrThrow({ where: { action: "push.create" } });
    expect(created).toMatchObject({ entityType: "Brand", entityId: brand.id, actorId: bureau.id, toState: "PUSHED" });
    expect(created.changes).toMatchObject({ toLevel: { to: "CITY" }, opinion: { to: "带动就业成效突出" }, groupId: { to: pushed.groupId } });
    // The lead unit and its new city hear of it; the other new city does not.
    const unitUser = await db.user.findFirstOrThrow({ where: { id: applicant.id } });
    expect(await db.notification.count({ where: { userId: unitUser.id, title: { contains: "沣西家政师" } } })).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { userId: fengxi.id, title: { contains: "推送至上一级" } } })).toBe(1);
    expect(await db.notification.count({ where: { userId: qinhan.id, title: { contains: "推送至上一级" } } })).toBe(0);

    const doc = await outcomeDocument(brand.id);
    const recorded = await recordPushOutcome({ user: bureau, input: recognisedInput(push.id, doc.id, daysAgo(0)) });
    expect(recorded).toMatchObject({ status: "RECOGNISED", highestLevel: "CITY", effects: { brandSlugs: [brand.slug] } });

    const after = await db.brand.findUniqueOrThrow({ where: { id: brand.id }, include: { recognitions: { orderBy: [{ recognisedOn: "asc" }, { createdAt: "asc" }], include: { leadUnits: true } } } });
    expect(after.highestLevel).toBe("CITY");
    expect(after.recognitions.map((r) => [r.level, r.source])).toEqual([
      ["DISTRICT", "PORTAL"],
      ["CITY", "PUSH_OUTCOME"],
    ]);
    const city = after.recognitions[1]!;
    expect(city).toMatchObject({ pushId: push.id, issuingBody: "西安市人力资源和社会保障局", documentNo: "市人社发〔2026〕12号", documentId: doc.id, certificateNo: null });
    expect(city.leadUnits.map((u) => [u.creditCode, u.level, u.unitId])).toEqual([[unit.creditCode, "CITY", unit.id]]);

    const awards = await db.subsidyAward.findMany({ where: { brandId: brand.id }, orderBy: { createdAt: "asc" } });
    expect(awards.map((a) => [a.level, a.amount, a.priorAwarded, a.status])).toEqual([
      ["DISTRICT", 100000, 0, "PROPOSED"],
      ["CITY", 100000, 100000, "PROPOSED"],
    ]);

    const closed = await db.brandPush.findUniqueOrThrow({ where: { id: push.id } });
    expect(closed).toMatchObject({ status: "RECOGNISED", openKey: null, outcomeById: bureau.id, outcomeNote: null });
    const outcomeAudit = await db.auditLog.findFirstOrThrow({ where: { action: "push.recordRecognised" } });
    expect(outcomeAudit).toMatchObject({ entityType: "Brand", entityId: brand.id, fromState: "PUSHED", toState: "RECOGNISED" });
    expect(outcomeAudit.changes).toMatchObject({ documentNo: { to: "市人社发〔2026〕12号" }, openKey: { to: null } });
    expect(await db.auditLog.count({ where: { action: "brand.level-change", entityId: brand.id } })).toBe(2);

    // The brand may now go on to the province; a second outcome of the same push is refused.
    expect((await listPushCandidates({ user: bureau })).map((c) => [c.name, c.fromLevel, c.toLevel])).toEqual([["沣西家政师", "CITY", "PROVINCE"]]);
    const again = await expectNoChange(() => recordPushOutcome({ user: bureau, input: { pushId: push.id, outcome: "NOT_RECOGNISED", outcomeOn: today(), note: "重复" } }), "STALE_STATE");
    expect(again.message).toBe("该推送的结果已登记，请刷新后查看。");
  });

  it("未获认定 needs a note and keeps the level; the brand may be pushed again", async () => {
    const brand = await recognisedBrand({ brandName: "沣东月嫂" });
    const pushId = await pushOne(brand.id);
    const missing = await expectNoChange(() => recordPushOutcome({ user: bureau, input: { pushId, outcome: "NOT_RECOGNISED", outcomeOn: today(), note: "  " } }), "VALIDATION");
    expect(missing.fieldErrors).toEqual({ note: ["未获认定时请填写结果说明"] });

    const result = await recordPushOutcome({ user: bureau, input: { pushId, outcome: "NOT_RECOGNISED", outcomeOn: daysAgo(0), note: "本年度名额已满" } });
    expect(result).toMatchObject({ status: "NOT_RECOGNISED", highestLevel: "DISTRICT", awardId: null });
    expect(result.effects).toBeUndefined();
    const db = testDb();
    expect(await db.brandPush.findUniqueOrThrow({ where: { id: pushId } })).toMatchObject({ status: "NOT_RECOGNISED", outcomeNote: "本年度名额已满", openKey: null });
    expect((await db.brand.findUniqueOrThrow({ where: { id: brand.id } })).highestLevel).toBe("DISTRICT");
    expect(await db.brandRecognition.count({ where: { brandId: brand.id } })).toBe(1);
    expect(await db.subsidyAward.count({ where: { brandId: brand.id } })).toBe(1);
    expect((await db.auditLog.findFirstOrThrow({ where: { action: "push.recordNotRecognised" } })).comment).toBe("本年度名额已满");

    // Pushed again to the same level next year: the openKey was released.
    const second = await pushOne(brand.id);
    expect((await db.brandPush.findUniqueOrThrow({ where: { id: second } })).openKey).toBe(`${brand.id}:CITY`);
  });

  describe("refusals write nothing", () => {
    it("a brand without a level, hidden from the showcase (M2) or already 国家级 cannot be pushed", async () => {
      const db = testDb();
      const revoked = await recognisedBrand({ brandName: "沣西家政师" });
      await db.brand.update({ where: { id: revoked.id }, data: { highestLevel: null } });
      expect((await expectNoChange(() => pushOne(revoked.id), "RULE_VIOLATION")).message).toBe("品牌“沣西家政师”尚未获得认定级别，不能推送");

      const hidden = await recognisedBrand({ brandName: "沣东月嫂" });
      await db.brand.update({ where: { id: hidden.id }, data: { hiddenFromShowcase: true } });
      expect((await expectNoChange(() => pushOne(hidden.id), "RULE_VIOLATION")).message).toContain("已撤销");

      const national = await recognisedBrand({ brandName: "秦汉面点师" });
      await db.brand.update({ where: { id: national.id }, data: { highestLevel: "NATIONAL" } });
      expect((await expectNoChange(() => pushOne(national.id), "RULE_VIOLATION")).message).toContain("已是国家级");

      expect(await listPushCandidates({ user: bureau })).toEqual([]);
      await expectNoChange(() => pushOne("no-such-brand"), "NOT_FOUND");

      // A 市级 title held once and revoked (the brand is back at 新区级) cannot be pushed for again.
      const fallen = await recognisedBrand({ brandName: "空港电工" });
      await db.brandRecognition.create({ data: { brandId: fallen.id, level: "CITY", recognisedOn: new Date(Date.UTC(2025, 0, 1)), source: "PUSH_OUTCOME", status: "REVOKED" } });
      expect((await expectNoChange(() => pushOne(fallen.id), "RULE_VIOLATION")).message).toBe("品牌“空港电工”已有市级认定记录（已撤销），不能再次推送认定同一级别");
      expect(await listPushCandidates({ user: bureau })).toEqual([]);
    });

    it("bad input: no brand, too many, duplicates, no opinion, an opinion too long", async () => {
      const brand = await recognisedBrand({ brandName: "沣西家政师" });
      const bad = async (input: unknown) => (await expectNoChange(() => pushBrands({ user: bureau, input }), "VALIDATION")).fieldErrors;
      expect(await bad({ brandIds: [], opinion: "推荐" })).toEqual({ brandIds: ["请至少选择一个品牌"] });
      expect(await bad({ brandIds: Array.from({ length: 51 }, (_, i) => `b${i}`), opinion: "推荐" })).toEqual({ brandIds: ["一次最多推送 50 个品牌"] });
      expect(await bad({ brandIds: [brand.id, brand.id], opinion: "推荐" })).toEqual({ brandIds: ["推送品牌不能重复选择"] });
      expect(await bad({ brandIds: [brand.id], opinion: "   " })).toEqual({ opinion: ["请填写推荐意见"] });
      expect(await bad({ brandIds: [brand.id], opinion: "长".repeat(1001) })).toEqual({ opinion: ["推荐意见不能超过1000个字符"] });
      expect(await bad("not an object")).toBeDefined();
    });

    it("a second open push of the same brand is a conflict", async () => {
      const brand = await recognisedBrand({ brandName: "沣西家政师" });
      await pushOne(brand.id);
      const error = await expectNoChange(() => pushOne(brand.id, bureau2), "CONFLICT");
      expect(error.message).toBe("品牌“沣西家政师”已有待登记结果的推送，请登记结果后再推送");
    });

    it("an outcome needs a real, past date not before the push, the issuing body, number and this brand's scanned document", async () => {
      const brand = await recognisedBrand({ brandName: "沣西家政师" });
      const other = await recognisedBrand({ owner: qinhanUnit, brandName: "秦汉面点师" });
      const pushId = await pushOne(brand.id);
      const doc = await outcomeDocument(brand.id);
      const othersDoc = await outcomeDocument(other.id);
      const wrongKind = await testDb().brandFile.create({
        data: { brandId: brand.id, kind: "USAGE_VOUCHER", fileName: "凭证.pdf", mimeType: "application/pdf", sizeBytes: 3, sha256: "0".repeat(64), storageKey: `00/${crypto.randomUUID()}`, uploadedById: bureau.id },
      });
      const bad = async (input: Record<string, unknown>) => (await expectNoChange(() => recordPushOutcome({ user: bureau, input }), "VALIDATION")).fieldErrors;

      expect(await bad({ ...recognisedInput(pushId, doc.id), outcomeOn: formatCalendarDate(new Date(storedDateOf(new Date()).getTime() + day)) })).toEqual({ outcomeOn: ["结果日期不能晚于今天"] });
      expect(await bad({ ...recognisedInput(pushId, doc.id), outcomeOn: daysAgo(1) })).toEqual({ outcomeOn: [`结果日期不能早于推送日期（${today()}）`] });
      expect(await bad({ ...recognisedInput(pushId, doc.id), outcomeOn: "2026-02-30" })).toEqual({ outcomeOn: ["请输入有效日期（年-月-日）"] });
      expect(await bad({ pushId, outcome: "RECOGNISED", outcomeOn: today() })).toEqual({
        issuingBody: ["请填写认定机关"],
        documentNo: ["请填写认定文号"],
        documentId: ["获认定时请上传认定文件（扫描件）"],
      });
      expect(await bad(recognisedInput(pushId, othersDoc.id))).toEqual({ documentId: ["认定文件不存在或不属于该品牌，请重新上传"] });
      expect(await bad(recognisedInput(pushId, wrongKind.id))).toEqual({ documentId: ["认定文件不存在或不属于该品牌，请重新上传"] });
      expect(await bad({ ...recognisedInput(pushId, doc.id), issuingBody: "机".repeat(101) })).toEqual({ issuingBody: ["认定机关不能超过100个字符"] });
      expect(await bad({ pushId, outcome: "MAYBE", outcomeOn: today(), note: "?" })).toEqual({ outcome: ["请选择认定结果"] });

      // An outcome for a push that is not there; one for a push already decided.
      await expectNoChange(() => recordPushOutcome({ user: bureau, input: recognisedInput("no-such-push", doc.id) }), "NOT_FOUND");
      await recordPushOutcome({ user: bureau, input: recognisedInput(pushId, doc.id) });
      await expectNoChange(() => recordPushOutcome({ user: bureau, input: recognisedInput(pushId, doc.id) }), "STALE_STATE");
    });

    it("only the bureau pushes, records outcomes and reads the package: a unit, a new city (its own brand or not) and admin are refused", async () => {
      const brand = await recognisedBrand({ brandName: "沣西家政师" });
      const pushId = await pushOne(brand.id);
      const doc = await outcomeDocument(brand.id);
      for (const user of [applicant, fengxi, qinhan, admin]) {
        await expectNoChange(() => pushBrands({ user, input: { brandIds: [brand.id], opinion: "推荐" } }), "FORBIDDEN");
        await expectNoChange(() => recordPushOutcome({ user, input: recognisedInput(pushId, doc.id) }), "FORBIDDEN");
        expect((await refusal(getPushPackage({ user, input: { pushId } }))).code).toBe("FORBIDDEN");
        expect((await refusal(listPushCandidates({ user }))).code).toBe("FORBIDDEN");
      }
      // The bureau sees every brand; a push that does not exist is NOT_FOUND, revealing nothing.
      expect((await refusal(getPushPackage({ user: bureau, input: { pushId: "no-such-push" } }))).code).toBe("NOT_FOUND");
    });

    it("a batch is all or nothing: one brand that may not be pushed stops the whole selection", async () => {
      const db = testDb();
      const a = await recognisedBrand({ brandName: "沣西家政师" });
      const b = await recognisedBrand({ owner: qinhanUnit, brandName: "秦汉面点师" });
      const c = await recognisedBrand({ brandName: "沣东月嫂" });
      await db.brand.update({ where: { id: c.id }, data: { highestLevel: "NATIONAL" } });
      await expectNoChange(() => pushBrands({ user: bureau, input: { brandIds: [a.id, b.id, c.id], opinion: "择优推荐" } }), "RULE_VIOLATION");
      expect(await db.brandPush.count()).toBe(0);

      expect((await listPushCandidates({ user: bureau })).map((x) => x.name).sort()).toEqual(["沣西家政师", "秦汉面点师"].sort());
      const { groupId, pushes } = await pushBrands({ user: bureau, input: { brandIds: [a.id, b.id], opinion: "择优推荐" } });
      expect(pushes.map((p) => p.brandId)).toEqual([a.id, b.id]);
      expect((await db.brandPush.findMany({ select: { groupId: true } })).map((p) => p.groupId)).toEqual([groupId, groupId]);
      expect(await db.auditLog.count({ where: { action: "push.create" } })).toBe(2);
      // Each brand's own new city is told, not the other's.
      const told = (userId: string) => db.notification.count({ where: { userId, title: { contains: "推送至上一级" } } });
      expect(await told(qinhan.id)).toBe(1);
      expect(await told(fengxi.id)).toBe(1);
      expect(await listPushCandidates({ user: bureau })).toEqual([]);
    });
  });

  describe("concurrency", () => {
    it("two officials recording the same outcome at once: exactly one succeeds, one level, one award", async () => {
      const brand = await recognisedBrand({ brandName: "沣西家政师" });
      const pushId = await pushOne(brand.id);
      const doc = await outcomeDocument(brand.id);
      const results = await Promise.allSettled([
        recordPushOutcome({ user: bureau, input: recognisedInput(pushId, doc.id) }),
        recordPushOutcome({ user: bureau2, input: recognisedInput(pushId, doc.id) }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect((loser.reason as AppError).code).toBe("STALE_STATE");
      const db = testDb();
      expect(await db.brandRecognition.count({ where: { brandId: brand.id, level: "CITY" } })).toBe(1);
      expect(await db.subsidyAward.count({ where: { brandId: brand.id, level: "CITY" } })).toBe(1);
      expect(await db.auditLog.count({ where: { action: "push.recordRecognised" } })).toBe(1);
    });

    it("two officials pushing the same brand at once: exactly one push is open", async () => {
      const brand = await recognisedBrand({ brandName: "沣西家政师" });
      const results = await Promise.allSettled([pushOne(brand.id, bureau), pushOne(brand.id, bureau2)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect((loser.reason as AppError).code).toBe("CONFLICT");
      expect(await testDb().brandPush.count()).toBe(1);
      expect(await testDb().auditLog.count({ where: { action: "push.create" } })).toBe(1);
    });
  });

  it("the package lists the recognised application's attachments and the outcome documents; the zip holds each once, uniquely named", async () => {
    const app = await createEligibleApplication({ unit, batchId, status: "RECOMMENDED", brandName: "沣西家政师", withLicense: false });
    const db = testDb();
    for (const [kind, fileName, bytes] of [
      ["BUSINESS_LICENSE", "营业执照.pdf", PDF],
      ["PHOTO", "现场.png", PNG],
      ["PHOTO", "现场.png", PNG],
    ] as const) {
      await db.attachment.create({
        data: { applicationId: app.id, kind, fileName, mimeType: "application/octet-stream", sizeBytes: bytes.byteLength, sha256: "0".repeat(64), storageKey: await storage.put(bytes), uploadedById: applicant.id },
      });
    }
    await approveForPublicity({ user: bureau, input: { applicationId: app.id }, now: new Date(Date.now() - 10 * day) });
    await recogniseApplication({ user: bureau, input: { applicationId: app.id } });
    const brand = await db.brand.findUniqueOrThrow({ where: { name: "沣西家政师" } });
    const pushId = await pushOne(brand.id);
    // The upload keeps only the file's own name (no folders).
    await outcomeDocument(brand.id, "扫描件/市级认定文件.pdf");

    const pkg = await getPushPackage({ user: bureau, input: { pushId } });
    expect(pkg.brand).toMatchObject({ name: "沣西家政师", newCityName: "沣西新城", employedCount: 600, povertyAlleviatedCount: 120, story: "品牌故事" });
    expect(pkg.push).toMatchObject({ fromLevel: "DISTRICT", toLevel: "CITY", opinion: "该品牌带动就业成效突出，择优推荐" });
    expect(pkg.levels.map((l) => [l.level, l.certificateNo?.startsWith("西咸劳务品牌")])).toEqual([["DISTRICT", true]]);
    expect(pkg.leadUnits).toEqual([{ creditCode: unit.creditCode, unitName: unit.name }]);
    const expected = ["营业执照（法人登记证书）-营业执照.pdf", "照片-现场.png", "照片-现场 (2).png", "认定文件-市级认定文件.pdf"];
    expect(pkg.files.map((f) => f.entryName)).toEqual(expected);

    // Names stay one file each inside the zip, whatever the uploader called them.
    expect(uniqueEntryNames([{ kindLabel: "照片", fileName: "a/b.png" }, { kindLabel: "照片", fileName: "A_B.PNG" }, { kindLabel: "照片", fileName: "" }])).toEqual(["照片-a_b.png", "照片-A_B (2).PNG", "照片-file"]);

    // The printed recommendation form carries the brand, its level, lead unit, the opinion, the file list and the seal block.
    const html = renderToStaticMarkup(createElement(PushRecommendationForm, { pkg }));
    const text = html.replace(/<[^>]+>/g, " ");
    for (const expectedText of ["劳务品牌推荐表", "西咸新区推荐参加市级劳务品牌认定", "沣西家政师", "沣西新城", "600", "120", "品牌故事", "新区级", pkg.levels[0]!.certificateNo!, unit.name, unit.creditCode, "新区级 → 市级", "该品牌带动就业成效突出，择优推荐", "营业执照.pdf", "现场.png", "陕西省西咸新区社会事业服务局（盖章）"]) {
      expect(text).toContain(expectedText);
    }
    // The outcome documents go into the zip, not into the application's material list.
    expect(text).not.toContain("市级认定文件.pdf");

    const zip = await readAll(packageZip(pkg.files));
    expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(zipEntryNames(zip)).toEqual(expected);
  });
});
