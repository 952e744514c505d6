import "server-only";
import { db } from "@/lib/server/db";
import { formatCalendarDate, formatDateTime } from "@/lib/domain/dates";
import type { LevelCode } from "@/lib/eligibility";
import { VISIBLE_BRAND, visibleNotice } from "./visibility";

export type NoticeStatus = "upcoming" | "open" | "ended";

/** 公示: a publicity notice as the public sees it (dates as Shanghai text, plain JSON). */
export type PublicNoticeSummary = {
  id: string;
  title: string;
  brandName: string;
  newCityName: string;
  startsAt: string;
  endsAt: string;
  /** The last instant objections are accepted (endsAt is exclusive), as Shanghai date-time text. */
  lastDay: string;
  publishedOn: string;
};

export type PublicNotice = PublicNoticeSummary & {
  body: string;
  startsAtIso: string;
  endsAtIso: string;
  /** Set once the brand is recognised and still on the showcase. */
  brandSlug: string | null;
};

export function noticeStatus(notice: { startsAtIso: string; endsAtIso: string }, now: Date): NoticeStatus {
  if (now < new Date(notice.startsAtIso)) return "upcoming";
  return now < new Date(notice.endsAtIso) ? "open" : "ended";
}

const noticeSelect = {
  id: true,
  title: true,
  body: true,
  startsAt: true,
  endsAt: true,
  createdAt: true,
  application: {
    select: {
      brandName: true,
      newCity: { select: { name: true } },
      status: true,
      brand: { select: { slug: true, highestLevel: true, hiddenFromShowcase: true } },
    },
  },
} as const;

type NoticeRow = {
  id: string;
  title: string;
  body: string;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  application: { brandName: string; newCity: { name: string }; status: string; brand: { slug: string; highestLevel: string | null; hiddenFromShowcase: boolean } | null };
};

function toNotice(n: NoticeRow): PublicNotice {
  const brand = n.application.brand;
  return {
    id: n.id,
    title: n.title,
    body: n.body,
    brandName: n.application.brandName,
    newCityName: n.application.newCity.name,
    startsAt: formatDateTime(n.startsAt),
    endsAt: formatDateTime(n.endsAt),
    lastDay: formatDateTime(new Date(n.endsAt.getTime() - 60_000)),
    publishedOn: formatDateTime(n.createdAt).slice(0, 10),
    startsAtIso: n.startsAt.toISOString(),
    endsAtIso: n.endsAt.toISOString(),
    brandSlug: brand && brand.highestLevel && !brand.hiddenFromShowcase ? brand.slug : null,
  };
}

/** 公示公告: newest first. */
export async function listPublicityNotices({ take = 50 }: { take?: number } = {}): Promise<PublicNotice[]> {
  const rows = await db.publicityNotice.findMany({
    where: visibleNotice(),
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take,
    select: noticeSelect,
  });
  return rows.map(toNotice);
}

export async function getPublicityNotice(id: string): Promise<PublicNotice | null> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const row = await db.publicityNotice.findFirst({ where: { id, ...visibleNotice() }, select: noticeSelect });
  return row ? toNotice(row) : null;
}

/** 认定结果: recognitions of brands on the showcase, newest first. */
export type RecognitionResult = { brandName: string; slug: string; level: LevelCode; recognisedOn: string; newCityName: string; status: "ACTIVE" | "REVOKED" };

export async function listRecognitionResults({ take = 20 }: { take?: number } = {}): Promise<RecognitionResult[]> {
  const rows = await db.brandRecognition.findMany({
    where: { brand: VISIBLE_BRAND },
    orderBy: [{ recognisedOn: "desc" }, { createdAt: "desc" }],
    take,
    select: { level: true, recognisedOn: true, status: true, brand: { select: { name: true, slug: true, newCity: { select: { name: true } } } } },
  });
  return rows.map((r) => ({
    brandName: r.brand.name,
    slug: r.brand.slug,
    level: r.level,
    recognisedOn: formatCalendarDate(r.recognisedOn),
    newCityName: r.brand.newCity.name,
    status: r.status,
  }));
}
