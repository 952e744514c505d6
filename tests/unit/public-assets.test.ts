import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import manifest from "@/app/manifest";
import { config as proxyConfig } from "@/proxy";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { BRAND_ASSETS, BRAND_COLORS, pageMetadata } from "@/lib/server/services/public/seo";

// The static brand files in public/ (rendered by scripts/render-brand-assets.mjs): the right
// format and pixel size, the manifest's icons present, the palette and copy still the site's.

const ROOT = path.resolve(__dirname, "../..");
const publicFile = (urlPath: string) => path.join(ROOT, "public", urlPath);
const read = (urlPath: string) => readFileSync(publicFile(urlPath));

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type PngInfo = { width: number; height: number; colorType: number; firstPixelAlpha: number };

/** Size and colour type from the IHDR chunk, and the top-left pixel's alpha (255 without an alpha channel). */
function readPng(data: Buffer): PngInfo {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE), "PNG signature").toBe(true);
  expect(data.toString("latin1", 12, 16)).toBe("IHDR");
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const bitDepth = data.readUInt8(24);
  const colorType = data.readUInt8(25);
  expect(bitDepth).toBe(8);
  // The first pixel of the first row is stored as is whatever the row's filter (its neighbours are 0).
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at);
    const type = data.toString("latin1", at + 4, at + 8);
    if (type === "IDAT") idat.push(data.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const firstPixelAlpha = colorType === 6 ? raw[1 + 3]! : 255;
  return { width, height, colorType, firstPixelAlpha };
}

type IcoEntry = { width: number; height: number; bitCount: number; png: PngInfo };

function readIco(data: Buffer): IcoEntry[] {
  expect(data.readUInt16LE(0), "reserved").toBe(0);
  expect(data.readUInt16LE(2), "type 1 = icon").toBe(1);
  const count = data.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const size = data.readUInt32LE(at + 8);
    const offset = data.readUInt32LE(at + 12);
    expect(offset + size).toBeLessThanOrEqual(data.length);
    return {
      width: data.readUInt8(at) || 256,
      height: data.readUInt8(at + 1) || 256,
      bitCount: data.readUInt16LE(at + 6),
      png: readPng(data.subarray(offset, offset + size)),
    };
  });
}

/** The palette as app/globals.css's @theme declares it. */
function themeColour(name: string): string {
  const css = readFileSync(path.join(ROOT, "app/globals.css"), "utf8");
  const match = css.match(new RegExp(`--color-${name}:\\s*(#[0-9a-fA-F]{6})\\s*;`));
  expect(match, `--color-${name}`).not.toBeNull();
  return match![1]!.toLowerCase();
}

