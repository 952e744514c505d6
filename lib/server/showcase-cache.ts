import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { brandPath, noticePath } from "@/lib/domain/public-paths";

/**
 * The public showcase's cache, in one place (no `cacheComponents`; the previous caching model):
 *
 * - Home, brand pages, notices and notice pages are ISR pages: rendered once, kept in Next's
 *   full-route cache, re-rendered on demand by `revalidatePath` below and, as a safety net for
 *   writes that forget to call us (or come from outside the app, e.g. a script or a test), at
 *   most SHOWCASE_REVALIDATE_SECONDS after they went stale (stale-while-revalidate).
 * - The brand list (/brands?…) is an ISR page too: proxy.ts rewrites it to the internal route
 *   /brands/_q/[key] (BRAND_LIST_ROUTE), one page per canonical query; its data comes from
 *   `unstable_cache` entries keyed by the same query and tagged SHOWCASE_TAGS.brands. Both the
 *   route pattern and the tag are dropped together.
 *
 * Every function here must run inside a Server Action or a Route Handler (Next refuses
 * revalidation during a render), after the transaction that changed the data has committed.
 * All of them expire immediately (revalidatePath has no stale window; tags use `expire: 0`), so
 * a brand hidden under M2 is never served again from any cache, not even once.
 */

/** The time-based safety net, in seconds. Pages repeat it as a literal (`export const revalidate = 10`). */
export const SHOWCASE_REVALIDATE_SECONDS = 10;

export const SHOWCASE_TAGS = {
  /** Every cached brand-list query (/brands). */
  brands: "showcase:brands",
} as const;


const expireNow = { expire: 0 } as const;

/** The cached brand list's route pattern (folder app/(public)/brands/%5Fq/[key]; see proxy.ts). */
export const BRAND_LIST_ROUTE = "/brands/_q/[key]";

/** Every cached form of the brand list: its pages and the data they were rendered from. */
function invalidateBrandList() {
  revalidateTag(SHOWCASE_TAGS.brands, expireNow);
  revalidatePath(BRAND_LIST_ROUTE, "page");
  revalidatePath("/brands");
}

/** A path and its raw-Unicode form: the cache's implicit tag follows the request's spelling. */
function revalidateLiteral(path: string) {
  revalidatePath(path);
  const decoded = safeDecode(path);
  if (decoded !== path) revalidatePath(decoded);
}

function safeDecode(path: string) {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/**
 * A brand's public face changed: recognised (新区级 created), a level pushed up or down, a
 * recognition or lead unit revoked, hidden/unhidden from the showcase (M2), profile or photos
 * edited. Pass the old and the new slug when a brand is renamed.
 *
 * Refreshes: that brand's page, the brand list (every query), the home page (figures, featured
 * brands), /notices (recognition results) and every notice page (a notice of a brand that is
 * now hidden must disappear), and the sitemap.
 */
export function invalidateBrand(slug: string | readonly string[]): void {
  const slugs = typeof slug === "string" ? [slug] : slug;
  for (const s of slugs) revalidateLiteral(brandPath(s));
  invalidateBrandList();
  revalidatePath("/");
  revalidatePath("/notices");
  revalidatePath("/notices/[id]", "page");
  revalidatePath("/sitemap.xml");
}

/**
 * A publicity notice was opened or changed (拟认定公示 created by approveForPublicity, or its text or
 * dates edited). Refreshes /notices, that notice's page, the home page (latest notices) and the sitemap.
 */
export function invalidateNotices(noticeId?: string): void {
  revalidatePath("/notices");
  if (noticeId) revalidateLiteral(noticePath(noticeId));
  else revalidatePath("/notices/[id]", "page");
  revalidatePath("/");
  revalidatePath("/sitemap.xml");
}

/** Everything public (e.g. a new city renamed, a bulk import). Portal pages are dynamic and unaffected. */
export function invalidateShowcase(): void {
  invalidateBrandList();
  revalidatePath("/");
  revalidatePath("/brands/[slug]", "page");
  revalidatePath("/notices");
  revalidatePath("/notices/[id]", "page");
  revalidatePath("/sitemap.xml");
}
