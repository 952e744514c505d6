// The files of a recognised brand's life and where a level came from, as the schema's enums state
// them (tests/unit/prisma-enums.test.ts holds them together).

/**
 * 认定文件 (a higher body's recognition, scanned), 拨付凭证, 资金使用凭证, and the files of
 * evaluations (自评材料, 评估报告) and revocations (事实材料).
 */
export const BRAND_FILE_KINDS = [
  "OUTCOME_DOCUMENT",
  "PAYMENT_VOUCHER",
  "USAGE_VOUCHER",
  "SELF_ASSESSMENT",
  "EVALUATION_REPORT",
  "REVOCATION_EVIDENCE",
] as const;
export type BrandFileKind = (typeof BRAND_FILE_KINDS)[number];

/** Vouchers belong to one lead unit's share; only that unit (and officials) may read them. */
export const SHARE_FILE_KINDS = ["PAYMENT_VOUCHER", "USAGE_VOUCHER"] as const satisfies readonly BrandFileKind[];

/** An evaluation's files: read by officials and the evaluated lead unit only. */
export const EVALUATION_FILE_KINDS = ["SELF_ASSESSMENT", "EVALUATION_REPORT"] as const satisfies readonly BrandFileKind[];

/** A revocation's evidence: read by officials only (a proposal is internal until confirmed). */
export const REVOCATION_FILE_KINDS = ["REVOCATION_EVIDENCE"] as const satisfies readonly BrandFileKind[];

/** This portal's own recognition (新区级), or a recorded outcome of a push (市级 and up). */
export const RECOGNITION_SOURCES = ["PORTAL", "PUSH_OUTCOME"] as const;
export type RecognitionSource = (typeof RECOGNITION_SOURCES)[number];
