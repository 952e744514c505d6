import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/session";
import type { Role } from "@/lib/domain/roles";

const AREA: Record<Role, string> = {
  APPLICANT_UNIT: "/unit/brands",
  NEW_CITY_STAFF: "/new-city/brands",
  BUREAU_OFFICIAL: "/bureau/brands",
  ADMIN: "/admin",
};

// /portal/brands/:id — the link in notifications about a recognised brand: each role opens it in
// its own area, where the page checks role and scope itself.
export default async function BrandLink({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/portal/brands/${encodeURIComponent(id)}`);
  redirect(user.role === "ADMIN" ? AREA.ADMIN : `${AREA[user.role]}/${encodeURIComponent(id)}`);
}
