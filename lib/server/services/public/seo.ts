import "server-only";
import type { Metadata } from "next";
import { messages } from "@/lib/i18n/messages.zh-CN";

// The site's colours from Tailwind's @theme in app/globals.css (tests/unit/public-assets.test.ts
// keeps them equal). The browser's bar takes the header's colour, which is also the mark's.
export const BRAND_COLORS = {
  theme: "#961f19", // --color-brand-700: the header, the icons' square
  background: "#f8fafc", // slate-50: the body's background, shown while an installed app starts
} as const;

// The static brand files in public/, rendered by scripts/render-brand-assets.mjs. They are outside
// proxy.ts's matcher, so anonymous visitors and crawlers get them without a sign-in redirect.
export const BRAND_ASSETS = {
  favicon: "/favicon.ico",
  svgIcon: "/icon.svg",
  appleTouchIcon: "/apple-touch-icon.png",
  icon192: "/icon-192.png",
  icon512: "/icon-512.png",
  maskableIcon512: "/icon-maskable-512.png",
  shareImage: { url: "/og-image.png", width: 1200, height: 630, type: "image/png" },
} as const;

/** The default Open Graph image of the public pages (made absolute by the public layout's metadataBase). */
export const defaultShareImage = {
  ...BRAND_ASSETS.shareImage,
  alt: messages.site.shareImageAlt,
};

/** Title, description, canonical URL and Open Graph of one public page (child openGraph replaces the parent's, so each page repeats the image). */
export function pageMetadata({ title, description, path, type = "website", absoluteTitle = false }: { title: string; description: string; path: string; type?: "website" | "article"; absoluteTitle?: boolean }): Metadata {
  const ogTitle = absoluteTitle ? title : `${title}｜${messages.showcase.meta.siteName}`;
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: path },
    openGraph: { type, locale: "zh_CN", siteName: messages.showcase.meta.siteName, title: ogTitle, description, url: path, images: [defaultShareImage] },
    twitter: { card: "summary_large_image", title: ogTitle, description, images: [{ url: defaultShareImage.url, alt: defaultShareImage.alt }] },
  };
}
