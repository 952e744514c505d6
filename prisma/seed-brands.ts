// Demo data for a brand's life after recognition (issue: pushes, levels, subsidies): two brands of
// the 2025 batch taken through the real use cases with their business dates, so that every page
// of the brand area shows believable data on `npm run dev`:
//
//   沣东面点师 (沣东新城, two lead units): recognised 2025-06-20, its 10万 award approved and split
//     6万/4万, both shares paid and confirmed, use reports filed (one accepted, one waiting);
//     pushed to 市级 and recognised by the city on 2025-12-15, whose 10万 top-up award (S4) waits
//     for approval.
//   泾河电工 (泾河新城, one lead unit): recognised 2025-06-20, its award allocated at approval,
//     half of it paid on 2025-07-20 and no use report since (overdue, S8); pushed to 市级 and
//     waiting for the city's decision.
//   沣东育婴员 (沣东新城, two lead units): recognised 2026-11-12; its 10万 award waits for the
//     bureau's approval (the Playwright journey of the brand's life starts from it).
//
// Runs the services themselves (tsx --conditions=react-server, so their "server-only" marker
// loads), so the data passes every rule and carries its audit trail. Idempotent: skipped when
// the demo brands exist.
import { createHash } from "node:crypto";
import type { Db } from "../lib/server/db/client";
import type { SessionUser } from "../lib/server/session-user";
import { APPLICATION_DECLARATIONS, UNIT_DECLARATIONS } from "../lib/eligibility";
import { createApplication } from "../lib/server/services/applications/create-application";
import { saveApplicationStep } from "../lib/server/services/applications/save-application-step";
import { submitApplication } from "../lib/server/services/applications/submit-application";
import { recommendApplication } from "../lib/server/services/applications/recommend-application";
import { approveForPublicity } from "../lib/server/services/applications/approve-for-publicity";
import { recogniseApplication } from "../lib/server/services/applications/recognise-application";
import { uploadAttachment } from "../lib/server/services/attachments/upload-attachment";
import { uploadBrandFile } from "../lib/server/services/brand-files/upload-brand-file";
import { approveAward } from "../lib/server/services/subsidies/approve-award";
import { allocateAward } from "../lib/server/services/subsidies/allocate-award";
import { recordPayment } from "../lib/server/services/subsidies/record-payment";
import { confirmPaymentReceipt } from "../lib/server/services/subsidies/confirm-payment-receipt";
import { pushBrands } from "../lib/server/services/pushes/push-brands";
import { recordPushOutcome } from "../lib/server/services/pushes/record-push-outcome";
import { submitUsageReport } from "../lib/server/services/usage-reports/submit-usage-report";
import { reviewUsageReport } from "../lib/server/services/usage-reports/review-usage-report";

/** 09:30 Shanghai on a calendar date (a believable office hour for each step). */
export const at = (date: string, time = "09:30") => new Date(`${date}T${time}:00+08:00`);
const allTrue = (list: readonly { key: string }[]) => Object.fromEntries(list.map((d) => [d.key, true]));

