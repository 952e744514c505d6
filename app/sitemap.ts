import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/server/services/public/sitemap-entries";
import { loadOrFallbackAtBuild } from "@/lib/server/services/public/build-safe";
import { siteUrl } from "@/lib/server/services/public/site-url";
import { brandPath, noticePath } from "@/lib/domain/public-paths";

// Public pages only; brands that left the showcase and portal pages are never listed.
export const revalidate = 10;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const url = (path: string) => new URL(path, base).toString();
  const { brands, notices } = await loadOrFallbackAtBuild(listSitemapEntries, { brands: [], notices: [] });
  return [
    { url: url("/"), changeFrequency: "daily", priority: 1 },
    { url: url("/brands"), changeFrequency: "daily", priority: 0.9 },
    { url: url("/notices"), changeFrequency: "daily", priority: 0.8 },
    { url: url("/policy"), changeFrequency: "yearly", priority: 0.6 },
    ...brands.map((b) => ({ url: url(brandPath(b.slug)), lastModified: b.updatedAt, changeFrequency: "weekly" as const, priority: 0.7 })),
    ...notices.map((n) => ({ url: url(noticePath(n.id)), lastModified: n.createdAt, changeFrequency: "monthly" as const, priority: 0.5 })),
  ];
}
