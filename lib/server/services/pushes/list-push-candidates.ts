import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { nextLevel, type LevelCode } from "@/lib/eligibility";
import { brandWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";

/**
 * 可推送的品牌 (RULES.md F4), for the batch push: visible brands holding a level below 国家级,
 * still shown (not revoked as severe, M2), with no push awaiting its outcome and the next level
 * not held before.
 */
export async function listPushCandidates({ user }: Pick<UseCase, "user">) {
  assertPermission(user, "brand:push");
  const rows = await db.brand.findMany({
    where: { AND: [brandWhere(user), { highestLevel: { in: ["DISTRICT", "CITY", "PROVINCE"] }, hiddenFromShowcase: false, pushes: { none: { status: "PUSHED" } } }] },
    orderBy: [{ name: "asc" }],
    take: 500,
    select: { id: true, name: true, highestLevel: true, newCity: { select: { name: true } }, recognitions: { select: { level: true } } },
  });
  return rows
    .map((b) => {
      const fromLevel = b.highestLevel as LevelCode;
      return { id: b.id, name: b.name, newCityName: b.newCity.name, fromLevel, toLevel: nextLevel(fromLevel) as LevelCode, held: b.recognitions.map((r) => r.level as string) };
    })
    // A level once held (and revoked) cannot be recognised again (push-brands.ts refuses it).
    .filter((c) => !c.held.includes(c.toLevel))
    .map(({ held: _held, ...c }) => c);
}

export type PushCandidate = Awaited<ReturnType<typeof listPushCandidates>>[number];
