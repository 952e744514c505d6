import type { Metadata, Viewport } from "next";
import "./globals.css";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { BRAND_ASSETS, BRAND_COLORS } from "@/lib/server/services/public/seo";

// The icons are static files in public/ (scripts/render-brand-assets.mjs), declared here rather
// than as app/ icon files so that every page, public or portal, links the same set. The manifest
// is app/manifest.ts, which Next links by itself.
export const metadata: Metadata = {
  title: { default: messages.site.name, template: `%s｜${messages.site.name}` },
  description: messages.site.description,
  applicationName: messages.site.name,
  icons: {
    icon: [
      { url: BRAND_ASSETS.favicon, sizes: "16x16 32x32 48x48", type: "image/x-icon" },
      { url: BRAND_ASSETS.svgIcon, type: "image/svg+xml" },
    ],
    apple: [{ url: BRAND_ASSETS.appleTouchIcon, sizes: "180x180", type: "image/png" }],
  },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: BRAND_COLORS.theme,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          {messages.site.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
