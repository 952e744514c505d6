import { beforeEach, describe, expect, it } from "vitest";
import { queryPublicBrands } from "@/lib/server/services/public/list-public-brands";
import { getPublicBrand } from "@/lib/server/services/public/get-public-brand";
import { findPublicPhoto } from "@/lib/server/services/public/public-photo";
import { getPublicOverview } from "@/lib/server/services/public/public-overview";
import { getPublicityNotice, listPublicityNotices, listRecognitionResults } from "@/lib/server/services/public/list-publicity-notices";
import { listSitemapEntries } from "@/lib/server/services/public/sitemap-entries";
import { parseBrandListQuery } from "@/lib/domain/brand-list-query";
import { createUnit, resetDatabase, testDb } from "../fixtures/db";

type Level = "DISTRICT" | "CITY" | "PROVINCE" | "NATIONAL";
const LEVELS: Level[] = ["DISTRICT", "CITY", "PROVINCE", "NATIONAL"];
let certificate = 0;
let created = 0;

/** A brand recognised up to `level` (one recognition per level), as the workflow would leave it. */
async function brand({
  name,
  level = "DISTRICT",
  category = "HIGH_QUALITY_SERVICE",
  newCityId = "FENGXI",
  employedCount = 600,
  hidden = false,
  revoked = false,
  story = null,
  skills = null,
  leadUnits = ["西咸新区测试服务有限公司"],
}: {
  name: string;
  level?: Level;
  category?: "HIGH_QUALITY_SERVICE" | "MID_HIGH_SKILL" | "CULTURE_TOURISM" | "LIVELIHOOD_SECURITY";
  newCityId?: string;
  employedCount?: number;
  hidden?: boolean;
  revoked?: boolean;
  story?: string | null;
  skills?: string | null;
  leadUnits?: string[];
}) {
  const db = testDb();
  const b = await db.brand.create({
    data: { name, slug: name, createdAt: new Date(Date.UTC(2026, 0, 1) + (created += 1) * 60_000), category, newCityId, highestLevel: revoked ? null : level, hiddenFromShowcase: hidden, employedCount, povertyAlleviatedCount: 50, story, skills },
  });
  for (const l of LEVELS.slice(0, LEVELS.indexOf(level) + 1)) {
    certificate += 1;
    const r = await db.brandRecognition.create({
      data: {
        brandId: b.id,
        level: l,
        recognisedOn: new Date(Date.UTC(2022 + LEVELS.indexOf(l), 2, 1)),
        certificateNo: `T-${certificate}`,
        status: revoked ? "REVOKED" : "ACTIVE",
      },
    });
    for (const [i, unitName] of leadUnits.entries()) {
      await db.leadUnitRecognition.create({
        data: { recognitionId: r.id, brandId: b.id, creditCode: `CODE-${name}-${i}`, unitName, level: l, recognisedOn: r.recognisedOn, status: revoked ? "REVOKED" : "ACTIVE" },
      });
    }
  }
  return b;
}

async function recognisedApplication(brandId: string, brandName: string) {
  const db = testDb();
  const unit = await createUnit();
  const batch = await db.batch.create({ data: { year: 2026, title: "批次", opensAt: new Date("2026-01-01"), closesAt: new Date("2026-12-31") } });
  return db.application.create({ data: { batchId: batch.id, unitId: unit.id, newCityId: unit.newCityId, brandId, brandName, status: "RECOGNISED" } });
}

let keySeq = 0;
async function attachment(applicationId: string, kind: "PHOTO" | "TRAINING_LEDGER", isPublic: boolean, mimeType = "image/jpeg") {
  keySeq += 1;
  return testDb().attachment.create({
    data: { applicationId, kind, isPublic, fileName: "a.jpg", mimeType, sizeBytes: 10, sha256: "x".repeat(64), storageKey: `ab/00000000-0000-0000-0000-${String(keySeq).padStart(12, "0")}`, uploadedById: "u" },
  });
}

const q = (params: Record<string, string> = {}) => parseBrandListQuery(params);

