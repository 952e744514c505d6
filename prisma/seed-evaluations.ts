// Demo data for 绩效评估 (RULES.md E1–E4) and plaques: three brands of the 2022 batch, each led by a
// unit of its own (login: its credit code, password DEMO_PASSWORD), taken through the real use
// cases with backdated instants:
//
//   秦汉园艺工 (秦汉新城, 秦川绿化): recognised 2022-06-20; cycle 1 ended 2026-06-19 with no
//     evaluation, so it is overdue in the bureau's queue (the Playwright journey of evaluation.spec.ts
//     schedules it, fails it and finds the unit barred; no other spec uses it).
//   泾河厨师 (泾河新城, 泾川餐饮): recognised 2022-05-10; cycle 1 evaluated on site on 2026-03-20 and
//     passed, with the unit's self-assessment and the bureau's report; cycle 2 is next.
//   空港电工 (空港新城, 港城电力): recognised 2023-01-15; cycle 1 is due (window from 2026-10-17); a
//     defence review is scheduled for 2026-12-20 and the unit has uploaded its self-assessment.
//   关中瓦工 (沣西新城, 筑匠建筑): recognised 2022-04-01; cycle 1 evaluated by a commissioned third
//     party on 2026-03-05 and failed (E4): its only lead unit's title and so the brand's level are
//     revoked, both plaques wait in 待收回牌匾, and the unit is barred until 2031-03-04 (E5).
//
// Idempotent: skipped when the demo brands exist.
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
import { scheduleEvaluation } from "../lib/server/services/evaluations/schedule-evaluation";
import { recordEvaluationResult } from "../lib/server/services/evaluations/record-evaluation-result";

const at = (date: string, time = "09:30") => new Date(`${date}T${time}:00+08:00`);
const allTrue = (list: readonly { key: string }[]) => Object.fromEntries(list.map((d) => [d.key, true]));

