import type { Metadata, Viewport } from "next";
import "./globals.css";
import { messages } from "@/lib/i18n/messages.zh-CN";

export const metadata: Metadata = {
  title: { default: messages.site.name, template: `%s｜${messages.site.name}` },
  description: messages.site.description,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#b3261e",
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
