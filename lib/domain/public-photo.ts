// Which attachments the public may see (RULES.md P1: the showcase presents recognised brands).
// One definition for the upload (what the stored flag may become), for the photo route and for
// the brand page's photo list, so a ledger or a licence can never be served by one of them.

/** The image types the public photo route serves (the browser renders them inline). */
export const PUBLIC_PHOTO_MIME_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"] as const;

/**
 * The stored isPublic flag of a new attachment: only a photo can be shown on the public brand
 * page, and only when the unit asked for it.
 */
export function publicFlagAtUpload({ kind, requested }: { kind: string; requested: boolean }): boolean {
  return kind === "PHOTO" && requested;
}

export type PhotoFacts = {
  attachment: { kind: string; isPublic: boolean; mimeType: string };
  applicationStatus: string;
  /** The brand is on the showcase (see VISIBLE_BRAND in lib/server/services/public/visibility.ts). */
  brandVisible: boolean;
};

/**
 * A photo the public may see: kind PHOTO, marked public by the unit, of an image type, on a
 * RECOGNISED application of a brand that is still on the showcase.
 */
export function isPublicPhoto({ attachment, applicationStatus, brandVisible }: PhotoFacts): boolean {
  return (
    attachment.kind === "PHOTO" &&
    attachment.isPublic &&
    (PUBLIC_PHOTO_MIME_TYPES as readonly string[]).includes(attachment.mimeType) &&
    applicationStatus === "RECOGNISED" &&
    brandVisible
  );
}

type PublicPhotoWhere<B> = {
  kind: "PHOTO";
  isPublic: true;
  mimeType: { in: string[] };
  application: { status: "RECOGNISED"; brandId?: string; brand?: B };
  id?: string;
};

/**
 * isPublicPhoto as a `where` fragment for attachment queries (a plain object, no Prisma import).
 * `brand` is the caller's visible-brand filter; it may be left out only where the brand itself
 * was already checked (the brand page lists photos of a brand it found visible).
 */
export function publicPhotoWhere<B = never>({ id, brandId, brand }: { id?: string; brandId?: string; brand?: B }): PublicPhotoWhere<B> {
  return {
    ...(id !== undefined ? { id } : {}),
    kind: "PHOTO",
    isPublic: true,
    mimeType: { in: [...PUBLIC_PHOTO_MIME_TYPES] },
    application: { status: "RECOGNISED", ...(brandId !== undefined ? { brandId } : {}), ...(brand !== undefined ? { brand } : {}) },
  };
}
