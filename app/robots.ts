import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/server/services/public/site-url";

// The showcase is public; the work areas, sign-in pages, APIs and the benchmark page are not for crawlers.
export const PRIVATE_PATHS = ["/unit", "/new-city", "/bureau", "/admin", "/portal", "/api/", "/login", "/register", "/bench-baseline", "/brands/_q/"];

export default function robots(): MetadataRoute.Robots {
  const base = siteUrl();
  return {
    rules: [{ userAgent: "*", allow: ["/", "/api/public/photos/"], disallow: PRIVATE_PATHS }],
    sitemap: new URL("/sitemap.xml", base).toString(),
  };
}
