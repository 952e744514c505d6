// Demo data for revocations (撤销, RULES.md M1–M3), confirmed by a second official:
//
//   bureau2 (新区社会事业服务局（复核员）): the second bureau official the four-eyes rule needs.
//   沣西保洁员 (沣西新城, two lead units, recognised 2025-06-20): 洁美物业's title revoked for
//     拒不整改 — proposed by bureau on 2026-10-08, confirmed by bureau2 on 2026-10-15 (not severe:
//     the co-lead keeps the brand recognised; 洁美 is barred through 2031-10-14, M3).
//   空港厨师 (空港新城, one lead unit, recognised 2025-06-20): a proposal by bureau on 2026-11-20,
//     with its evidence, waiting for a second official.
//   秦汉陶艺师 (秦汉新城, one lead unit, recognised 2025-06-20): untouched, the target of the
//     Playwright journey (tests/e2e/revocation.spec.ts: severe revocation → off the showcase).
//
// Runs the real services with their business dates, like prisma/seed-brands.ts. Idempotent:
// skipped when the brands exist (the account is upserted every time).
import type { Db } from "../lib/server/db/client";
import type { SessionUser } from "../lib/server/session-user";
import { confirmRevocation } from "../lib/server/services/revocations/confirm-revocation";
import { proposeRevocation } from "../lib/server/services/revocations/propose-revocation";
import { uploadBrandFile } from "../lib/server/services/brand-files/upload-brand-file";
import { at, demoPdf, recognise, type DemoBrand } from "./seed-brands";

export const DEMO_SECOND_BUREAU = { loginName: "bureau2", displayName: "新区社会事业服务局（复核员）", role: "BUREAU_OFFICIAL", newCityId: null } as const;

// Credit codes with valid GB 32100 and GB 11714 check characters (made up, not real units).
export const DEMO_REVOCATION_UNITS = [
  {
    creditCode: "91611105MA6RW02Q2M",
    name: "西咸新区洁美物业服务有限公司",
    tradeName: "洁美",
    type: "ENTERPRISE",
    newCityId: "FENGXI",
    registrationDate: "2016-04-12",
    address: "陕西省西咸新区沣西新城康定路20号",
    contactName: "刘芳",
    contactPhone: "13609185566",
  },
  {
    creditCode: "91611103MA7RW01X5P",
    name: "陕西空港香满楼餐饮有限公司",
    tradeName: "香满楼",
    type: "ENTERPRISE",
    newCityId: "KONGGANG",
    registrationDate: "2015-10-09",
    address: "陕西省西咸新区空港新城北杜街道机场大道6号",
    contactName: "陈刚",
    contactPhone: "18991207788",
  },
  {
    creditCode: "91611104MA6RW03KXB",
    name: "西咸新区秦砖陶艺文化传播有限公司",
    tradeName: "秦砖",
    type: "ENTERPRISE",
    newCityId: "QINHAN",
    registrationDate: "2014-06-30",
    address: "陕西省西咸新区秦汉新城窑店街道渭城路3号",
    contactName: "马骏",
    contactPhone: "13389104455",
  },
] as const;

const CO_LEAD = { creditCode: "91611105MA6RW04TXN", name: "西咸新区净邦家政服务有限公司", tradeName: "净邦", registrationDate: "2017-02-21", contribution: "承担保洁员岗前培训与用工对接。" };

const narratives = (what: string) => ({
  brandDescription: `${what}立足西咸新区，培训输送${what}，以规范服务、稳定就业著称。`,
  businessDescription: `${what}培训、劳务派遣与用工对接。`,
  trainingDescription: `开设${what}初级、中级课程，理论与实操并重，年培训 300 余人次。`,
  transferDescription: "与 20 余家用工单位签订用工协议，订单式培训、定向输转。",
  postPlacementDescription: "建立务工人员回访台账，提供劳动权益咨询和再培训服务。",
});
const FIGURES = { employedCount: 720, povertyAlleviatedCount: 160, trainedCount: 320, passedCount: 260 };

