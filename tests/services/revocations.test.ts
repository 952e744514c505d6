import { beforeEach, describe, expect, it } from "vitest";
import { uploadBrandFile } from "@/lib/server/services/brand-files/upload-brand-file";
import { readBrandFile } from "@/lib/server/services/brand-files/read-brand-file";
import { proposeRevocation } from "@/lib/server/services/revocations/propose-revocation";
import { confirmRevocation } from "@/lib/server/services/revocations/confirm-revocation";
import { withdrawRevocation } from "@/lib/server/services/revocations/withdraw-revocation";
import { listRevocations } from "@/lib/server/services/revocations/list-revocations";
import { getRevocation } from "@/lib/server/services/revocations/get-revocation";
import { revocationsOf } from "@/lib/server/services/applications/eligibility-input";
import { submitApplication } from "@/lib/server/services/applications/submit-application";
import { getPublicBrand } from "@/lib/server/services/public/get-public-brand";
import { queryPublicBrands } from "@/lib/server/services/public/list-public-brands";
import { getPublicOverview } from "@/lib/server/services/public/public-overview";
import { listSitemapEntries } from "@/lib/server/services/public/sitemap-entries";
import { formatCalendarDate } from "@/lib/domain/dates";
import type { SessionUser } from "@/lib/server/session-user";
import { expectRefusedUnchanged, refusal } from "../fixtures/refusals";
import { recognisedBrand } from "../fixtures/brands";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";
import { createBatch, createEligibleApplication } from "../fixtures/applications";
import { PDF } from "../fixtures/files";

type Unit = Awaited<ReturnType<typeof createUnit>>;

/** Every table a revocation writes, so a refusal can be shown to write nothing. */
async function snapshot() {
  const db = testDb();
  const rows = async (p: Promise<unknown[]>) => JSON.stringify(await p);
  return {
    audits: await db.auditLog.count(),
    notifications: await db.notification.count(),
    outbox: await db.outboxMessage.count(),
    revocations: await rows(db.revocation.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, openKey: true, decidedById: true, revokedOn: true } })),
    titles: await rows(db.leadUnitRecognition.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, revokedOn: true } })),
    levels: await rows(db.brandRecognition.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } })),
    plaques: await rows(db.plaque.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } })),
    brands: await rows(db.brand.findMany({ orderBy: { id: "asc" }, select: { id: true, highestLevel: true, hiddenFromShowcase: true } })),
    files: await rows(db.brandFile.findMany({ orderBy: { id: "asc" }, select: { id: true, revocationId: true } })),
  };
}
const expectNoChange = (run: () => Promise<unknown>, code: string) => expectRefusedUnchanged(snapshot, run, code);

const FACTS = "经核查，该单位在2026年度以虚假材料骗取培训补贴，已被人社部门立案查处。";

