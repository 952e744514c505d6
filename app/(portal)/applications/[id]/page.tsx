import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/session";
import type { Role } from "@/lib/domain/roles";

const AREA: Record<Role, string> = {
  APPLICANT_UNIT: "/unit/applications",
  NEW_CITY_STAFF: "/new-city/applications",
  BUREAU_OFFICIAL: "/bureau/applications",
  ADMIN: "/admin",
};

// /applications/:id — the link in notifications: each role opens the application in its own area,
// where the page checks role and scope itself.
export default async function ApplicationLink({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/applications/${encodeURIComponent(id)}`);
  redirect(`${AREA[user.role]}/${encodeURIComponent(id)}`);
}