export async function seedDemoRevocations({ db, sessionOf, passwordHash }: { db: Db; sessionOf: (loginName: string) => Promise<SessionUser>; passwordHash: string }) {
  await db.user.upsert({ where: { loginName: DEMO_SECOND_BUREAU.loginName }, update: {}, create: { ...DEMO_SECOND_BUREAU, passwordHash } });
  for (const unit of DEMO_REVOCATION_UNITS) {
    const { registrationDate, ...rest } = unit;
    const saved = await db.unit.upsert({ where: { creditCode: unit.creditCode }, update: {}, create: { ...rest, registrationDate: new Date(`${registrationDate}T00:00:00.000Z`) } });
    await db.user.upsert({ where: { loginName: unit.creditCode }, update: {}, create: { loginName: unit.creditCode, displayName: unit.name, role: "APPLICANT_UNIT", unitId: saved.id, passwordHash } });
  }
  if ((await db.brand.count({ where: { name: { in: ["沣西保洁员", "空港厨师", "秦汉陶艺师"] } } })) > 0) return { skipped: true };

  const bureau = await sessionOf("bureau");
  const bureau2 = await sessionOf(DEMO_SECOND_BUREAU.loginName);
  const batch =
    (await db.batch.findFirst({ where: { title: "2025年度西咸新区劳务品牌申报" } })) ??
    (await db.batch.create({ data: { year: 2025, title: "2025年度西咸新区劳务品牌申报", opensAt: at("2025-04-01", "00:00"), closesAt: at("2025-05-31", "18:00") } }));
  const make = async (unit: (typeof DEMO_REVOCATION_UNITS)[number], brandName: string, what: string, category: string, coLeads: DemoBrand["coLeads"] = []) =>
    recognise({
      db,
      bureau,
      newCity: await sessionOf(unit.newCityId.toLowerCase()),
      batchId: batch.id,
      brand: { brandName, applicant: await sessionOf(unit.creditCode), category, coLeads, figures: FIGURES, narratives: narratives(what) },
    });

  const baojie = await make(DEMO_REVOCATION_UNITS[0], "沣西保洁员", "保洁员", "LIVELIHOOD_SECURITY", [CO_LEAD]);
  const chushi = await make(DEMO_REVOCATION_UNITS[1], "空港厨师", "厨师", "MID_HIGH_SKILL");
  const taoyi = await make(DEMO_REVOCATION_UNITS[2], "秦汉陶艺师", "陶艺师", "CULTURE_TOURISM");

  const evidence = async (brandId: string, fileName: string, date: string) =>
    (await uploadBrandFile({ user: bureau, input: { brandId, kind: "REVOCATION_EVIDENCE", fileName, bytes: demoPdf(`${brandId} ${fileName}`) }, now: at(date, "09:00") })).id;

  const confirmed = await proposeRevocation({
    user: bureau,
    input: {
      brandId: baojie.id,
      creditCode: DEMO_REVOCATION_UNITS[0].creditCode,
      reason: "REFUSED_RECTIFICATION",
      severe: false,
      facts: "2026年7月专项检查发现该单位培训台账与实际不符，责令限期30日整改；整改期满复查仍未达标，且拒不提交整改报告。",
      evidenceIds: [await evidence(baojie.id, "整改通知书.pdf", "2026-10-08"), await evidence(baojie.id, "复查记录.pdf", "2026-10-08")],
    },
    now: at("2026-10-08", "10:00"),
  });
  await confirmRevocation({ user: bureau2, input: { revocationId: confirmed.id }, now: at("2026-10-15", "15:30") });

  await proposeRevocation({
    user: bureau,
    input: {
      brandId: chushi.id,
      creditCode: DEMO_REVOCATION_UNITS[1].creditCode,
      reason: "FALSE_PUBLICITY_OR_DAMAGE",
      severe: false,
      facts: "该单位在招生宣传中擅自使用“国家级劳务品牌”称号，虚假宣传，经群众举报核实。",
      evidenceIds: [await evidence(chushi.id, "宣传单页截图.pdf", "2026-11-20")],
    },
    now: at("2026-11-20", "11:00"),
  });
  return { skipped: false, brandIds: [baojie.id, chushi.id, taoyi.id] };
}
