import { beforeEach, describe, expect, it, vi } from "vitest";
import { brandListHref, normaliseSearch, parseBrandListQuery } from "@/lib/server/services/public/brand-list-query";

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
    expect(nextCache.revalidateTag).toHaveBeenCalledWith("showcase:brands", { expire: 0 });
  });

  it("invalidateNotices refreshes the notices, the one notice, home and sitemap — not brand pages", async () => {
    const { invalidateNotices } = await import("@/lib/server/showcase-cache");
    invalidateNotices("abc123");
    const paths = nextCache.revalidatePath.mock.calls.map((c) => c.join(" "));
    expect(paths.sort()).toEqual(["/", "/notices", "/notices/abc123", "/sitemap.xml"].sort());
    expect(nextCache.revalidateTag).not.toHaveBeenCalled();
  });
});
