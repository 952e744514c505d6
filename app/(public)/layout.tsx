import type { Metadata } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { siteUrl } from "@/lib/server/services/public/site-url";
import { defaultShareImage } from "@/lib/server/services/public/seo";

// Shared by every public page: absolute Open Graph URLs and the site's sharing defaults (the share
// image included, so /policy, /login and /register carry one too).
export const metadata: Metadata = {
  metadataBase: siteUrl(),
  openGraph: { type: "website", locale: "zh_CN", siteName: messages.showcase.meta.siteName, images: [defaultShareImage] },
};

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
