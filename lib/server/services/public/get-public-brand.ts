import "server-only";
import { db } from "@/lib/server/db";
import { formatCalendarDate } from "@/lib/domain/dates";
import { publicPhotoWhere } from "@/lib/domain/public-photo";
import { levelRank, type LevelCode } from "@/lib/eligibility";

/** A brand's public profile (RULES.md P1). Nothing private: no contacts, ledgers or private files. */
export type PublicBrand = {
  slug: string;
  name: string;
  category: string;
  highestLevel: LevelCode;
  newCityName: string;
  isNationalIch: boolean;
  ichItemName: string | null;
  employedCount: number;
  povertyAlleviatedCount: number;
  story: string | null;
  skills: string | null;
  transferChannels: string | null;
  trademarks: string | null;
  awards: string | null;
  updatedAt: string;
  /** 认定历程, oldest first. */
  recognitions: {
    level: LevelCode;
    recognisedOn: string;
    /** The portal's certificate number (新区级), or the higher body's document number (文号). */
    documentNo: string | null;
    /** Who recognised it, for a level gained through a push (e.g. 西安市人力资源和社会保障局). */
    issuingBody: string | null;
    status: "ACTIVE" | "REVOKED";
  }[];
  /** 创建引领单位 holding an ACTIVE title, with the highest level each holds. */
  leadUnits: { name: string; level: LevelCode }[];
  /** Ids for /api/public/photos/[id]. */
  photoIds: string[];
};

export type PublicBrandResult =
  | { kind: "visible"; brand: PublicBrand }
  /** Every recognition revoked (highestLevel null) but not hidden: the page says "已撤销". */
  | { kind: "revoked"; name: string; slug: string }
  /** Unknown, or hidden from the showcase (M2): 404. */
  | { kind: "absent" };

export async function getPublicBrand(slug: string): Promise<PublicBrandResult> {
  if (!slug || slug.length > 100) return { kind: "absent" };
  const brand = await db.brand.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      category: true,
      highestLevel: true,
      hiddenFromShowcase: true,
      isNationalIch: true,
      ichItemName: true,
      employedCount: true,
      povertyAlleviatedCount: true,
      story: true,
      skills: true,
      transferChannels: true,
      trademarks: true,
      awards: true,
      updatedAt: true,
      newCity: { select: { name: true } },
      recognitions: {
        orderBy: [{ recognisedOn: "asc" }, { createdAt: "asc" }],
        select: { level: true, recognisedOn: true, certificateNo: true, documentNo: true, issuingBody: true, status: true, leadUnits: { where: { status: "ACTIVE" }, select: { unitName: true, creditCode: true, level: true } } },
      },
    },
  });
  if (!brand || brand.hiddenFromShowcase) return { kind: "absent" };
  if (!brand.highestLevel) return { kind: "revoked", name: brand.name, slug: brand.slug };

  const leadUnits = new Map<string, { name: string; level: LevelCode }>();
  for (const r of brand.recognitions) {
    if (r.status !== "ACTIVE") continue;
    for (const u of r.leadUnits) {
      const held = leadUnits.get(u.creditCode);
      if (!held || levelRank(u.level) > levelRank(held.level)) leadUnits.set(u.creditCode, { name: u.unitName, level: u.level });
    }
  }
  const photos = await db.attachment.findMany({
    // The brand was just found visible, so only the photo's own conditions remain.
    where: publicPhotoWhere({ brandId: brand.id }),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 12,
    select: { id: true },
  });
  return {
    kind: "visible",
    brand: {
      slug: brand.slug,
      name: brand.name,
      category: brand.category,
      highestLevel: brand.highestLevel,
      newCityName: brand.newCity.name,
      isNationalIch: brand.isNationalIch,
      ichItemName: brand.ichItemName,
      employedCount: brand.employedCount,
      povertyAlleviatedCount: brand.povertyAlleviatedCount,
      story: brand.story,
      skills: brand.skills,
      transferChannels: brand.transferChannels,
      trademarks: brand.trademarks,
      awards: brand.awards,
      updatedAt: brand.updatedAt.toISOString(),
      recognitions: brand.recognitions.map((r) => ({
        level: r.level,
        recognisedOn: formatCalendarDate(r.recognisedOn),
        documentNo: r.certificateNo ?? r.documentNo,
        issuingBody: r.issuingBody,
        status: r.status,
      })),
      leadUnits: [...leadUnits.values()],
      photoIds: photos.map((p) => p.id),
    },
  };
}