describe("revocations confirmed by a second official (M1–M3)", () => {
  let unit: Unit;
  let coLead: Unit;
  let otherUnit: Unit;
  let applicant: SessionUser;
  let coApplicant: SessionUser;
  let otherApplicant: SessionUser;
  let fengxi: SessionUser;
  let qinhan: SessionUser;
  let bureau: SessionUser;
  let bureau2: SessionUser;
  let bureau3: SessionUser;
  let admin: SessionUser;

  beforeEach(async () => {
    await resetDatabase();
    unit = await createUnit({ newCityId: "FENGXI", name: "西咸新区好帮手家政服务有限公司", tradeName: "好帮手" });
    coLead = await createUnit({ newCityId: "FENGXI", name: "西咸新区巧手家政服务有限公司", tradeName: "巧手" });
    otherUnit = await createUnit({ newCityId: "QINHAN", name: "西咸新区匠心陶艺培训学校", tradeName: "匠心" });
    applicant = await createSessionUser("APPLICANT_UNIT", { unitId: unit.id });
    coApplicant = await createSessionUser("APPLICANT_UNIT", { unitId: coLead.id });
    otherApplicant = await createSessionUser("APPLICANT_UNIT", { unitId: otherUnit.id });
    fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
    qinhan = await createSessionUser("NEW_CITY_STAFF", { newCityId: "QINHAN" });
    bureau = await createSessionUser("BUREAU_OFFICIAL");
    bureau2 = await createSessionUser("BUREAU_OFFICIAL");
    bureau3 = await createSessionUser("BUREAU_OFFICIAL");
    admin = await createSessionUser("ADMIN");
  });

  /** 沣西家政师, led by `unit` and (optionally) the co-lead unit, recognised at 新区级. */
  async function brandWith({ withCoLead = false, brandName = "沣西家政师" } = {}) {
    const coLeads = withCoLead ? [{ creditCode: coLead.creditCode, name: coLead.name, unitId: coLead.id }] : [];
    const made = await recognisedBrand({ bureau, unit, coLeads, brandName, recognisedAt: new Date("2026-03-20T02:00:00Z") });
    return made.brand;
  }

  async function evidence(brandId: string, fileName = "立案决定书.pdf") {
    return uploadBrandFile({ user: bureau, input: { brandId, kind: "REVOCATION_EVIDENCE", fileName, bytes: PDF } });
  }

  const proposal = (brandId: string, over: Record<string, unknown> = {}) => ({ brandId, creditCode: unit.creditCode, reason: "IMPROPER_RECOGNITION", severe: false, facts: FACTS, evidenceIds: [], ...over });

  async function propose(brandId: string, over: Record<string, unknown> = {}, user = bureau) {
    return proposeRevocation({ user, input: proposal(brandId, over) });
  }

  it("propose → confirm by a second official: the unit's title is revoked, its plaque is to be reclaimed, the ban runs five years (M3), the unit's new application is refused", async () => {
    const brand = await brandWith({ withCoLead: true });
    const file = await evidence(brand.id);
    const db = testDb();
    const proposed = await propose(brand.id, { evidenceIds: [file.id], facts: `  ${FACTS}  ` });
    expect(proposed).toMatchObject({ status: "PROPOSED", creditCode: unit.creditCode, unitName: unit.name, levels: ["DISTRICT"] });
    const row = await db.revocation.findUniqueOrThrow({ where: { id: proposed.id } });
    expect(row).toMatchObject({ status: "PROPOSED", openKey: `${brand.id}:${unit.creditCode}`, unitId: unit.id, proposedById: bureau.id, facts: FACTS, severe: false, reason: "IMPROPER_RECOGNITION" });
    expect((await db.brandFile.findUniqueOrThrow({ where: { id: file.id } })).revocationId).toBe(proposed.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "revocation.propose" } });
    expect(audit).toMatchObject({ entityType: "Brand", entityId: brand.id, actorId: bureau.id, toState: "PROPOSED" });
    // The other officials hear of it; the proposer, the unit and the new city do not.
    for (const other of [bureau2, bureau3]) expect(await db.notification.count({ where: { userId: other.id, title: { contains: "撤销提议待复核" } } })).toBe(1);
    for (const quiet of [bureau, applicant, fengxi]) expect(await db.notification.count({ where: { userId: quiet.id, title: { contains: "撤销" } } })).toBe(0);
    // Nothing revoked yet.
    expect(await db.leadUnitRecognition.count({ where: { brandId: brand.id, status: "ACTIVE" } })).toBe(2);

    const now = new Date("2026-11-10T18:00:00Z"); // 2026-11-11 in Shanghai
    const confirmed = await confirmRevocation({ user: bureau2, input: { revocationId: proposed.id }, now });
    expect(confirmed).toMatchObject({
      status: "CONFIRMED",
      levels: [],
      highestLevel: "DISTRICT",
      leavesShowcase: false,
      ban: { revokedOn: "2026-11-11", banLastDay: "2031-11-10", mayApplyFrom: "2031-11-11" },
    });
    expect(confirmed.leadUnits.map((u) => u.creditCode)).toEqual([unit.creditCode]);
    const after = await db.revocation.findUniqueOrThrow({ where: { id: proposed.id } });
    expect(after).toMatchObject({ status: "CONFIRMED", openKey: null, decidedById: bureau2.id, decidedAt: now });
    expect(formatCalendarDate(after.revokedOn!)).toBe("2026-11-11");
    const title = await db.leadUnitRecognition.findFirstOrThrow({ where: { brandId: brand.id, creditCode: unit.creditCode } });
    expect(title).toMatchObject({ status: "REVOKED", revocationReason: "IMPROPER_RECOGNITION", revocationId: proposed.id });
    expect(await db.plaque.findFirstOrThrow({ where: { leadUnitRecognitionId: title.id } })).toMatchObject({ status: "TO_RECLAIM" });
    // The co-lead keeps its title, the brand its level and plaque.
    expect(await db.leadUnitRecognition.findFirstOrThrow({ where: { brandId: brand.id, creditCode: coLead.creditCode } })).toMatchObject({ status: "ACTIVE" });
    expect(await db.plaque.findFirstOrThrow({ where: { brandId: brand.id, kind: "BRAND" } })).toMatchObject({ status: "ISSUED" });
    expect(await db.auditLog.count({ where: { action: "revocation.confirm", entityId: brand.id, actorId: bureau2.id, fromState: "PROPOSED", toState: "CONFIRMED" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "leadUnit.revoke", entityId: brand.id } })).toBe(1);
    // The lead unit and its new city are told.
    expect(await db.notification.count({ where: { userId: applicant.id, title: { contains: "复核确认撤销" } } })).toBe(1);
    expect(await db.notification.count({ where: { userId: fengxi.id, title: { contains: "复核确认撤销" } } })).toBe(1);
    expect(await db.notification.count({ where: { userId: qinhan.id } })).toBe(0);

    // M3: the ban, through what the submission reads.
    expect(await revocationsOf(db, [unit.creditCode])).toEqual([{ creditCode: unit.creditCode, revokedOn: "2026-11-11", reason: "IMPROPER_RECOGNITION" }]);
    const batch = await createBatch();
    const draft = await createEligibleApplication({ unit, batchId: batch.id, brandName: "沣西月嫂" });
    const refused = await refusal(submitApplication({ user: applicant, input: { applicationId: draft.id, commitment: true } }));
    expect(refused.code).toBe("RULE_VIOLATION");
    expect(JSON.stringify(refused.findings ?? refused.message)).toMatch(/2031-11-11起方可申报/);
  });

  it("severe (M2): every level and title of the brand is revoked, every plaque is to be reclaimed, the brand leaves the showcase at once (lists, page, sitemap, figures)", async () => {
    const brand = await brandWith({ withCoLead: true });
    const db = testDb();
    const before = await queryPublicBrands({ sort: "level", page: 1 });
    expect(before.items.map((b) => b.slug)).toContain(brand.slug);
    expect((await getPublicBrand(brand.slug)).kind).toBe("visible");
    expect((await listSitemapEntries()).brands.map((b) => b.slug)).toContain(brand.slug);
    const overviewBefore = await getPublicOverview();
    expect(overviewBefore.brandsByLevel.DISTRICT).toBe(1);
    expect(overviewBefore.leadUnitCount).toBe(2);

    const proposed = await propose(brand.id, { severe: true, reason: "FORGERY" });
    const confirmed = await confirmRevocation({ user: bureau2, input: { revocationId: proposed.id } });
    expect(confirmed).toMatchObject({ levels: ["DISTRICT"], highestLevel: null, leavesShowcase: true, effects: { brandSlugs: [brand.slug] } });
    expect(await db.brand.findUniqueOrThrow({ where: { id: brand.id } })).toMatchObject({ hiddenFromShowcase: true, highestLevel: null });
    expect(await db.brandRecognition.count({ where: { brandId: brand.id, status: "ACTIVE" } })).toBe(0);
    expect(await db.leadUnitRecognition.count({ where: { brandId: brand.id, status: "ACTIVE" } })).toBe(0);
    const plaques = await db.plaque.findMany({ where: { brandId: brand.id } });
    expect(plaques.length).toBe(3); // the brand's and one per lead unit
    expect(plaques.every((p) => p.status === "TO_RECLAIM")).toBe(true);

    expect((await queryPublicBrands({ sort: "level", page: 1 })).items.map((b) => b.slug)).not.toContain(brand.slug);
    expect(await getPublicBrand(brand.slug)).toEqual({ kind: "absent" });
    expect((await listSitemapEntries()).brands.map((b) => b.slug)).not.toContain(brand.slug);
    const overview = await getPublicOverview();
    expect(overview.brandsByLevel.DISTRICT).toBe(0);
    expect(overview.leadUnitCount).toBe(0);
    expect(overview.employedCount).toBe(0);
  });

  it("not severe, the brand's last lead unit: the level goes with it, the brand page says 已撤销 (no longer shown as recognised)", async () => {
    const brand = await brandWith();
    const proposed = await propose(brand.id);
    const confirmed = await confirmRevocation({ user: bureau2, input: { revocationId: proposed.id } });
    expect(confirmed).toMatchObject({ levels: ["DISTRICT"], highestLevel: null, leavesShowcase: false, effects: { brandSlugs: [brand.slug] } });
    const db = testDb();
    expect(await db.brand.findUniqueOrThrow({ where: { id: brand.id } })).toMatchObject({ hiddenFromShowcase: false, highestLevel: null });
    expect(await getPublicBrand(brand.slug)).toEqual({ kind: "revoked", name: brand.name, slug: brand.slug });
    expect((await queryPublicBrands({ sort: "level", page: 1 })).items.map((b) => b.slug)).not.toContain(brand.slug);
    expect((await db.plaque.findMany({ where: { brandId: brand.id } })).map((p) => p.status)).toEqual(["TO_RECLAIM", "TO_RECLAIM"]);
  });

  it("four eyes: the proposer's confirmation is refused with a clear message, nothing written; a second confirmation is STALE_STATE", async () => {
    const brand = await brandWith();
    const proposed = await propose(brand.id);
    const error = await expectNoChange(() => confirmRevocation({ user: bureau, input: { revocationId: proposed.id } }), "FORBIDDEN");
    expect(error.message).toBe("提议人不能复核确认自己的撤销提议，请由另一位审核员确认。");
    await confirmRevocation({ user: bureau2, input: { revocationId: proposed.id } });
    const again = await expectNoChange(() => confirmRevocation({ user: bureau3, input: { revocationId: proposed.id } }), "STALE_STATE");
    expect(again.message).toMatch(/已被处理/);
    // Nor can the proposer withdraw what is confirmed: irreversible.
    await expectNoChange(() => withdrawRevocation({ user: bureau, input: { revocationId: proposed.id, comment: "误操作" } }), "STALE_STATE");
  });

  it("two officials confirming at once: exactly one succeeds, the other is STALE_STATE, the title is revoked once", async () => {
    const brand = await brandWith();
    const proposed = await propose(brand.id);
    const results = await Promise.allSettled([
      confirmRevocation({ user: bureau2, input: { revocationId: proposed.id } }),
      confirmRevocation({ user: bureau3, input: { revocationId: proposed.id } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toMatchObject({ code: "STALE_STATE" });
    const db = testDb();
    expect(await db.auditLog.count({ where: { action: "revocation.confirm" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "leadUnit.revoke" } })).toBe(1);
  });

  it("withdraw: a reason is required; withdrawn, the openKey is free and a new proposal can be made; a withdrawn one cannot be confirmed", async () => {
    const brand = await brandWith();
    const first = await propose(brand.id);
    await expectNoChange(() => withdrawRevocation({ user: bureau2, input: { revocationId: first.id, comment: "  " } }), "VALIDATION");
    await expectNoChange(() => propose(brand.id, {}, bureau2), "CONFLICT");
    const done = await withdrawRevocation({ user: bureau2, input: { revocationId: first.id, comment: "经复核事实不成立" } });
    expect(done).toEqual({ id: first.id, status: "WITHDRAWN" });
    const db = testDb();
    expect(await db.revocation.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "WITHDRAWN", openKey: null, withdrawNote: "经复核事实不成立", decidedById: bureau2.id });
    expect(await db.auditLog.count({ where: { action: "revocation.withdraw", entityId: brand.id, comment: "经复核事实不成立" } })).toBe(1);
    expect(await db.leadUnitRecognition.count({ where: { brandId: brand.id, status: "ACTIVE" } })).toBe(1);
    await expectNoChange(() => confirmRevocation({ user: bureau3, input: { revocationId: first.id } }), "STALE_STATE");
    const second = await propose(brand.id, { reason: "ILLEGAL_OPERATION" });
    expect(second.status).toBe("PROPOSED");
  });

  it("two officials proposing the same revocation at once: one proposal, the other a clean CONFLICT", async () => {
    const brand = await brandWith();
    const results = await Promise.allSettled([propose(brand.id, {}, bureau), propose(brand.id, {}, bureau2)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "CONFLICT" });
    expect(await testDb().revocation.count()).toBe(1);
  });

  it("bad input is refused with a clear Chinese message and nothing written", async () => {
    const brand = await brandWith();
    const other = (await recognisedBrand({ bureau, unit: otherUnit, brandName: "秦汉面点师" })).brand;
    const noReason = await expectNoChange(() => propose(brand.id, { reason: undefined }), "VALIDATION");
    expect(noReason.fieldErrors?.reason).toEqual(["请选择撤销事由（M1）"]);
    const byEvaluation = await expectNoChange(() => propose(brand.id, { reason: "EVALUATION_FAILED" }), "VALIDATION");
    expect(byEvaluation.fieldErrors?.reason?.[0]).toMatch(/只能由不合格的绩效评估结果撤销/);
    expect((await expectNoChange(() => propose(brand.id, { reason: "NO_SUCH_REASON" }), "VALIDATION")).fieldErrors?.reason).toBeDefined();
    expect((await expectNoChange(() => propose(brand.id, { facts: "违规" }), "VALIDATION")).fieldErrors?.facts?.[0]).toMatch(/至少10个字/);
    expect((await expectNoChange(() => propose(brand.id, { facts: "事".repeat(2001) }), "VALIDATION")).fieldErrors?.facts?.[0]).toMatch(/不能超过2000/);
    expect((await expectNoChange(() => propose(brand.id, { severe: "yes" }), "VALIDATION")).fieldErrors?.severe).toBeDefined();
    // A unit with no title in this brand.
    const noTitle = await expectNoChange(() => propose(brand.id, { creditCode: otherUnit.creditCode }), "RULE_VIOLATION");
    expect(noTitle.message).toMatch(/没有有效的创建引领单位资格/);
    // Evidence: of another brand, of another kind, unknown.
    const foreign = await uploadBrandFile({ user: bureau, input: { brandId: other.id, kind: "REVOCATION_EVIDENCE", fileName: "其他.pdf", bytes: PDF } });
    const outcome = await uploadBrandFile({ user: bureau, input: { brandId: brand.id, kind: "OUTCOME_DOCUMENT", fileName: "文件.pdf", bytes: PDF } });
    for (const id of [foreign.id, outcome.id, "missing"]) {
      expect((await expectNoChange(() => propose(brand.id, { evidenceIds: [id] }), "VALIDATION")).fieldErrors?.evidenceIds?.[0]).toMatch(/证明材料不存在/);
    }
    // Evidence already attached to another proposal.
    const used = await evidence(brand.id);
    await propose(brand.id, { evidenceIds: [used.id] });
    await withdrawRevocation({ user: bureau, input: { revocationId: (await testDb().revocation.findFirstOrThrow()).id, comment: "重新提议" } });
    await expectNoChange(() => propose(brand.id, { evidenceIds: [used.id] }), "VALIDATION");
  });

  it("wrong role and wrong scope are refused for each act, with nothing written", async () => {
    const brand = await brandWith();
    for (const user of [applicant, fengxi, admin]) {
      await expectNoChange(() => propose(brand.id, {}, user), "FORBIDDEN");
    }
    const proposed = await propose(brand.id);
    for (const user of [applicant, fengxi, qinhan, otherApplicant, admin]) {
      await expectNoChange(() => confirmRevocation({ user, input: { revocationId: proposed.id } }), "FORBIDDEN");
      await expectNoChange(() => withdrawRevocation({ user, input: { revocationId: proposed.id, comment: "不该由我撤回" } }), "FORBIDDEN");
    }
    await expectNoChange(() => confirmRevocation({ user: bureau2, input: { revocationId: "no-such-revocation" } }), "NOT_FOUND");
    await expectNoChange(() => propose("no-such-brand", {}, bureau2), "NOT_FOUND");
    // Reads: a proposal is internal to the bureau.
    for (const user of [applicant, fengxi]) {
      expect((await refusal(getRevocation({ user, input: { revocationId: proposed.id } }))).code).toBe("NOT_FOUND");
      expect((await listRevocations({ user, input: {} })).total).toBe(0);
    }
    expect((await listRevocations({ user: bureau2, input: { status: "PROPOSED" } })).total).toBe(1);
  });

  it("lists and details within scope: the bureau all; a new city the confirmed revocations of its brands; a unit only its own; filters in the query", async () => {
    const brand = await brandWith({ withCoLead: true });
    const other = (await recognisedBrand({ bureau, unit: otherUnit, brandName: "秦汉面点师" })).brand;
    const own = await propose(brand.id, { reason: "FORGERY" });
    await confirmRevocation({ user: bureau2, input: { revocationId: own.id }, now: new Date("2026-06-01T04:00:00Z") });
    const co = await propose(brand.id, { creditCode: coLead.creditCode });
    const far = await proposeRevocation({ user: bureau, input: { ...proposal(other.id), creditCode: otherUnit.creditCode, severe: true } });
    await confirmRevocation({ user: bureau2, input: { revocationId: far.id } });

    const ids = async (user: SessionUser, input: Record<string, unknown> = {}) => (await listRevocations({ user, input })).rows.map((r) => r.id).sort();
    expect(await ids(bureau)).toEqual([own.id, co.id, far.id].sort());
    expect(await ids(admin)).toEqual([own.id, co.id, far.id].sort());
    expect(await ids(fengxi)).toEqual([own.id]);
    expect(await ids(qinhan)).toEqual([far.id]);
    expect(await ids(applicant)).toEqual([own.id]);
    expect(await ids(coApplicant)).toEqual([]);
    expect(await ids(otherApplicant)).toEqual([far.id]);
    expect(await ids(bureau, { status: "PROPOSED" })).toEqual([co.id]);
    expect(await ids(bureau, { severe: "true" })).toEqual([far.id]);
    expect(await ids(bureau, { reason: "FORGERY" })).toEqual([own.id]);
    expect(await ids(bureau, { newCityId: "QINHAN" })).toEqual([far.id]);
    expect(await ids(bureau, { year: "2026" })).toHaveLength(3);
    expect(await ids(bureau, { year: "2020" })).toEqual([]);
    // Bad filters are ignored, never widened beyond scope.
    expect(await ids(fengxi, { status: "PROPOSED", severe: "maybe" })).toEqual([]);

    const list = await listRevocations({ user: bureau, input: { status: "CONFIRMED", reason: "FORGERY" } });
    expect(list.rows[0]).toMatchObject({ brandName: "沣西家政师", unitName: unit.name, reason: "FORGERY", status: "CONFIRMED", revokedOn: "2026-06-01", banLastDay: "2031-05-31" });

    const detail = await getRevocation({ user: bureau, input: { revocationId: co.id } });
    expect(detail.mayConfirm).toBe(false); // bureau proposed it
    expect(detail.effect).toMatchObject({ titles: [{ level: "DISTRICT", unitName: coLead.name }], leavesShowcase: false, ban: { banLastDay: expect.any(String) } });
    const detail2 = await getRevocation({ user: bureau2, input: { revocationId: co.id } });
    expect(detail2.mayConfirm).toBe(true);
    // The co-lead is now the brand's last lead unit: its confirmation would take the level too.
    expect(detail2.effect?.levels).toEqual(["DISTRICT"]);
    const seen = await getRevocation({ user: applicant, input: { revocationId: own.id } });
    expect(seen).toMatchObject({ status: "CONFIRMED", evidence: [], mayConfirm: false, mayWithdraw: false });
  });

  it("evidence is read by bureau officials only, not by the unit or its new city", async () => {
    const brand = await brandWith();
    const file = await evidence(brand.id);
    await propose(brand.id, { evidenceIds: [file.id] });
    expect((await readBrandFile({ user: bureau2, input: { fileId: file.id } })).fileName).toBe("立案决定书.pdf");
    for (const user of [applicant, fengxi]) {
      expect((await refusal(readBrandFile({ user, input: { fileId: file.id } }))).code).toBe("NOT_FOUND");
    }
  });
});

