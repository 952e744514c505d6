import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  MAX_BRAND_LIST_KEY_LENGTH,
  brandListHref,
  brandListKey,
  brandListRewritePath,
  normaliseSearch,
  parseBrandListKey,
  parseBrandListQuery,
} from "@/lib/domain/brand-list-query";

const nextCache = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/cache", () => nextCache);

describe("brand list URL state", () => {
  it("parses known values and drops unknown ones", () => {
    expect(parseBrandListQuery({ category: "CULTURE_TOURISM", level: "CITY", city: "QINHAN", q: " 陶艺 ", sort: "name", page: "3" })).toEqual({
      category: "CULTURE_TOURISM",
      level: "CITY",
      city: "QINHAN",
      q: "陶艺",
      sort: "name",
      page: 3,
    });
    expect(parseBrandListQuery({ category: "X", level: ["NATIONAL", "CITY"], city: "", sort: "drop", page: "-1" })).toEqual({
      category: undefined,
      level: "NATIONAL",
      city: undefined,
      q: undefined,
      sort: "level",
      page: 1,
    });
    expect(parseBrandListQuery({ page: "9999999" }).page).toBe(1);
    expect(parseBrandListQuery({ page: "1e3" }).page).toBe(1);
  });

  it("normalises the search term: control characters, whitespace, 40 characters", () => {
    expect(normaliseSearch("  家政\t\n  师 ")).toBe("家政 师");
    expect(normaliseSearch("\u0000\u0007")).toBeUndefined();
    expect(normaliseSearch("好".repeat(100))?.length).toBe(40);
    // Markup is kept as text (React escapes it when echoed) — never interpreted.
    expect(normaliseSearch("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
  });

  it("builds canonical, round-tripping URLs with defaults omitted", () => {
    expect(brandListHref({ sort: "level", page: 1 })).toBe("/brands");
    const href = brandListHref({ q: "a&b=c", category: "MID_HIGH_SKILL", sort: "employed", page: 2 });
    expect(href).toBe("/brands?q=a%26b%3Dc&category=MID_HIGH_SKILL&sort=employed&page=2");
    const back = parseBrandListQuery(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(back).toMatchObject({ q: "a&b=c", category: "MID_HIGH_SKILL", sort: "employed", page: 2 });
  });
});

describe("brand list cache key (proxy.ts rewrite to /brands/_q/[key])", () => {
  const rewrite = (qs: string) => brandListRewritePath(new URLSearchParams(qs));

  it("gives equivalent addresses one key, and the key round-trips to the same list state", () => {
    const canonical = rewrite("q=%E9%99%B6%E8%89%BA&category=CULTURE_TOURISM&sort=name&page=2");
    expect(canonical).toMatch(/^\/brands\/_q\/[A-Za-z0-9_-]+$/);
    // Key order, unknown parameters, invalid values, padding whitespace and repeats do not matter.
    expect(rewrite("page=2&utm_source=x&sort=name&category=CULTURE_TOURISM&level=EVIL&q=++%E9%99%B6%E8%89%BA+&q=other&_rsc=abc")).toBe(canonical);
    const key = canonical!.split("/").pop()!;
    expect(parseBrandListKey(key)).toEqual(parseBrandListQuery({ q: "陶艺", category: "CULTURE_TOURISM", sort: "name", page: "2" }));
    // Defaults: /brands and /brands?page=1&sort=level are the same entry.
    expect(rewrite("")).toBe(rewrite("page=1&sort=level&city="));
    expect(parseBrandListKey(rewrite("")!.split("/").pop()!)).toEqual(parseBrandListQuery({}));
  });

  it("clamps page numbers so past-the-end pages cannot multiply cache entries", () => {
    expect(rewrite("page=999999")).toBe(rewrite("page=1000"));
    expect(rewrite("page=999")).not.toBe(rewrite("page=1000"));
  });

  it("accepts only canonical keys: anything else is not a list state (the route answers 404)", () => {
    const key = brandListKey(parseBrandListQuery({ level: "CITY", q: "家政" }));
    expect(parseBrandListKey(key)).toBeDefined();
    const b64 = (s: string) => Buffer.from(s).toString("base64url");
    for (const bad of [
      `${key}=`, // padding
      `${key}A`,
      key.replace(/[A-Za-z]/, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())),
      b64("|CITY||level|1| 家政 "), // not normalised
      b64("EVIL|CITY||level|1|家政"), // unknown value
      b64("||||1|"), // sort missing
      b64("|||level|01|"), // page not canonical
      b64("|||level|1"), // too few fields
      "%E0%A4%A",
      "",
      "all",
      "x".repeat(MAX_BRAND_LIST_KEY_LENGTH + 1),
    ]) {
      expect(parseBrandListKey(bad), bad).toBeUndefined();
    }
    expect(parseBrandListKey(b64("|CITY||level|1|家政"))).toBeDefined();
    expect(parseBrandListKey(b64("|||level|1|a|b"))?.q).toBe("a|b");
  });

  it("leaves very long non-ASCII searches to the per-request page", () => {
    expect(rewrite(`q=${encodeURIComponent("家政服务".repeat(10))}`)).toBeUndefined();
    // Whatever the proxy rewrites to, the route accepts (no 404 for a real address), e.g. when
    // the 40-character cut splits a surrogate pair.
    for (const q of [`a${"𠀀".repeat(20)}`, "𠀀".repeat(20), "|||", " % + & = ", "a\u0000b"]) {
      const target = brandListRewritePath(new URLSearchParams({ q, page: "3" }));
      expect(target && parseBrandListKey(target.split("/").pop()!), q).toBeDefined();
    }
    expect(rewrite(`q=${encodeURIComponent("家政服务".repeat(4))}&category=HIGH_QUALITY_SERVICE&level=NATIONAL&city=FENGXI&sort=employed&page=12`)).toBeDefined();
  });
});

describe("showcase cache invalidation", () => {
  beforeEach(() => {
    nextCache.revalidatePath.mockClear();
    nextCache.revalidateTag.mockClear();
  });

  it("invalidateBrand refreshes that brand's page (both spellings), the list tag, home, notices and sitemap — not other brands", async () => {
    const { invalidateBrand } = await import("@/lib/server/showcase-cache");
    invalidateBrand("沣西家政师");
    const paths = nextCache.revalidatePath.mock.calls.map((c) => c.join(" "));
    expect(paths).toContain(`/brands/${encodeURIComponent("沣西家政师")}`);
    expect(paths).toContain("/brands/沣西家政师");
    expect(paths).toEqual(expect.arrayContaining(["/", "/notices", "/notices/[id] page", "/sitemap.xml"]));
    expect(paths).not.toContain("/brands/[slug] page");
    expect(paths).toContain("/brands/_q/[key] page");
    expect(nextCache.revalidateTag).toHaveBeenCalledWith("showcase:brands", { expire: 0 });
  });

  it("invalidateNotices refreshes the notices, the one notice, home and sitemap — not brand pages", async () => {
    const { invalidateNotices } = await import("@/lib/server/showcase-cache");
    invalidateNotices("abc123");
    const paths = nextCache.revalidatePath.mock.calls.map((c) => c.join(" "));
    expect(paths.sort()).toEqual(["/", "/notices", "/notices/abc123", "/sitemap.xml"].sort());
    expect(nextCache.revalidateTag).not.toHaveBeenCalled();
  });

  it("invalidateShowcase refreshes every cached brand list page and its data", async () => {
    const { invalidateShowcase } = await import("@/lib/server/showcase-cache");
    invalidateShowcase();
    const paths = nextCache.revalidatePath.mock.calls.map((c) => c.join(" "));
    expect(paths).toEqual(expect.arrayContaining(["/brands/_q/[key] page", "/brands/[slug] page", "/"]));
    expect(nextCache.revalidateTag).toHaveBeenCalledWith("showcase:brands", { expire: 0 });
  });
});
