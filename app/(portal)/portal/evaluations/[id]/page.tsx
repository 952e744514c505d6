import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/session";
import type { Role } from "@/lib/domain/roles";

const AREA: Record<Role, string> = {
  APPLICANT_UNIT: "/unit/evaluations",
  NEW_CITY_STAFF: "/new-city/evaluations",
  BUREAU_OFFICIAL: "/bureau/evaluations",
  ADMIN: "/admin",
};

// /portal/evaluations/:id — the link in notifications about an evaluation: each role opens it in
// its own area, where the page checks role and scope itself.
export default async function EvaluationLink({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/portal/evaluations/${encodeURIComponent(id)}`);
  redirect(user.role === "ADMIN" ? AREA.ADMIN : `${AREA[user.role]}/${encodeURIComponent(id)}`);
}
