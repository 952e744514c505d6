import "server-only";
import type { Tx } from "@/lib/server/db";

/**
 * A brand's lead units holding an ACTIVE title (创建引领单位), one per 统一社会信用代码 (a unit
 * recognised at several levels appears once), with the ids of those that have an account.
 * Shared by the push use cases: whom a push notifies, who gains the level a push brings.
 */
export async function activeLeadUnits(tx: Tx, brandId: string) {
  const rows = await tx.leadUnitRecognition.findMany({
    where: { brandId, status: "ACTIVE" },
    orderBy: [{ recognisedOn: "desc" }, { createdAt: "desc" }],
    select: { creditCode: true, unitName: true, unitId: true },
  });
  const byCode = new Map<string, { creditCode: string; unitName: string; unitId: string | null }>();
  for (const r of rows) {
    const held = byCode.get(r.creditCode);
    // The latest recognition names the unit; an account linked on any of them counts.
    if (!held) byCode.set(r.creditCode, { ...r });
    else if (!held.unitId && r.unitId) held.unitId = r.unitId;
  }
  const units = [...byCode.values()];
  return { units, unitIds: units.map((u) => u.unitId).filter((id): id is string => !!id) };
}