describe("品牌展示 (public brand list)", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("shows only recognised brands that are not hidden from the showcase (P1, M2)", async () => {
    await brand({ name: "沣西家政师" });
    await brand({ name: "秦汉陶艺匠", revoked: true });
    await brand({ name: "空港月嫂", hidden: true });
    await brand({ name: "泾河面点师", hidden: true, revoked: true });
    const page = await queryPublicBrands(q());
    expect(page.items.map((b) => b.name)).toEqual(["沣西家政师"]);
    expect(page.total).toBe(1);
  });

  it("filters by category, level and new city, and searches name and skills", async () => {
    await brand({ name: "沣西家政师", category: "HIGH_QUALITY_SERVICE", level: "CITY", newCityId: "FENGXI", skills: "家政服务与收纳" });
    await brand({ name: "秦汉陶艺匠", category: "CULTURE_TOURISM", level: "DISTRICT", newCityId: "QINHAN", story: "陶艺传承" });
    await brand({ name: "空港物流工", category: "MID_HIGH_SKILL", level: "PROVINCE", newCityId: "KONGGANG" });
    const names = async (params: Record<string, string>) => (await queryPublicBrands(q(params))).items.map((b) => b.name);
    expect(await names({ category: "CULTURE_TOURISM" })).toEqual(["秦汉陶艺匠"]);
    expect(await names({ level: "PROVINCE" })).toEqual(["空港物流工"]);
    expect(await names({ city: "FENGXI" })).toEqual(["沣西家政师"]);
    expect(await names({ q: "陶艺" })).toEqual(["秦汉陶艺匠"]);
    expect(await names({ q: "收纳" })).toEqual(["沣西家政师"]);
    expect(await names({ q: "不存在" })).toEqual([]);
    // Unknown filter values are ignored rather than failing.
    expect((await names({ category: "DROP TABLE", level: "x", city: "<b>", sort: "evil" })).length).toBe(3);
  });

  it("sorts by level (highest first, then people employed), people employed, pinyin name, and recency", async () => {
    await brand({ name: "沣西家政师", level: "DISTRICT", employedCount: 900 });
    await brand({ name: "秦汉陶艺匠", level: "NATIONAL", employedCount: 700 });
    await brand({ name: "空港物流工", level: "CITY", employedCount: 5000 });
    await brand({ name: "泾河面点师", level: "CITY", employedCount: 3500 });
    const names = async (sort: string) => (await queryPublicBrands(q({ sort }))).items.map((b) => b.name);
    expect(await names("level")).toEqual(["秦汉陶艺匠", "空港物流工", "泾河面点师", "沣西家政师"]);
    expect(await names("employed")).toEqual(["空港物流工", "泾河面点师", "沣西家政师", "秦汉陶艺匠"]);
    // Pinyin: fēng, jīng, kōng, qín.
    expect(await names("name")).toEqual(["沣西家政师", "泾河面点师", "空港物流工", "秦汉陶艺匠"]);
    expect(await names("recent")).toEqual(["泾河面点师", "空港物流工", "秦汉陶艺匠", "沣西家政师"]);
  });

  it("pages by 12, and a page past the end shows the last page instead of failing", async () => {
    for (let i = 0; i < 14; i += 1) await brand({ name: `沣西家政师${String(i).padStart(2, "0")}`, employedCount: 1000 - i });
    const first = await queryPublicBrands(q());
    expect([first.total, first.pageCount, first.items.length, first.clamped]).toEqual([14, 2, 12, false]);
    const second = await queryPublicBrands(q({ page: "2" }));
    expect(second.items.map((b) => b.name)).toEqual(["沣西家政师12", "沣西家政师13"]);
    const beyond = await queryPublicBrands(q({ page: "999" }));
    expect([beyond.page, beyond.clamped, beyond.items.length]).toEqual([2, true, 2]);
    expect((await queryPublicBrands(q({ page: "-3" }))).page).toBe(1);
  });

  it("a card carries public fields only", async () => {
    await brand({ name: "沣西家政师", story: "故事" });
    const [card] = (await queryPublicBrands(q())).items;
    expect(Object.keys(card ?? {}).sort()).toEqual(["category", "employedCount", "highestLevel", "name", "newCityId", "newCityName", "slug", "summary"]);
  });
});

