import { UNIT_TYPES, NEW_CITIES, CATEGORIES, LEVELS, labelOf } from "@/lib/eligibility";

// Chinese labels of the coded lists of RULES.md (F1, C1, F5); unknown codes show as themselves.
export const unitTypeLabel = (code: string): string => labelOf(UNIT_TYPES, code) ?? code;
export const newCityLabel = (code: string): string => labelOf(NEW_CITIES, code) ?? code;
export const categoryLabel = (code: string): string => labelOf(CATEGORIES, code) ?? code;
export const levelLabel = (code: string): string => labelOf(LEVELS, code) ?? code;

export const BRAND_LEVEL_CODES = LEVELS.map((l) => l.code);
