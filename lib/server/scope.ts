import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { SessionUser } from "./session-user";

// Visibility lives in the query. A scoped role without its scope id is refused outright — an
// `undefined` filter would make Prisma return everything.
function missingScope(): never {
  throw new AppError({ code: "FORBIDDEN", message: messages.errors.forbidden });
}

/** Units a user may see: its own (applicant), its new city's (staff), all (bureau, admin). */
export function unitWhere(user: SessionUser): { id: string } | { newCityId: string } | Record<string, never> {
  switch (user.role) {
    case "APPLICANT_UNIT":
      return user.unitId ? { id: user.unitId } : missingScope();
    case "NEW_CITY_STAFF":
      return user.newCityId ? { newCityId: user.newCityId } : missingScope();
    case "BUREAU_OFFICIAL":
    case "ADMIN":
      return {};
  }
}

/** Applications a user may see, by the same rule (F2: a new city sees only its own). */
export function applicationWhere(user: SessionUser): { unitId: string } | { newCityId: string } | Record<string, never> {
  switch (user.role) {
    case "APPLICANT_UNIT":
      return user.unitId ? { unitId: user.unitId } : missingScope();
    case "NEW_CITY_STAFF":
      return user.newCityId ? { newCityId: user.newCityId } : missingScope();
    case "BUREAU_OFFICIAL":
    case "ADMIN":
      return {};
  }
}

/**
 * Recognised brands a user may see: a unit the brands it leads (through its lead-unit
 * recognitions, matched to its account), a new city its own new city's, the bureau and admin all.
 */
export function brandWhere(user: SessionUser): { leadUnits: { some: { unitId: string } } } | { newCityId: string } | Record<string, never> {
  switch (user.role) {
    case "APPLICANT_UNIT":
      return user.unitId ? { leadUnits: { some: { unitId: user.unitId } } } : missingScope();
    case "NEW_CITY_STAFF":
      return user.newCityId ? { newCityId: user.newCityId } : missingScope();
    case "BUREAU_OFFICIAL":
    case "ADMIN":
      return {};
  }
}

/**
 * Subsidy shares a user may see (S8: a lead unit sees only its own money): a unit its own shares,
 * a new city those of its brands, the bureau and admin all.
 */
export function shareWhere(user: SessionUser): { unitId: string } | { award: { brand: { newCityId: string } } } | Record<string, never> {
  switch (user.role) {
    case "APPLICANT_UNIT":
      return user.unitId ? { unitId: user.unitId } : missingScope();
    case "NEW_CITY_STAFF":
      return user.newCityId ? { award: { brand: { newCityId: user.newCityId } } } : missingScope();
    case "BUREAU_OFFICIAL":
    case "ADMIN":
      return {};
  }
}

/**
 * Revocations (M1–M3) a user may see: the bureau and admin all; a new city the confirmed ones of
 * its brands; a unit the confirmed ones about itself (its account, or its 统一社会信用代码 —
 * `unitCreditCode`, read by the caller). A proposal is internal to the bureau until confirmed.
 */
export function revocationWhere(
  user: SessionUser,
  { unitCreditCode }: { unitCreditCode?: string | null } = {},
):
  | { status: "CONFIRMED"; brand: { newCityId: string } }
  | { status: "CONFIRMED"; OR: ({ unitId: string } | { creditCode: string })[] }
  | Record<string, never> {
  switch (user.role) {
    case "APPLICANT_UNIT":
      if (!user.unitId) return missingScope();
      return { status: "CONFIRMED", OR: [{ unitId: user.unitId }, ...(unitCreditCode ? [{ creditCode: unitCreditCode }] : [])] };
    case "NEW_CITY_STAFF":
      return user.newCityId ? { status: "CONFIRMED", brand: { newCityId: user.newCityId } } : missingScope();
    case "BUREAU_OFFICIAL":
    case "ADMIN":
      return {};
  }
}

/**
 * Lead units' recognitions (and their evaluations, E1–E4) a user may see: a unit its own (matched
 * to its account), a new city those of its brands, the bureau and admin all.
 */
export function leadUnitWhere(user: SessionUser): { unitId: string } | { brand: { newCityId: string } } | Record<string, never> {
  switch (user.role) {
    case "APPLICANT_UNIT":
      return user.unitId ? { unitId: user.unitId } : missingScope();
    case "NEW_CITY_STAFF":
      return user.newCityId ? { brand: { newCityId: user.newCityId } } : missingScope();
    case "BUREAU_OFFICIAL":
    case "ADMIN":
      return {};
  }
}
