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
