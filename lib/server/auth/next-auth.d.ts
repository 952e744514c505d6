import type { Role } from "@/lib/domain/roles";

declare module "next-auth" {
  interface User {
    role: Role;
    unitId: string | null;
    newCityId: string | null;
  }
  interface Session {
    user: { id: string; name: string | null; role: Role; unitId: string | null; newCityId: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    unitId?: string | null;
    newCityId?: string | null;
  }
}
