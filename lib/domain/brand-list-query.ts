// The brand list's state lives in its URL (shareable, back-button safe). Parsing is total:
// unknown or malformed values fall back to "no filter", so a hand-edited address always gives a
// clean page. No I/O here.
import { CATEGORIES, LEVELS, NEW_CITIES, isCodeOf, type CategoryCode, type LevelCode, type NewCityCode } from "@/lib/eligibility";
import { parsePage } from "@/lib/domain/pagination";

export const BRAND_SORTS = ["level", "employed", "recent", "name"] as const;
export type BrandSort = (typeof BRAND_SORTS)[number];
export const DEFAULT_BRAND_SORT: BrandSort = "level";
export const BRAND_PAGE_SIZE = 12;
export const MAX_SEARCH_LENGTH = 40;

export type BrandListQuery = {
  category?: CategoryCode;
  level?: LevelCode;
  city?: NewCityCode;
  q?: string;
  sort: BrandSort;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Trimmed, control characters removed, inner whitespace collapsed, at most 40 characters. */
export function normaliseSearch(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const cleaned = raw.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_SEARCH_LENGTH).trim();
  return cleaned || undefined;
}

export function parseBrandListQuery(params: RawParams): BrandListQuery {
  const category = first(params.category);
  const level = first(params.level);
  const city = first(params.city);
  const sort = first(params.sort);
  return {
    category: isCodeOf(CATEGORIES, category) ? category : undefined,
    level: isCodeOf(LEVELS, level) ? level : undefined,
    city: isCodeOf(NEW_CITIES, city) ? city : undefined,
    q: normaliseSearch(first(params.q)),
    sort: (BRAND_SORTS as readonly string[]).includes(sort ?? "") ? (sort as BrandSort) : DEFAULT_BRAND_SORT,
    page: parsePage(params.page),
  };
}

/** The canonical query string of a list state (defaults omitted, fixed key order). */
export function brandListSearch(query: Partial<BrandListQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.category) params.set("category", query.category);
  if (query.level) params.set("level", query.level);
  if (query.city) params.set("city", query.city);
  if (query.sort && query.sort !== DEFAULT_BRAND_SORT) params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  return params.toString();
}

export function brandListHref(query: Partial<BrandListQuery>): string {
  const qs = brandListSearch(query);
  return qs ? `/brands?${qs}` : "/brands";
}

export function hasFilters(query: BrandListQuery): boolean {
  return !!(query.q || query.category || query.level || query.city);
}

// ---------------------------------------------------------------------------------------------
// The cache key of a list state. proxy.ts rewrites `GET /brands?…` to `/brands/_q/<key>`, an ISR
// page, so every canonical list state is rendered once and then served from Next's page cache.
// The key is the base64url form of a compact, fixed-order serialisation of the PARSED query
// (`category|level|city|sort|page|q`, q last as it may contain "|"), so equivalent addresses share
// one entry and the key is a plain [A-Za-z0-9_-] path segment (no percent-encoding ambiguity).
// The page accepts a key only if it equals the canonical re-encoding of what it decodes to, so
// crafted keys cannot add cache entries (they 404).

/** The reserved path segment of the internal route (app/(public)/brands/%5Fq/[key]). */
export const BRAND_LIST_KEY_SEGMENT = "_q";
/**
 * Longer keys (very long non-ASCII searches) are not rewritten: /brands renders them per request.
 * It keeps cache file names (key + suffix) well under the usual 255-byte file-name limit.
 */
export const MAX_BRAND_LIST_KEY_LENGTH = 160;
/**
 * Keys clamp the page here (12,000 brands; a district has a few thousand), so page numbers past
 * the end cannot multiply cache entries: every such page shows the last page anyway.
 */
export const MAX_BRAND_LIST_KEY_PAGE = 1000;

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(key: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(key)) return undefined;
  try {
    const binary = atob(key.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The canonical cache key of a list state (total: any query has exactly one key). */
export function brandListKey(query: BrandListQuery): string {
  const q = parseBrandListQuery({ ...query, page: String(Math.min(query.page, MAX_BRAND_LIST_KEY_PAGE)) });
  return toBase64Url([q.category ?? "", q.level ?? "", q.city ?? "", q.sort, String(q.page), q.q ?? ""].join("|"));
}

/** The list state of a key, or undefined unless the key is exactly the canonical key of that state. */
export function parseBrandListKey(key: string): BrandListQuery | undefined {
  if (key.length > MAX_BRAND_LIST_KEY_LENGTH) return undefined;
  const payload = fromBase64Url(key);
  if (payload === undefined) return undefined;
  const parts = payload.split("|");
  if (parts.length < 6) return undefined;
  const [category, level, city, sort, page] = parts;
  const q = parts.slice(5).join("|");
  const query = parseBrandListQuery({ category, level, city, sort, page, q });
  return brandListKey(query) === key ? query : undefined;
}

/**
 * Where proxy.ts rewrites `/brands` with this query string: the internal cached route, or
 * undefined (render /brands per request) when the key would be too long or not round-trip.
 */
export function brandListRewritePath(search: URLSearchParams): string | undefined {
  const raw: RawParams = {};
  for (const name of ["category", "level", "city", "sort", "page", "q"]) {
    const value = search.get(name);
    if (value !== null) raw[name] = value;
  }
  const key = brandListKey(parseBrandListQuery(raw));
  // parseBrandListKey also refuses the rare search that does not survive UTF-8 (a lone surrogate).
  return parseBrandListKey(key) ? `/brands/${BRAND_LIST_KEY_SEGMENT}/${key}` : undefined;
}
