// The statuses of recognitions and their plaques (RULES.md E4, M1–M3), as the schema's enums
// state them (tests/unit/prisma-enums.test.ts holds them together). The revocation and plaque
// machines of the next issue build on these lists.

/** A brand's or a lead unit's recognition: held, or revoked (RULES.md M1–M3). */
export const RECOGNITION_STATUSES = ["ACTIVE", "REVOKED"] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

/** The plaque (牌匾) of a recognition: issued, or reclaimed on revocation. */
export const PLAQUE_STATUSES = ["ISSUED", "RECLAIMED"] as const;
export type PlaqueStatus = (typeof PLAQUE_STATUSES)[number];
