import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import type { ApplicationStatus } from "@/lib/domain/application-workflow";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { applicationWhere } from "@/lib/server/scope";
import type { SessionUser } from "@/lib/server/session-user";

export const notFound = () => new AppError({ code: "NOT_FOUND", message: messages.errors.notFound });

/**
 * The application if this user may see it; otherwise NOT_FOUND, so another scope's ids reveal
 * nothing (not even that they exist).
 */
export async function findVisibleApplication(user: SessionUser, applicationId: unknown, tx: Tx = db) {
  if (typeof applicationId !== "string" || applicationId.length === 0 || applicationId.length > 64) throw notFound();
  const app = await tx.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationWhere(user)] },
    include: { leadUnits: { orderBy: { position: "asc" } }, attachments: true, unit: { select: { name: true, creditCode: true } }, publicityNotice: { include: { objections: true } } },
  });
  if (!app) throw notFound();
  return { ...app, status: app.status as ApplicationStatus };
}

export type VisibleApplication = Awaited<ReturnType<typeof findVisibleApplication>>;
