// Renders the portal's static brand assets into public/: the SVG mark, favicon.ico (16/32/48 px
// PNG entries), the app icons and the 1200×630 Open Graph image.
//
//   node scripts/render-brand-assets.mjs
//
// Needs a Chromium (Debian's /usr/bin/chromium or Playwright's, see scripts/lib/browser.mjs) and
// the font Noto Sans CJK SC (Debian: fonts-noto-cjk). The PNGs are rendered with that font only, so
// the output does not depend on which other Chinese fonts the machine happens to have. The outputs
// are committed; run this again only when the mark, the palette or the copy changes.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, resolveChromiumExecutable } from "./lib/browser.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PUBLIC = path.join(ROOT, "public");

// The copy baked into the Open Graph image. tests/unit/public-assets.test.ts checks that it is
// still the catalogue's (messages.site.name / owner / description in lib/i18n/messages.zh-CN.ts).
const COPY = {
  name: "西咸新区劳务品牌",
  owner: "陕西省西咸新区社会事业服务局",
  description: "西咸新区劳务品牌申报、推荐、认定与展示平台。",
  glyph: "劳",
};

// The font every PNG is rendered with; the served icon.svg uses the site's own font stack instead.
const RENDER_FONT = "Noto Sans CJK SC";
// Same stack as --font-sans in app/globals.css.
const SITE_FONT_STACK = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Hiragino Sans GB', sans-serif";

/** The site's palette, read from Tailwind's @theme in app/globals.css so the assets follow it. */
function readPalette() {
  const css = readFileSync(path.join(ROOT, "app/globals.css"), "utf8");
  const colour = (name) => {
    const match = css.match(new RegExp(`--color-${name}:\\s*(#[0-9a-fA-F]{6})\\s*;`));
    if (!match) throw new Error(`app/globals.css declares no --color-${name}`);
    return match[1].toLowerCase();
  };
  return { brand600: colour("brand-600"), brand700: colour("brand-700"), brand800: colour("brand-800"), brand50: colour("brand-50") };
}

/** Refuses to render tofu: without the CJK font Chromium would draw empty boxes into the PNGs. */
function assertCjkFont() {
  let families = "";
  try {
    families = execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  } catch {
    throw new Error("fc-list is not available: cannot check that the font Noto Sans CJK SC is installed.");
  }
  if (!families.includes(RENDER_FONT)) {
    throw new Error(`The font ${RENDER_FONT} is not installed (Debian: apt-get install fonts-noto-cjk); the Chinese text would not render.`);
  }
}

const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The mark: a square in the header's colour (brand-700) with 劳 in white, the same sign the site
 * header shows. `rounded` is the free-standing icon (tabs, home screens that do not mask);
 * full bleed is for platforms that apply their own mask (iOS, Android maskable icons), where the
 * glyph must stay inside the central safe circle (80 % of the width). At tab sizes (≤ 32 px) the
 * glyph is drawn larger and the corners tighter, so that 劳 keeps its strokes apart.
 */
function markSvg({ palette, rounded, fontFamily, size }) {
  const small = size !== undefined && size <= 32;
  const glyphScale = !rounded ? 0.56 : small ? 0.8 : 0.7;
  const radius = small ? 80 : 104;
  const dims = size ? ` width="${size}" height="${size}"` : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"${dims} role="img" aria-label="${escapeXml(COPY.name)}">`,
    `<title>${escapeXml(COPY.name)}</title>`,
    `<rect width="512" height="512"${rounded ? ` rx="${radius}"` : ""} fill="${palette.brand700}"/>`,
    `<text x="256" y="256" text-anchor="middle" dominant-baseline="central" font-family="${escapeXml(fontFamily)}" font-size="${Math.round(512 * glyphScale)}" font-weight="700" fill="#ffffff">${COPY.glyph}</text>`,
    `</svg>`,
  ].join("");
}

