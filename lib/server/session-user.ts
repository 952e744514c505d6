import type { Role } from "@/lib/domain/roles";

/** The signed-in user as every service sees it: role plus the scope it acts within. */
export type SessionUser = {
  id: string;
  role: Role;
  displayName: string;
  unitId: string | null;
  newCityId: string | null;
};
