import "server-only";
import { db } from "@/lib/server/db";
import { publicPhotoWhere } from "@/lib/domain/public-photo";
import { VISIBLE_BRAND } from "./visibility";

export type PublicPhoto = { storageKey: string; mimeType: string; sha256: string; sizeBytes: number };

/**
 * A photo the public may see (isPublicPhoto in lib/domain/public-photo.ts), or null. Anything
 * else — ledgers, licences, private photos, photos of revoked or hidden brands — is "not found".
 */
export async function findPublicPhoto(id: string): Promise<PublicPhoto | null> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  return db.attachment.findFirst({
    where: publicPhotoWhere({ id, brand: VISIBLE_BRAND }),
    select: { storageKey: true, mimeType: true, sha256: true, sizeBytes: true },
  });
}
