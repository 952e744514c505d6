// The statuses of recognitions and their plaques (RULES.md E4, M1–M3), as the schema's enums
// state them (tests/unit/prisma-enums.test.ts holds them together).

/** A brand's or a lead unit's recognition: held, or revoked (RULES.md E4, M1–M3). */
export const RECOGNITION_STATUSES = ["ACTIVE", "REVOKED"] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

/**
 * A plaque (牌匾): issued with its recognition; to be reclaimed once that recognition is revoked
 * (E4, M1, M2); reclaimed when the bureau records it back, with the date.
 */
export const PLAQUE_STATUSES = ["ISSUED", "TO_RECLAIM", "RECLAIMED"] as const;
export type PlaqueStatus = (typeof PLAQUE_STATUSES)[number];

/** 劳务品牌牌匾 (one per brand recognition) and 创建引领单位牌匾 (one per lead unit's recognition). */
export const PLAQUE_KINDS = ["BRAND", "LEAD_UNIT"] as const;
export type PlaqueKind = (typeof PLAQUE_KINDS)[number];

