// The four roles of the portal. Kept as a plain const (not the Prisma enum) so that client
// components and pure modules can use it without importing the generated client.
export const ROLES = ["APPLICANT_UNIT", "NEW_CITY_STAFF", "BUREAU_OFFICIAL", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  APPLICANT_UNIT: "/unit",
  NEW_CITY_STAFF: "/new-city",
  BUREAU_OFFICIAL: "/bureau",
  ADMIN: "/admin",
};
