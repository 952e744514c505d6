// The public addresses of the showcase's pages, used by links, the sitemap and the cache's
// invalidation alike (pure: components and the server share them).

/** The public address of a brand page; Brand.slug is the brand's (Chinese) name. */
export function brandPath(slug: string): string {
  return `/brands/${encodeURIComponent(slug)}`;
}

export function noticePath(id: string): string {
  return `/notices/${encodeURIComponent(id)}`;
}
