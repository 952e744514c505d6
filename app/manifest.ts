import type { MetadataRoute } from "next";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { BRAND_ASSETS, BRAND_COLORS } from "@/lib/server/services/public/seo";

// GET /manifest.webmanifest, anyone: the web app manifest (static, built once). Next adds the
// <link rel="manifest"> to every page itself.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: messages.site.name,
    short_name: messages.site.shortName,
    description: messages.site.description,
    lang: "zh-CN",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: BRAND_COLORS.background,
    theme_color: BRAND_COLORS.theme,
    icons: [
      { src: BRAND_ASSETS.icon192, sizes: "192x192", type: "image/png", purpose: "any" },
      { src: BRAND_ASSETS.icon512, sizes: "512x512", type: "image/png", purpose: "any" },
      { src: BRAND_ASSETS.maskableIcon512, sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: BRAND_ASSETS.svgIcon, sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