/** The Open Graph card: the home page hero's colours, the white header mark, the name and the owner. */
function ogHtml({ palette }) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    html, body { margin: 0; }
    body { width: 1200px; height: 630px; overflow: hidden; font-family: "${RENDER_FONT}", sans-serif; }
    .card { box-sizing: border-box; width: 1200px; height: 630px; padding: 0 96px; display: flex; flex-direction: column; justify-content: center;
      color: #fff; background: linear-gradient(135deg, ${palette.brand700} 0%, ${palette.brand700} 55%, ${palette.brand800} 100%); position: relative; }
    .row { display: flex; align-items: center; gap: 48px; }
    .mark { width: 168px; height: 168px; border-radius: 36px; background: #fff; color: ${palette.brand700}; display: flex; align-items: center; justify-content: center;
      font-size: 120px; font-weight: 700; line-height: 1; flex: none; }
    h1 { margin: 0; font-size: 92px; font-weight: 700; line-height: 1.1; letter-spacing: 4px; }
    .owner { margin: 20px 0 0; font-size: 40px; font-weight: 400; line-height: 1.3; color: rgba(255,255,255,0.95); letter-spacing: 2px; }
    .rule { margin: 56px 0 0; width: 120px; height: 8px; border-radius: 4px; background: #fcd34d; }
    .desc { margin: 28px 0 0; font-size: 34px; font-weight: 400; line-height: 1.4; color: rgba(255,255,255,0.88); }
    .band { position: absolute; left: 0; right: 0; bottom: 0; height: 16px; background: ${palette.brand800}; }
  </style></head><body><div class="card">
    <div class="row"><div class="mark">${COPY.glyph}</div>
      <div><h1>${COPY.name}</h1><p class="owner">${COPY.owner}</p></div></div>
    <div class="rule"></div>
    <p class="desc">${COPY.description.replace(/。$/, "")}</p>
    <div class="band"></div>
  </div></body></html>`;
}

/** favicon.ico holding PNG images (allowed since Windows Vista; every current browser reads it). */
function buildIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function renderPng(page, { html, width, height, transparent }) {
  await page.setViewportSize({ width, height });
  await page.setContent(html, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  return page.screenshot({ type: "png", omitBackground: transparent, clip: { x: 0, y: 0, width, height } });
}

const iconPage = (svg) => `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:transparent}svg{display:block}</style></head><body>${svg}</body></html>`;

async function main() {
  assertCjkFont();
  const palette = readPalette();
  mkdirSync(PUBLIC, { recursive: true });

  // The served SVG names the site's font stack (a browser draws it with the visitor's fonts).
  writeFileSync(path.join(PUBLIC, "icon.svg"), `${markSvg({ palette, rounded: true, fontFamily: SITE_FONT_STACK })}\n`);

  const browser = await chromium.launch({ executablePath: resolveChromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const icon = (size, rounded) => renderPng(page, { html: iconPage(markSvg({ palette, rounded, fontFamily: RENDER_FONT, size })), width: size, height: size, transparent: rounded });

    const written = [];
    const write = (name, data) => {
      writeFileSync(path.join(PUBLIC, name), data);
      written.push(`${name} (${data.length} bytes)`);
    };

    const icoImages = [];
    for (const size of [16, 32, 48]) icoImages.push({ size, png: await icon(size, true) });
    write("favicon.ico", buildIco(icoImages));
    // iOS fills transparent corners with black and rounds the icon itself: full bleed.
    write("apple-touch-icon.png", await icon(180, false));
    write("icon-192.png", await icon(192, true));
    write("icon-512.png", await icon(512, true));
    write("icon-maskable-512.png", await icon(512, false));
    write("og-image.png", await renderPng(page, { html: ogHtml({ palette }), width: 1200, height: 630, transparent: false }));
    console.log(`public/: icon.svg, ${written.join(", ")}`);
  } finally {
    await browser.close();
  }
}

await main();
