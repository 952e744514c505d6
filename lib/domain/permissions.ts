import { AppError } from "./app-error";
import type { Role } from "./roles";
import { messages } from "@/lib/i18n/messages.zh-CN";

// One table of who may do what. Scope (own unit, own new city) is checked by the service and
// by the visibility `where` builders in lib/server/scope.ts; this table answers "may this role
// ever take this action".
export const ROLE_PERMISSIONS = {
  "portal:access": ["APPLICANT_UNIT", "NEW_CITY_STAFF", "BUREAU_OFFICIAL", "ADMIN"],
  "unit:view-own": ["APPLICANT_UNIT"],
  "unit:update-own": ["APPLICANT_UNIT"],
  "application:create": ["APPLICANT_UNIT"],
  "application:view": ["APPLICANT_UNIT", "NEW_CITY_STAFF", "BUREAU_OFFICIAL", "ADMIN"],
  "application:review-new-city": ["NEW_CITY_STAFF"],
  "application:review-bureau": ["BUREAU_OFFICIAL"],
  "batch:manage": ["BUREAU_OFFICIAL", "ADMIN"],
  "unit:list": ["NEW_CITY_STAFF", "BUREAU_OFFICIAL", "ADMIN"],
  "audit:view": ["BUREAU_OFFICIAL", "ADMIN"],
  "user:manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof ROLE_PERMISSIONS;

export function hasPermission(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (ROLE_PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Throws FORBIDDEN (or UNAUTHENTICATED without a user): call it first in every service. */
export function assertPermission(user: { role: Role } | null | undefined, permission: Permission): void {
  if (!user) throw new AppError({ code: "UNAUTHENTICATED", message: messages.errors.unauthenticated });
  if (!hasPermission(user.role, permission)) {
    throw new AppError({ code: "FORBIDDEN", message: messages.errors.forbidden });
  }
}

/** Which portal sections a role sees; also used by the proxy-free server checks of each area. */
export const AREA_ROLES = {
  unit: ["APPLICANT_UNIT"],
  "new-city": ["NEW_CITY_STAFF"],
  bureau: ["BUREAU_OFFICIAL"],
  admin: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type PortalArea = keyof typeof AREA_ROLES;

export function mayEnterArea(role: Role | null | undefined, area: PortalArea): boolean {
  return !!role && (AREA_ROLES[area] as readonly Role[]).includes(role);
}
