import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "./options";
import { db } from "@/lib/server/db";
import { isRole } from "@/lib/domain/roles";
import { mayEnterArea, type PortalArea } from "@/lib/domain/permissions";
import type { SessionUser } from "@/lib/server/session-user";
import { AppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";

/**
 * The signed-in user, re-read from the database once per request: the JWT only says who the
 * user claims to be; role, scope and the active flag come from the database.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, role: true, displayName: true, unitId: true, newCityId: true, active: true },
  });
  if (!user || !user.active || !isRole(user.role)) return null;
  return { id: user.id, role: user.role, displayName: user.displayName, unitId: user.unitId, newCityId: user.newCityId };
});

/** For pages: anonymous → login page; signed in → the user. */
export async function requireUser(callbackPath: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

/** For pages of one portal area: the wrong role gets the 403 page. */
export async function requireArea(area: PortalArea, callbackPath: string): Promise<SessionUser> {
  const user = await requireUser(callbackPath);
  if (!mayEnterArea(user.role, area)) forbidden();
  return user;
}

/** For server actions and route handlers: the user, or an UNAUTHENTICATED refusal. */
export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError({ code: "UNAUTHENTICATED", message: messages.errors.unauthenticated });
  return user;
}
