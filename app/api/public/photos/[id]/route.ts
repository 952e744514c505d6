// GET /api/public/photos/[id] — anyone. Returns a photo only when the unit marked it public on the
// recognised application of a brand still on the showcase; every other id is a plain 404.
import { findPublicPhoto } from "@/lib/server/services/public/public-photo";
import { storage } from "@/lib/server/storage";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not Found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const photo = await findPublicPhoto((await params).id);
  if (!photo) return notFound();
  const etag = `"${photo.sha256}"`;
  // no-cache: browsers and proxies keep a copy but ask every time (a cheap 304), so a photo of a
  // brand that leaves the showcase stops being served at once.
  const headers = { "Content-Type": photo.mimeType, ETag: etag, "Cache-Control": "public, no-cache", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  let bytes: Uint8Array;
  try {
    bytes = await storage.get(photo.storageKey);
  } catch {
    return notFound();
  }
  return new Response(bytes as BodyInit, { status: 200, headers: { ...headers, "Content-Length": String(bytes.byteLength) } });
}
