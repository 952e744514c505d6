import "server-only";
import { db } from "@/lib/server/db";
import { VISIBLE_BRAND } from "./visibility";

export type PublicPhoto = { storageKey: string; mimeType: string; sha256: string; sizeBytes: number };

const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "image/gif"]);

/**
 * A photo the public may see, or null: kind PHOTO, marked public by the unit, on a RECOGNISED
 * application of a brand that is still on the showcase, and of an image type. Anything else —
 * ledgers, licences, private photos, photos of revoked or hidden brands — is "not found".
 */
export async function findPublicPhoto(id: string): Promise<PublicPhoto | null> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const photo = await db.attachment.findFirst({
    where: { id, kind: "PHOTO", isPublic: true, application: { status: "RECOGNISED", brand: VISIBLE_BRAND } },
    select: { storageKey: true, mimeType: true, sha256: true, sizeBytes: true },
  });
  if (!photo || !IMAGE_TYPES.has(photo.mimeType)) return null;
  return photo;
}