describe("品牌详情 (public brand page)", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("shows the profile, level history and active lead units, and nothing private", async () => {
    const b = await brand({ name: "秦汉陶艺匠", level: "CITY", leadUnits: ["西咸新区匠心陶艺职业技能培训学校", "秦汉陶艺协会"] });
    // A revoked lead unit does not appear.
    const district = await testDb().brandRecognition.findFirstOrThrow({ where: { brandId: b.id, level: "DISTRICT" } });
    await testDb().leadUnitRecognition.create({
      data: { recognitionId: district.id, brandId: b.id, creditCode: "REVOKED-1", unitName: "被撤销单位", level: "DISTRICT", recognisedOn: district.recognisedOn, status: "REVOKED" },
    });
    const result = await getPublicBrand("秦汉陶艺匠");
    expect(result.kind).toBe("visible");
    if (result.kind !== "visible") return;
    expect(result.brand.highestLevel).toBe("CITY");
    expect(result.brand.recognitions.map((r) => [r.level, r.recognisedOn, r.status])).toEqual([
      ["DISTRICT", "2022-03-01", "ACTIVE"],
      ["CITY", "2023-03-01", "ACTIVE"],
    ]);
    expect(result.brand.leadUnits).toEqual([
      { name: "西咸新区匠心陶艺职业技能培训学校", level: "CITY" },
      { name: "秦汉陶艺协会", level: "CITY" },
    ]);
    const json = JSON.stringify(result);
    for (const secret of ["13800000000", "contactPhone", "creditCode", "CODE-", "被撤销单位", "storageKey", "hiddenFromShowcase"]) expect(json).not.toContain(secret);
  });

  it("hidden (M2) → absent (404); every recognition revoked → a revoked notice; unknown → absent", async () => {
    await brand({ name: "空港月嫂", hidden: true });
    await brand({ name: "泾河面点师", revoked: true });
    expect(await getPublicBrand("空港月嫂")).toEqual({ kind: "absent" });
    expect(await getPublicBrand("泾河面点师")).toEqual({ kind: "revoked", name: "泾河面点师", slug: "泾河面点师" });
    expect(await getPublicBrand("没有这个品牌")).toEqual({ kind: "absent" });
    expect(await getPublicBrand("<script>alert(1)</script>")).toEqual({ kind: "absent" });
    expect(await getPublicBrand("x".repeat(500))).toEqual({ kind: "absent" });
  });

  it("serves only photos marked public on the recognised application of a visible brand", async () => {
    const visible = await brand({ name: "沣西家政师" });
    const hidden = await brand({ name: "空港月嫂", hidden: true });
    const app = await recognisedApplication(visible.id, visible.name);
    const publicPhoto = await attachment(app.id, "PHOTO", true);
    const privatePhoto = await attachment(app.id, "PHOTO", false);
    const publicLedger = await attachment(app.id, "TRAINING_LEDGER", true, "application/pdf");
    const hiddenApp = await recognisedApplication(hidden.id, hidden.name);
    const hiddenPhoto = await attachment(hiddenApp.id, "PHOTO", true);

    const result = await getPublicBrand("沣西家政师");
    expect(result.kind === "visible" && result.brand.photoIds).toEqual([publicPhoto.id]);
    expect(await findPublicPhoto(publicPhoto.id)).not.toBeNull();
    for (const a of [privatePhoto, publicLedger, hiddenPhoto]) expect(await findPublicPhoto(a.id)).toBeNull();
    expect(await findPublicPhoto("../../etc/passwd")).toBeNull();

    // Once the brand is revoked its photos stop being served.
    await testDb().brand.update({ where: { id: visible.id }, data: { highestLevel: null } });
    expect(await findPublicPhoto(publicPhoto.id)).toBeNull();
  });
});

describe("首页、公示公告与站点地图 (overview, notices, sitemap)", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("counts only visible brands: per level, distinct active lead units, people employed", async () => {
    await brand({ name: "沣西家政师", level: "DISTRICT", employedCount: 600, leadUnits: ["甲公司", "乙公司"] });
    await brand({ name: "秦汉陶艺匠", level: "PROVINCE", employedCount: 6000, leadUnits: ["丙学校"] });
    await brand({ name: "空港月嫂", hidden: true, employedCount: 9999, leadUnits: ["丁公司"] });
    await brand({ name: "泾河面点师", revoked: true, employedCount: 8888, leadUnits: ["戊公司"] });
    const o = await getPublicOverview();
    expect(o.brandCount).toBe(2);
    expect(o.brandsByLevel).toEqual({ DISTRICT: 1, CITY: 0, PROVINCE: 1, NATIONAL: 0 });
    expect(o.leadUnitCount).toBe(3);
    expect(o.employedCount).toBe(6600);
    expect(o.featured.map((b) => b.name)).toEqual(["秦汉陶艺匠", "沣西家政师"]);
  });

  it("lists notices (not those of a hidden brand), recognition results and sitemap entries of visible brands", async () => {
    const visible = await brand({ name: "沣西家政师" });
    const hidden = await brand({ name: "空港月嫂", hidden: true });
    const appVisible = await recognisedApplication(visible.id, visible.name);
    const appHidden = await recognisedApplication(hidden.id, hidden.name);
    const pending = await recognisedApplication(visible.id, "秦汉新品牌匠");
    await testDb().application.update({ where: { id: pending.id }, data: { status: "IN_PUBLICITY", brandId: null } });
    const mk = (applicationId: string, title: string, days: number) =>
      testDb().publicityNotice.create({
        data: { applicationId, title, body: "公示正文。如有异议，请书面反映。", startsAt: new Date(Date.now() - days * 86_400_000), endsAt: new Date(Date.now() + 86_400_000), publishedById: "u" },
      });
    const n1 = await mk(appVisible.id, "关于“沣西家政师”的公示", 10);
    const n2 = await mk(appHidden.id, "关于“空港月嫂”的公示", 9);
    const n3 = await mk(pending.id, "关于“秦汉新品牌匠”的公示", 1);
    expect((await listPublicityNotices()).map((n) => n.id)).toEqual([n3.id, n1.id]);
    expect((await getPublicityNotice(n1.id))?.brandSlug).toBe("沣西家政师");
    expect((await getPublicityNotice(n3.id))?.brandSlug).toBeNull();
    expect(await getPublicityNotice(n2.id)).toBeNull();
    expect(await getPublicityNotice("<script>")).toBeNull();
    expect((await listRecognitionResults()).map((r) => r.brandName)).toEqual(["沣西家政师"]);
    const sitemap = await listSitemapEntries();
    expect(sitemap.brands.map((b) => b.slug)).toEqual(["沣西家政师"]);
    expect(sitemap.notices.map((n) => n.id).sort()).toEqual([n1.id, n3.id].sort());
  });
});
