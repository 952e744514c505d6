import { AppError } from "./app-error";
import type { Role } from "./roles";
import { messages } from "@/lib/i18n/messages.zh-CN";

// One table of who may do what, named after acts (`<aggregate>:<verb>`), so that a workflow
// table references the act and this table alone says which roles hold it. Scope (own unit, own
// new city) is checked by the services through the visibility `where` builders in
// lib/server/scope.ts; this table answers "may this role ever take this action". The next
// aggregates add their acts here (ledger:view-personal …) when their issues build them.
const UNIT = ["APPLICANT_UNIT"] as const;
const NEW_CITY = ["NEW_CITY_STAFF"] as const;
const BUREAU = ["BUREAU_OFFICIAL"] as const;
const EVERY_ROLE = ["APPLICANT_UNIT", "NEW_CITY_STAFF", "BUREAU_OFFICIAL", "ADMIN"] as const;

export const ROLE_PERMISSIONS = {
  "portal:access": EVERY_ROLE,
  "notification:read-own": EVERY_ROLE,
  "unit:view-own": UNIT,
  "unit:update-own": UNIT,
  "unit:list": ["NEW_CITY_STAFF", "BUREAU_OFFICIAL", "ADMIN"],
  // 申报 (F1): the unit's own acts.
  "application:create": UNIT,
  "application:save-draft": UNIT,
  "application:submit": UNIT,
  "application:withdraw": UNIT,
  "application:view": EVERY_ROLE,
  // 新城推荐或退回 (F2).
  "application:recommend": NEW_CITY,
  "application:return-to-unit": NEW_CITY,
  // 新区审核、公示、认定 (F3).
  "application:bureau-return-to-new-city": BUREAU,
  "application:bureau-return-to-unit": BUREAU,
  "application:reject": BUREAU,
  "application:approve-for-publicity": BUREAU,
  "application:recognise": BUREAU,
  "application:reject-after-publicity": BUREAU,
  "objection:record": BUREAU,
  "objection:handle": BUREAU,
  "attachment:upload": UNIT,
  "attachment:delete": UNIT,
  "attachment:download": EVERY_ROLE,
  "batch:list": ["BUREAU_OFFICIAL", "ADMIN"],
  "batch:create": ["BUREAU_OFFICIAL", "ADMIN"],
  "batch:extend": ["BUREAU_OFFICIAL", "ADMIN"],
  // 已认定品牌 (after recognition): each role sees its own scope (lib/server/scope.ts brandWhere).
  "brand:view": EVERY_ROLE,
  // 择优推送 (F4) and the outcome a higher body decides.
  "brand:push": BUREAU,
  "push:record-outcome": BUREAU,
  "push:package": BUREAU,
  // 奖补 (S1–S4) and payments: the bureau decides; the unit confirms what it received.
  "subsidy:approve": BUREAU,
  "subsidy:split": BUREAU,
  "subsidy:record-payment": BUREAU,
  "subsidy:confirm-receipt": UNIT,
  // 资金使用报告 (S5–S8).
  "usage-report:submit": UNIT,
  "usage-report:review": BUREAU,
  // Files of a brand's life (outcome documents, vouchers), read within scope.
  "brand-file:upload": ["APPLICANT_UNIT", "BUREAU_OFFICIAL"],
  "brand-file:download": EVERY_ROLE,
  // 绩效评估 (E1–E4): the bureau schedules and records; a unit sees its own, a new city its own.
  "evaluation:view": EVERY_ROLE,
  "evaluation:schedule": BUREAU,
  "evaluation:record": BUREAU,
  // 撤销 (M1–M3): proposed by one official, confirmed by another (lib/domain/four-eyes.ts).
  "revocation:view": EVERY_ROLE,
  "revocation:propose": BUREAU,
  "revocation:confirm": BUREAU,
  // 牌匾: reclaiming is recorded by the bureau.
  "plaque:reclaim": BUREAU,
  // 工作看板 (T2 and the programme's figures): the bureau all, a new city its own.
  "dashboard:view": ["NEW_CITY_STAFF", "BUREAU_OFFICIAL"],
  "target:edit": BUREAU,
  // Excel exports: each list also needs its own view permission (lib/server/exports).
  "export:create": ["NEW_CITY_STAFF", "BUREAU_OFFICIAL", "ADMIN"],
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
