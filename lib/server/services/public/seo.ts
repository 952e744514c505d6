import type { Metadata } from "next";
import { messages } from "@/lib/i18n/messages.zh-CN";

/** Title, description, canonical URL and Open Graph of one public page (child openGraph replaces the parent's). */
export function pageMetadata({ title, description, path, type = "website", absoluteTitle = false }: { title: string; description: string; path: string; type?: "website" | "article"; absoluteTitle?: boolean }): Metadata {
  const ogTitle = absoluteTitle ? title : `${title}｜${messages.showcase.meta.siteName}`;
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: path },
    openGraph: { type, locale: "zh_CN", siteName: messages.showcase.meta.siteName, title: ogTitle, description, url: path },
    twitter: { card: "summary", title: ogTitle, description },
  };
}