function demoPdf(title: string): Uint8Array {
  const text = `%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n% ${createHash("sha256").update(title).digest("hex")}\ntrailer <</Root 1 0 R>>\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

// Credit codes with valid GB 32100 and GB 11714 check characters (made up, not real units).
export const DEMO_EVALUATION_UNITS = [
  {
    creditCode: "91611102MA6QCL3W5F",
    name: "西咸新区秦川绿化工程有限公司",
    tradeName: "秦川",
    type: "ENTERPRISE",
    newCityId: "QINHAN",
    registrationDate: "2015-04-16",
    address: "陕西省西咸新区秦汉新城渭城街道秦汉大道210号",
    contactName: "冯军",
    contactPhone: "13609185566",
  },
  {
    creditCode: "91611106MA6JHC8P61",
    name: "西咸新区泾川餐饮服务有限公司",
    tradeName: "泾川餐饮",
    type: "ENTERPRISE",
    newCityId: "JINGHE",
    registrationDate: "2016-07-01",
    address: "陕西省西咸新区泾河新城崇文大道36号",
    contactName: "马红",
    contactPhone: "18691827733",
  },
  {
    creditCode: "91611103MA7KGD2E8Q",
    name: "西咸新区港城电力工程有限公司",
    tradeName: "港城电力",
    type: "ENTERPRISE",
    newCityId: "KONGGANG",
    registrationDate: "2017-10-12",
    address: "陕西省西咸新区空港新城北杜街道机场东路8号",
    contactName: "高峰",
    contactPhone: "13572016688",
  },
  {
    creditCode: "91611105MA6GHW4R9M",
    name: "西咸新区筑匠建筑劳务有限公司",
    tradeName: "筑匠",
    type: "ENTERPRISE",
    newCityId: "FENGXI",
    registrationDate: "2014-05-09",
    address: "陕西省西咸新区沣西新城康定路12号",
    contactName: "杨帆",
    contactPhone: "13991302211",
  },
] as const;

export const DEMO_EVALUATION_BRANDS = ["秦汉园艺工", "泾河厨师", "空港电工", "关中瓦工"] as const;

type Dates = { draft: string; submit: string; recommend: string; publicity: string; recognise: string };

async function recognise({ db, brandName, category, applicant, newCity, bureau, batchId, dates, figures }: { db: Db; brandName: string; category: string; applicant: SessionUser; newCity: SessionUser; bureau: SessionUser; batchId: string; dates: Dates; figures: { employedCount: number; povertyAlleviatedCount: number; trainedCount: number; passedCount: number } }) {
  const user = applicant;
  const { id } = await createApplication({ user, input: { batchId }, now: at(dates.draft) });
  await saveApplicationStep({ user, input: { applicationId: id, step: "brand", data: { brandName, category } }, now: at(dates.draft, "10:10") });
  await saveApplicationStep({
    user,
    input: { applicationId: id, step: "leadUnits", data: { applicant: { declarations: allTrue(UNIT_DECLARATIONS), contribution: "牵头创建，负责品牌运营、技能培训与就业输转。" }, coLeadUnits: [] } },
    now: at(dates.draft, "10:40"),
  });
  await saveApplicationStep({ user, input: { applicationId: id, step: "figures", data: figures }, now: at(dates.draft, "14:00") });
  await saveApplicationStep({
    user,
    input: {
      applicationId: id,
      step: "narratives",
      data: {
        brandDescription: `${brandName}立足西咸新区产业用工需求，培训输送技能劳动者，带动群众稳定就业增收。`,
        businessDescription: "技能培训、劳务输转与用工对接。",
        trainingDescription: "开设初、中级技能培训班，理论与实操并重，年培训 300 余人次。",
        transferDescription: "与新区及周边企业签订用工协议，订单式培训、定向输转。",
        postPlacementDescription: "建立务工人员回访台账，提供安全教育和劳动权益服务。",
      },
    },
    now: at(dates.draft, "15:00"),
  });
  await saveApplicationStep({ user, input: { applicationId: id, step: "declarations", data: { declarations: allTrue(APPLICATION_DECLARATIONS) } }, now: at(dates.draft, "16:00") });
  await uploadAttachment({ user, input: { applicationId: id, kind: "BUSINESS_LICENSE", fileName: "营业执照.pdf", bytes: demoPdf(`${brandName} 营业执照`) } });
  await uploadAttachment({ user, input: { applicationId: id, kind: "EMPLOYMENT_LEDGER", fileName: "带动就业台账.pdf", bytes: demoPdf(`${brandName} 就业台账`) } });
  await submitApplication({ user, input: { applicationId: id, commitment: true }, now: at(dates.submit) });
  await recommendApplication({ user: newCity, input: { applicationId: id, comment: "经核实，材料真实完整，同意推荐。" }, now: at(dates.recommend) });
  await approveForPublicity({ user: bureau, input: { applicationId: id }, now: at(dates.publicity) });
  await recogniseApplication({ user: bureau, input: { applicationId: id }, now: at(dates.recognise) });
  return db.brand.findUniqueOrThrow({ where: { name: brandName } });
}

export async function seedDemoEvaluations({ db, sessionOf }: { db: Db; sessionOf: (loginName: string) => Promise<SessionUser> }) {
  if ((await db.brand.count({ where: { name: { in: [...DEMO_EVALUATION_BRANDS] } } })) > 0) return { skipped: true };
  const bureau = await sessionOf("bureau");
  const [qinchuan, jingchuan, gangcheng, zhujiang] = await Promise.all(DEMO_EVALUATION_UNITS.map((u) => sessionOf(u.creditCode)));
  const batch =
    (await db.batch.findFirst({ where: { title: "2022年度西咸新区劳务品牌申报" } })) ??
    (await db.batch.create({ data: { year: 2022, title: "2022年度西咸新区劳务品牌申报", opensAt: at("2022-03-01", "00:00"), closesAt: at("2022-04-30", "18:00") } }));
  const batch2023 =
    (await db.batch.findFirst({ where: { title: "2022年度西咸新区劳务品牌申报（第二批）" } })) ??
    (await db.batch.create({ data: { year: 2022, title: "2022年度西咸新区劳务品牌申报（第二批）", opensAt: at("2022-09-01", "00:00"), closesAt: at("2022-10-31", "18:00") } }));

  await recognise({
    db,
    bureau,
    newCity: await sessionOf("qinhan"),
    applicant: qinchuan!,
    batchId: batch.id,
    brandName: "秦汉园艺工",
    category: "LIVELIHOOD_SECURITY",
    dates: { draft: "2022-03-10", submit: "2022-03-20", recommend: "2022-04-10", publicity: "2022-06-08", recognise: "2022-06-20" },
    figures: { employedCount: 620, povertyAlleviatedCount: 96, trainedCount: 260, passedCount: 208 },
  });
  const chef = await recognise({
    db,
    bureau,
    newCity: await sessionOf("jinghe"),
    applicant: jingchuan!,
    batchId: batch.id,
    brandName: "泾河厨师",
    category: "MID_HIGH_SKILL",
    dates: { draft: "2022-03-08", submit: "2022-03-18", recommend: "2022-04-06", publicity: "2022-04-28", recognise: "2022-05-10" },
    figures: { employedCount: 530, povertyAlleviatedCount: 120, trainedCount: 310, passedCount: 262 },
  });
  const electric = await recognise({
    db,
    bureau,
    newCity: await sessionOf("konggang"),
    applicant: gangcheng!,
    batchId: batch2023.id,
    brandName: "空港电工",
    category: "HIGH_QUALITY_SERVICE",
    dates: { draft: "2022-09-10", submit: "2022-09-20", recommend: "2022-10-20", publicity: "2023-01-03", recognise: "2023-01-15" },
    figures: { employedCount: 560, povertyAlleviatedCount: 85, trainedCount: 240, passedCount: 199 },
  });

  // 泾河厨师: cycle 1 evaluated on site and passed, with the unit's self-assessment and the report.
  const chefLead = await db.leadUnitRecognition.findFirstOrThrow({ where: { brandId: chef.id } });
  const passed = await scheduleEvaluation({
    user: bureau,
    input: { leadUnitRecognitionId: chefLead.id, cycleIndex: 1, method: "ON_SITE_INSPECTION", scheduledOn: "2026-03-20", evaluators: "新区社会事业服务局 刘洋、陈静；行业专家 王建国" },
    now: at("2026-02-20"),
  });
  await uploadBrandFile({ user: jingchuan!, input: { brandId: chef.id, kind: "SELF_ASSESSMENT", evaluationId: passed.id, fileName: "泾河厨师绩效自评报告.pdf", bytes: demoPdf("泾河厨师 自评") }, now: at("2026-03-10") });
  const report = await uploadBrandFile({ user: bureau, input: { brandId: chef.id, kind: "EVALUATION_REPORT", fileName: "泾河厨师绩效评估报告.pdf", bytes: demoPdf("泾河厨师 评估报告") }, now: at("2026-03-25") });
  await recordEvaluationResult({
    user: bureau,
    input: {
      evaluationId: passed.id,
      u1Pass: true,
      u1Note: "经营规范，无违法违规记录",
      u2Pass: true,
      u2Note: "年培训 310 人次，合格率 84%",
      u3Pass: true,
      u3Note: "输转渠道稳定，优先吸纳脱贫劳动力",
      u4Pass: true,
      u4Note: "跟踪回访与权益维护到位",
      conclusion: "各项指标达标，评估合格，保留创建引领单位称号。",
      evaluatedOn: "2026-03-20",
      reportFileId: report.id,
    },
    now: at("2026-03-25", "10:00"),
  });

  // 空港电工: cycle 1 due; a defence review scheduled, the unit's self-assessment uploaded.
  const electricLead = await db.leadUnitRecognition.findFirstOrThrow({ where: { brandId: electric.id } });
  const scheduled = await scheduleEvaluation({
    user: bureau,
    input: { leadUnitRecognitionId: electricLead.id, cycleIndex: 1, method: "DEFENCE_REVIEW", scheduledOn: "2026-12-20", evaluators: "评估专家组：张立新、赵敏、孙海涛" },
    now: at("2026-11-20"),
  });
  await uploadBrandFile({ user: gangcheng!, input: { brandId: electric.id, kind: "SELF_ASSESSMENT", evaluationId: scheduled.id, fileName: "空港电工绩效自评报告.pdf", bytes: demoPdf("空港电工 自评") }, now: at("2026-11-28") });
  // 关中瓦工: failed by a third party; the title, the level and both plaques go (E4).
  const tile = await recognise({
    db,
    bureau,
    newCity: await sessionOf("fengxi"),
    applicant: zhujiang!,
    batchId: batch.id,
    brandName: "关中瓦工",
    category: "MID_HIGH_SKILL",
    dates: { draft: "2022-03-02", submit: "2022-03-08", recommend: "2022-03-14", publicity: "2022-03-18", recognise: "2022-04-01" },
    figures: { employedCount: 610, povertyAlleviatedCount: 140, trainedCount: 280, passedCount: 230 },
  });
  const tileLead = await db.leadUnitRecognition.findFirstOrThrow({ where: { brandId: tile.id } });
  const failed = await scheduleEvaluation({
    user: bureau,
    input: { leadUnitRecognitionId: tileLead.id, cycleIndex: 1, method: "THIRD_PARTY", scheduledOn: "2026-03-05", evaluators: "陕西诚信工程咨询评估有限公司" },
    now: at("2026-02-10"),
  });
  await recordEvaluationResult({
    user: bureau,
    input: {
      evaluationId: failed.id,
      u1Pass: true,
      u2Pass: false,
      u2Note: "近两年未开展品牌培训，培训台账缺失",
      u3Pass: false,
      u3Note: "劳务输出规模萎缩，带动就业不足 100 人",
      u4Pass: true,
      conclusion: "U2、U3 不达标，评估不合格，撤销创建引领单位称号，收回牌匾。",
      evaluatedOn: "2026-03-05",
    },
    now: at("2026-03-12"),
  });
  return { skipped: false };
}
