import "server-only";
import { db } from "@/lib/server/db";
import { VISIBLE_BRAND, visibleNotice } from "./visibility";

/** What the sitemap lists: brands on the showcase and public notices. */
export async function listSitemapEntries() {
  const [brands, notices] = await Promise.all([
    db.brand.findMany({ where: VISIBLE_BRAND, select: { slug: true, updatedAt: true }, orderBy: { name: "asc" } }),
    db.publicityNotice.findMany({ where: visibleNotice(), select: { id: true, createdAt: true }, orderBy: { startsAt: "desc" } }),
  ]);
  return { brands, notices };
}
