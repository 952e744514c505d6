import "server-only";

/**
 * A private download: the file's own type, its UTF-8 name (RFC 6266/5987), never cached, never
 * sniffed. Every route that hands out an uploaded file or a generated package answers with it.
 */
export function downloadResponse({ body, fileName, mimeType, size, asciiFallback }: { body: BodyInit; fileName: string; mimeType: string; size?: number; asciiFallback?: string }): Response {
  const fallback = asciiFallback ? `filename="${asciiFallback}"; ` : "";
  return new Response(body, {
    headers: {
      "Content-Type": mimeType,
      ...(size === undefined ? {} : { "Content-Length": String(size) }),
      "Content-Disposition": `attachment; ${fallback}filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