// A small but valid PDF, so the demo's attachments open in a browser.
export function demoPdf(title: string): Uint8Array {
  const text = `%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n% ${createHash("sha256").update(title).digest("hex")}\ntrailer <</Root 1 0 R>>\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

export const DEMO_BRAND_UNITS = [
  {
    creditCode: "91611104MA6TG8XK7A",
    name: "西咸新区秦味餐饮管理有限公司",
    tradeName: "秦味",
    type: "ENTERPRISE",
    newCityId: "FENGDONG",
    registrationDate: "2017-08-08",
    address: "陕西省西咸新区沣东新城三桥街道建章路66号",
    contactName: "赵婷",
    contactPhone: "13709181234",
  },
  {
    creditCode: "52611104MJU2835F22",
    name: "西咸新区福瑞职业技能培训学校",
    tradeName: "福瑞",
    type: "VOCATIONAL_TRAINING_INSTITUTION",
    newCityId: "FENGDONG",
    registrationDate: "2014-03-18",
    address: "陕西省西咸新区沣东新城王寺街道丰产路9号",
    contactName: "孙立",
    contactPhone: "029-33601122",
  },
  {
    creditCode: "91611106MA6U4NRJ7A",
    name: "西咸新区泾渭人力资源服务有限公司",
    tradeName: "泾渭",
    type: "HR_SERVICE_AGENCY",
    newCityId: "JINGHE",
    registrationDate: "2018-11-02",
    address: "陕西省西咸新区泾河新城泾干大街18号",
    contactName: "周强",
    contactPhone: "18629031234",
  },
] as const;

export type DemoBrand = {
  brandName: string;
  applicant: SessionUser;
  coLeads: { creditCode: string; name: string; tradeName: string; registrationDate: string; contribution: string }[];
  figures: { employedCount: number; povertyAlleviatedCount: number; trainedCount: number; passedCount: number };
  narratives: { brandDescription: string; businessDescription: string; trainingDescription: string; transferDescription: string; postPlacementDescription: string };
  category: string;
};

/** One application of the 2025 batch, from draft to 新区级, each step on its own date. */
type Dates = { draft: string; submit: string; recommend: string; publicity: string; recognise: string };
const DATES_2025: Dates = { draft: "2025-04-08", submit: "2025-04-12", recommend: "2025-04-25", publicity: "2025-06-10", recognise: "2025-06-20" };

export async function recognise({ db, brand, newCity, bureau, batchId, dates = DATES_2025 }: { db: Db; brand: DemoBrand; newCity: SessionUser; bureau: SessionUser; batchId: string; dates?: Dates }) {
  const user = brand.applicant;
  const { id } = await createApplication({ user, input: { batchId }, now: at(dates.draft) });
  await saveApplicationStep({ user, input: { applicationId: id, step: "brand", data: { brandName: brand.brandName, category: brand.category } }, now: at(dates.draft, "10:10") });
  await saveApplicationStep({
    user,
    input: {
      applicationId: id,
      step: "leadUnits",
      data: {
        applicant: { declarations: allTrue(UNIT_DECLARATIONS), contribution: "牵头创建，负责品牌运营、技能培训与就业输转。" },
        coLeadUnits: brand.coLeads.map((c) => ({ ...c, declarations: allTrue(UNIT_DECLARATIONS) })),
      },
    },
    now: at(dates.draft, "10:40"),
  });
  await saveApplicationStep({ user, input: { applicationId: id, step: "figures", data: brand.figures }, now: at(dates.draft, "14:00") });
  await saveApplicationStep({ user, input: { applicationId: id, step: "narratives", data: brand.narratives }, now: at(dates.draft, "15:00") });
  await saveApplicationStep({ user, input: { applicationId: id, step: "declarations", data: { declarations: allTrue(APPLICATION_DECLARATIONS) } }, now: at(dates.draft, "16:00") });
  await uploadAttachment({ user, input: { applicationId: id, kind: "BUSINESS_LICENSE", fileName: "营业执照.pdf", bytes: demoPdf(`${brand.brandName} 营业执照`) } });
  await uploadAttachment({ user, input: { applicationId: id, kind: "EMPLOYMENT_LEDGER", fileName: "带动就业台账.pdf", bytes: demoPdf(`${brand.brandName} 就业台账`) } });
  await submitApplication({ user, input: { applicationId: id, commitment: true }, now: at(dates.submit) });
  await recommendApplication({ user: newCity, input: { applicationId: id, comment: "经核实，材料真实完整，同意推荐。" }, now: at(dates.recommend) });
  await approveForPublicity({ user: bureau, input: { applicationId: id }, now: at(dates.publicity) });
  await recogniseApplication({ user: bureau, input: { applicationId: id }, now: at(dates.recognise) });
  return db.brand.findUniqueOrThrow({ where: { name: brand.brandName } });
}

export async function seedDemoBrands({ db, sessionOf }: { db: Db; sessionOf: (loginName: string) => Promise<SessionUser> }) {
  if ((await db.brand.count({ where: { name: { in: ["沣东面点师", "泾河电工", "沣东育婴员"] } } })) > 0) return { skipped: true };
  const bureau = await sessionOf("bureau");
  const fengdong = await sessionOf("fengdong");
  const jinghe = await sessionOf("jinghe");
  const qinwei = await sessionOf(DEMO_BRAND_UNITS[0].creditCode);
  const furui = await sessionOf(DEMO_BRAND_UNITS[1].creditCode);
  const jingwei = await sessionOf(DEMO_BRAND_UNITS[2].creditCode);

  const batch =
    (await db.batch.findFirst({ where: { title: "2025年度西咸新区劳务品牌申报" } })) ??
    (await db.batch.create({ data: { year: 2025, title: "2025年度西咸新区劳务品牌申报", opensAt: at("2025-04-01", "00:00"), closesAt: at("2025-05-31", "18:00") } }));

  const mian = await recognise({
    db,
    bureau,
    newCity: fengdong,
    batchId: batch.id,
    brand: {
      brandName: "沣东面点师",
      applicant: qinwei,
      category: "MID_HIGH_SKILL",
      coLeads: [
        {
          creditCode: DEMO_BRAND_UNITS[1].creditCode,
          name: DEMO_BRAND_UNITS[1].name,
          tradeName: DEMO_BRAND_UNITS[1].tradeName,
          registrationDate: DEMO_BRAND_UNITS[1].registrationDate,
          contribution: "承担面点师职业技能培训与等级认定，年培训 600 人次。",
        },
      ],
      figures: { employedCount: 1260, povertyAlleviatedCount: 318, trainedCount: 640, passedCount: 512 },
      narratives: {
        brandDescription: "沣东面点师扎根关中面食文化，以 biangbiang 面、肉夹馍、石子馍等陕西传统面点技艺为核心，培训输送面点师、面点工，带动沣东及周边群众稳定就业。",
        businessDescription: "中式面点制作、团餐配送、面点师培训与用工对接。",
        trainingDescription: "与福瑞职业技能培训学校共建实训基地，开设初、中、高级面点师课程，年培训 600 余人次，取证率 80%。",
        transferDescription: "与西安、咸阳 40 余家餐饮企业和团餐单位签订用工协议，订单式培训、定向输转。",
        postPlacementDescription: "建立务工人员回访台账，提供劳动权益咨询和再培训服务。",
      },
    },
  });
  const dian = await recognise({
    db,
    bureau,
    newCity: jinghe,
    batchId: batch.id,
    brand: {
      brandName: "泾河电工",
      applicant: jingwei,
      category: "HIGH_QUALITY_SERVICE",
      coLeads: [],
      figures: { employedCount: 760, povertyAlleviatedCount: 204, trainedCount: 300, passedCount: 231 },
      narratives: {
        brandDescription: "泾河电工立足泾河新城产业园区用工需求，培训输送建筑电工、维修电工，以持证上岗、安全规范闻名。",
        businessDescription: "电工技能培训、园区电工劳务派遣、用工对接。",
        trainingDescription: "开设低压电工、维修电工培训班，配套实操考核，年培训 300 人次。",
        transferDescription: "对接园区企业和建筑项目，组织成建制输转。",
        postPlacementDescription: "跟踪务工人员安全与权益，定期开展复训。",
      },
    },
  });
  // 奖补: approved, split (面点师) or allocated at approval (电工), and paid with vouchers.
  const awardOf = async (brandId: string) => db.subsidyAward.findFirstOrThrow({ where: { brandId }, orderBy: { createdAt: "asc" } });
  const pay = async ({ brandId, shareId, amount, paidOn, voucherNo }: { brandId: string; shareId: string; amount: number; paidOn: string; voucherNo: string }) => {
    const voucher = await uploadBrandFile({ user: bureau, input: { brandId, kind: "PAYMENT_VOUCHER", shareId, fileName: `拨付凭证-${voucherNo}.pdf`, bytes: demoPdf(voucherNo) }, now: at(paidOn, "14:50") });
    return recordPayment({ user: bureau, input: { shareId, paidOn, amount, voucherNo, voucherId: voucher.id }, now: at(paidOn, "15:00") });
  };
  const mianAward = await awardOf(mian.id);
  await approveAward({ user: bureau, input: { awardId: mianAward.id }, now: at("2025-07-01") });
  await allocateAward({
    user: bureau,
    input: {
      awardId: mianAward.id,
      basis: "按品牌创建中的贡献分配：秦味餐饮负责运营与就业输转（60%），福瑞培训学校负责技能培训（40%）。",
      shares: [
        { creditCode: DEMO_BRAND_UNITS[0].creditCode, amount: 60000 },
        { creditCode: DEMO_BRAND_UNITS[1].creditCode, amount: 40000 },
      ],
    },
    now: at("2025-07-03"),
  });
  const mianShares = await db.subsidyShare.findMany({ where: { awardId: mianAward.id }, orderBy: { amount: "desc" } });
  const payments = [];
  for (const [i, share] of mianShares.entries()) {
    payments.push({ share, payment: await pay({ brandId: mian.id, shareId: share.id, amount: share.amount, paidOn: "2025-07-15", voucherNo: `XXSZ-2025-07${15 + i}` }) });
  }
  for (const { share } of payments) {
    const owner = share.creditCode === DEMO_BRAND_UNITS[0].creditCode ? qinwei : furui;
    const row = await db.subsidyPayment.findFirstOrThrow({ where: { shareId: share.id } });
    await confirmPaymentReceipt({ user: owner, input: { paymentId: row.id }, now: at("2025-07-16", "10:00") });
  }
  // 资金使用报告 (S5–S8): 秦味's first report accepted in January; 福瑞's waiting for review.
  const shareOf = (code: string) => mianShares.find((x) => x.creditCode === code)!;
  const qinweiShare = shareOf(DEMO_BRAND_UNITS[0].creditCode);
  const furuiShare = shareOf(DEMO_BRAND_UNITS[1].creditCode);
  const voucher = async (user: SessionUser, shareId: string, name: string, date: string) =>
    (await uploadBrandFile({ user, input: { brandId: mian.id, kind: "USAGE_VOUCHER", shareId, fileName: name, bytes: demoPdf(name) }, now: at(date, "16:00") })).id;
  await submitUsageReport({
    user: qinwei,
    input: {
      shareId: qinweiShare.id,
      lines: [
        { spentOn: "2025-08-12", purpose: "CULTIVATION", amount: "18600.00", paymentMethod: "BANK_TRANSFER", payee: "西安秦厨厨具设备有限公司", description: "面点实训操作台及蒸箱", voucherId: await voucher(qinwei, qinweiShare.id, "厨具采购发票.pdf", "2026-01-08") },
        { spentOn: "2025-10-20", purpose: "PROMOTION", amount: "6480.50", paymentMethod: "OFFICIAL_CARD", payee: "陕西广电融媒体集团", description: "沣东面点师宣传片制作" },
        { spentOn: "2025-11-15", purpose: "EXCHANGE_EXHIBITION", amount: "9200.00", paymentMethod: "BANK_TRANSFER", payee: "西安曲江国际会展有限公司", description: "西部餐饮博览会展位" },
      ],
    },
    now: at("2026-01-10"),
  });
  const qinweiReport = await db.usageReport.findFirstOrThrow({ where: { shareId: qinweiShare.id } });
  await reviewUsageReport({ user: bureau, input: { reportId: qinweiReport.id, decision: "accept" }, now: at("2026-01-20") });
  await submitUsageReport({
    user: furui,
    input: {
      shareId: furuiShare.id,
      lines: [
        { spentOn: "2025-09-05", purpose: "GROWTH", amount: "12000.00", paymentMethod: "BANK_TRANSFER", payee: "西安职业技能鉴定服务中心", description: "面点师等级认定考务费", voucherId: await voucher(furui, furuiShare.id, "考务费发票.pdf", "2026-01-14") },
        { spentOn: "2025-12-02", purpose: "CULTIVATION", amount: "7850.00", paymentMethod: "ONLINE_PAYMENT", payee: "陕西华文教材出版有限公司", description: "面点师培训教材" },
      ],
    },
    now: at("2026-01-14"),
  });

  const dianAward = await awardOf(dian.id);
  await approveAward({ user: bureau, input: { awardId: dianAward.id }, now: at("2025-07-01", "10:00") });
  const dianShare = await db.subsidyShare.findFirstOrThrow({ where: { awardId: dianAward.id } });
  await pay({ brandId: dian.id, shareId: dianShare.id, amount: 50000, paidOn: "2025-07-20", voucherNo: "XXSZ-2025-0720" });

  // 择优推送: 面点师 to the city in 2025 and recognised there (its 10万 top-up award, S4, waits for
  // approval); 电工 pushed this autumn, waiting for the city's decision.
  await pushBrands({ user: bureau, input: { brandIds: [mian.id], opinion: "带动就业 1260 人、脱贫劳动力 318 人，培训取证率 80%，推荐申报市级劳务品牌。" }, now: at("2025-09-01") });
  const mianPush = await db.brandPush.findFirstOrThrow({ where: { brandId: mian.id } });
  const cityDocument = await uploadBrandFile({ user: bureau, input: { brandId: mian.id, kind: "OUTCOME_DOCUMENT", fileName: "市级劳务品牌认定文件.pdf", bytes: demoPdf("市人社发〔2025〕88号") }, now: at("2025-12-18", "09:20") });
  await recordPushOutcome({
    user: bureau,
    input: { pushId: mianPush.id, outcome: "RECOGNISED", outcomeOn: "2025-12-15", issuingBody: "西安市人力资源和社会保障局", documentNo: "市人社发〔2025〕88号", documentId: cityDocument.id },
    now: at("2025-12-18"),
  });
  await pushBrands({ user: bureau, input: { brandIds: [dian.id], opinion: "园区电工输转稳定，持证上岗率高，推荐申报市级劳务品牌。" }, now: at("2026-10-10") });

  // A brand of the 2026 first batch, recognised in November: its 10万 award waits for the bureau.
  const batch2026 =
    (await db.batch.findFirst({ where: { title: "2026年度西咸新区劳务品牌申报（第一批）" } })) ??
    (await db.batch.create({ data: { year: 2026, title: "2026年度西咸新区劳务品牌申报（第一批）", opensAt: at("2026-08-01", "00:00"), closesAt: at("2026-09-30", "18:00") } }));
  const yuying = await recognise({
    db,
    bureau,
    newCity: fengdong,
    batchId: batch2026.id,
    dates: { draft: "2026-08-20", submit: "2026-08-28", recommend: "2026-09-10", publicity: "2026-11-03", recognise: "2026-11-12" },
    brand: {
      brandName: "沣东育婴员",
      applicant: furui,
      category: "LIVELIHOOD_SECURITY",
      coLeads: [
        {
          creditCode: DEMO_BRAND_UNITS[0].creditCode,
          name: DEMO_BRAND_UNITS[0].name,
          tradeName: DEMO_BRAND_UNITS[0].tradeName,
          registrationDate: DEMO_BRAND_UNITS[0].registrationDate,
          contribution: "提供月子餐与婴幼儿辅食实训场地，吸纳育婴员就业。",
        },
      ],
      figures: { employedCount: 680, povertyAlleviatedCount: 175, trainedCount: 420, passedCount: 351 },
      narratives: {
        brandDescription: "沣东育婴员以科学育儿、专业护理为特色，培训输送育婴员、母婴护理员，服务西安都市圈家庭。",
        businessDescription: "育婴员、母婴护理员培训与家庭服务对接。",
        trainingDescription: "开设育婴员初级、中级课程，理论与实操并重，年培训 400 余人次。",
        transferDescription: "与 20 余家家政企业、月子中心签订用工协议。",
        postPlacementDescription: "设立服务质量回访和权益维护热线。",
      },
    },
  });
  return { skipped: false, brandIds: [mian.id, dian.id, yuying.id], users: { bureau, qinwei, furui, jingwei } };
}
