import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/session";
import { ROLE_HOME } from "@/lib/domain/roles";

// /portal — the landing after sign-in: each role goes to its own home.
export default async function PortalIndex() {
  const user = await requireUser("/portal");
  redirect(ROLE_HOME[user.role]);
}
