import "server-only";
import { db } from "@/lib/server/db";

export type PublicityNotice = { id: string; brandName: string; unitName: string; newCityName: string };

/** 公示公告: applications currently in their publicity period, with public fields only. */
export async function listPublicityNotices(): Promise<PublicityNotice[]> {
  const rows = await db.application.findMany({
    where: { status: "IN_PUBLICITY" },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 100,
    select: { id: true, brandName: true, unit: { select: { name: true } }, newCity: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, brandName: r.brandName, unitName: r.unit.name, newCityName: r.newCity.name }));
}