describe("brand files in public/", () => {
  it("favicon.ico holds 16, 32 and 48 px PNG images of their declared size", () => {
    const entries = readIco(read(BRAND_ASSETS.favicon));
    expect(entries.map((e) => e.width)).toEqual([16, 32, 48]);
    for (const e of entries) {
      expect(e.height).toBe(e.width);
      expect(e.bitCount).toBe(32);
      expect({ width: e.png.width, height: e.png.height }).toEqual({ width: e.width, height: e.width });
      // Rounded corners: (all but anti-aliasing) transparent, not a box in a dark tab strip.
      expect(e.png.firstPixelAlpha).toBeLessThan(64);
    }
  });

  it.each([
    { file: BRAND_ASSETS.appleTouchIcon, size: 180, transparentCorner: false },
    { file: BRAND_ASSETS.icon192, size: 192, transparentCorner: true },
    { file: BRAND_ASSETS.icon512, size: 512, transparentCorner: true },
    { file: BRAND_ASSETS.maskableIcon512, size: 512, transparentCorner: false },
  ])("$file is a $size px square PNG", ({ file, size, transparentCorner }) => {
    const png = readPng(read(file));
    expect({ width: png.width, height: png.height }).toEqual({ width: size, height: size });
    // iOS and maskable icons are masked by the platform: transparent corners would turn black there.
    expect(png.firstPixelAlpha === 0).toBe(transparentCorner);
  });

  it("the Open Graph image is a 1200×630 PNG, as the page metadata declares", () => {
    const { url, width, height } = BRAND_ASSETS.shareImage;
    const png = readPng(read(url));
    expect({ width: png.width, height: png.height }).toEqual({ width, height });
    expect(png.firstPixelAlpha).toBe(255);
  });

  it("icon.svg is a square SVG in the header's colour", () => {
    const svg = read(BRAND_ASSETS.svgIcon).toString("utf8");
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('viewBox="0 0 512 512"');
    expect(svg).toContain(`fill="${themeColour("brand-700")}"`);
    expect(svg).toContain("劳");
  });

  it("the manifest names the portal in Chinese and each of its icons exists at its declared size", () => {
    const m = manifest();
    expect(m.name).toBe("西咸新区劳务品牌");
    expect(m.lang).toBe("zh-CN");
    expect(m.icons?.length).toBeGreaterThan(0);
    for (const icon of m.icons ?? []) {
      expect(existsSync(publicFile(icon.src)), icon.src).toBe(true);
      if (icon.type === "image/png") {
        const png = readPng(read(icon.src));
        expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
      }
    }
    expect(m.icons?.some((i) => i.purpose === "maskable")).toBe(true);
  });

  it("the theme colour is the palette's (the header's brand-700)", () => {
    expect(BRAND_COLORS.theme).toBe(themeColour("brand-700"));
    expect(manifest().theme_color).toBe(BRAND_COLORS.theme);
  });

  it("the render script bakes the catalogue's copy into the Open Graph image", () => {
    const script = readFileSync(path.join(ROOT, "scripts/render-brand-assets.mjs"), "utf8");
    for (const text of [messages.site.name, messages.site.owner, messages.site.description]) {
      expect(script).toContain(`"${text}"`);
    }
  });
});

describe("wiring", () => {
  it("public pages share the Open Graph image and a large Twitter card", () => {
    const meta = pageMetadata({ title: "标题", description: "说明", path: "/brands" });
    expect(meta.openGraph?.images).toEqual([expect.objectContaining({ url: BRAND_ASSETS.shareImage.url, width: 1200, height: 630, alt: messages.site.shareImageAlt })]);
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", images: [expect.objectContaining({ url: BRAND_ASSETS.shareImage.url })] });
  });

  it("the public layout gives pages without their own metadata (/policy, /login, /register) the share image", async () => {
    const { metadata } = await import("@/app/(public)/layout");
    expect(metadata.openGraph?.images).toEqual([expect.objectContaining({ url: BRAND_ASSETS.shareImage.url, width: 1200, height: 630 })]);
  });

  it("proxy.ts's matcher leaves the brand files and the manifest alone (no sign-in redirect)", () => {
    // Next's matcher syntax as proxy.ts uses it: literal paths and a trailing `/:path*`.
    const matchers = proxyConfig.matcher.map((m) => new RegExp(`^${m.replace(/\/:path\*$/, "(?:/.*)?")}$`));
    const paths = [...Object.values(BRAND_ASSETS).map((a) => (typeof a === "string" ? a : a.url)), "/manifest.webmanifest", "/robots.txt"];
    for (const p of paths) expect(matchers.some((re) => re.test(p)), p).toBe(false);
    expect(matchers.some((re) => re.test("/unit/applications")), "sanity: portal paths are matched").toBe(true);
  });

  it("nothing in app/ competes with the public/ files for the same address", () => {
    const conflicts = readdirSync(path.join(ROOT, "app")).filter((f) => /^(favicon|icon\d*|apple-icon\d*|opengraph-image|twitter-image)\.|^manifest\.(json|webmanifest)$/.test(f));
    expect(conflicts).toEqual([]);
    expect(existsSync(publicFile("/manifest.webmanifest")), "app/manifest.ts serves /manifest.webmanifest").toBe(false);
    expect(existsSync(publicFile("/robots.txt")), "app/robots.ts serves /robots.txt").toBe(false);
  });
});
