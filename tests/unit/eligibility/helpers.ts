import { creditCodeCheckChar, organisationCodeCheckChar } from "@/lib/eligibility";

/** A valid 统一社会信用代码 from 8 organisation-code body characters (authority 9, type 1, Xixian division). */
export function makeCode(body8: string, prefix = "91611105"): string {
  const first17 = `${prefix}${body8}${organisationCodeCheckChar(body8)}`;
  return first17 + creditCodeCheckChar(first17);
}

export const CODE_A = makeCode("MA6T0001");
export const CODE_B = makeCode("MA6T0002");
export const CODE_C = makeCode("MA6T0003");
export const CODE_D = makeCode("MA6T0004");

export const allDeclared = {
  industryScale: true,
  lawAbiding: true,
  soundManagement: true,
  noViolations: true,
  noPendingDisputes: true,
};

export function leadUnit(overrides: Record<string, unknown> = {}) {
  return {
    creditCode: CODE_A,
    name: "西安好帮手家政服务有限公司",
    tradeName: "好帮手",
    unitType: "ENTERPRISE",
    registrationDate: "2020-05-01",
    declarations: { ...allDeclared },
    ...overrides,
  };
}

export function application(overrides: Record<string, unknown> = {}) {
  return {
    brandName: "沣西家政师",
    category: "HIGH_QUALITY_SERVICE",
    newCity: "FENGXI",
    level: "DISTRICT",
    nationalIch: false,
    figures: { employed: 501, povertyAlleviated: 120, trained: 300, passed: 200 },
    leadUnits: [leadUnit()],
    declarations: {
      industrialPolicy: true,
      regularTraining: true,
      trainingLedger: true,
      entrepreneurshipGuidance: true,
      stableTransferChannels: true,
      priorityPovertyAlleviated: true,
      employmentLedger: true,
      safetyEducation: true,
      rightsServices: true,
    },
    narratives: {
      brandDescription: "品牌简介",
      businessDescription: "经营项目",
      trainingDescription: "培训情况",
      transferDescription: "输转情况",
      postPlacementDescription: "服务管理",
    },
    ...overrides,
  };
}

/** The messages of a verdict's failures, for exact comparisons. */
export const failureMessages = (v: { failures: { message: string }[] }) => v.failures.map((f) => f.message);
export const warningMessages = (v: { warnings: { message: string }[] }) => v.warnings.map((f) => f.message);
