import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { statusesAwaiting } from "@/lib/domain/application-workflow";
import { applicationWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";

export type ActionItem = { id: string; brandName: string; unitName: string; status: string; updatedAt: Date; publicityEndsAt: Date | null };
export type ActionGroup = { key: "editing" | "pendingNewCity" | "pendingBureau" | "inPublicity" | "awaitingRecognition"; items: ActionItem[]; total: number };

const LIMIT = 5;

/**
 * 待办: what waits for this user's action, by role — a unit's drafts and returned applications;
 * a new city's submitted (or returned-by-bureau) ones; the bureau's recommended ones, those in
 * publicity, and those whose publicity has ended and await recognition.
 */
export async function listActionItems({ user, now = new Date() }: Pick<UseCase, "user" | "now">): Promise<ActionGroup[]> {
  assertPermission(user, "application:view");
  const scope = applicationWhere(user);
  const group = async (key: ActionGroup["key"], where: object): Promise<ActionGroup> => {
    const full = { AND: [scope, where] };
    const [total, rows] = await Promise.all([
      db.application.count({ where: full }),
      db.application.findMany({
        where: full,
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        take: LIMIT,
        include: { unit: { select: { name: true } }, publicityNotice: { select: { endsAt: true } } },
      }),
    ]);
    return {
      key,
      total,
      items: rows.map((r) => ({ id: r.id, brandName: r.brandName, unitName: r.unit.name, status: r.status, updatedAt: r.updatedAt, publicityEndsAt: r.publicityNotice?.endsAt ?? null })),
    };
  };
  // What waits for whom comes from the workflow table (the states from which the role has a
  // move that is not an exit); the bureau's are split by the publicity period's end.
  const awaiting = { status: { in: statusesAwaiting(user.role) } };
  switch (user.role) {
    case "APPLICANT_UNIT":
      return [await group("editing", awaiting)];
    case "NEW_CITY_STAFF":
      return [await group("pendingNewCity", awaiting)];
    case "BUREAU_OFFICIAL":
      return Promise.all([
        group("pendingBureau", { AND: [awaiting, { status: { not: "IN_PUBLICITY" } }] }),
        group("inPublicity", { status: "IN_PUBLICITY", publicityNotice: { endsAt: { gt: now } } }),
        group("awaitingRecognition", { status: "IN_PUBLICITY", publicityNotice: { endsAt: { lte: now } } }),
      ]);
    case "ADMIN":
      return [];
  }
}
