// TypeScript lists of the schema's enums that no domain module declares yet, so that
// tests/unit/prisma-enums.test.ts can hold every enum to a list. Pure data: they belong in
// lib/domain beside the logic that reads them (objections, recognitions, plaques), and should
// move there when those modules are next touched; import them from here until then.

/** 异议 handling (PublicityNotice → Objection). */
export const OBJECTION_STATUSES = ["PENDING", "UPHELD", "DISMISSED"] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** A brand's or a lead unit's recognition: held, or revoked (RULES.md M1–M3). */
export const RECOGNITION_STATUSES = ["ACTIVE", "REVOKED"] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

/** The plaque (牌匾) of a recognition: issued, or reclaimed on revocation. */
export const PLAQUE_STATUSES = ["ISSUED", "RECLAIMED"] as const;
export type PlaqueStatus = (typeof PLAQUE_STATUSES)[number];
