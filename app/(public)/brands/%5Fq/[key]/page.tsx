import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseBrandListKey } from "@/lib/domain/brand-list-query";
import { BrandsView, brandListMetadata } from "../../brands-view";

// The cached form of /brands (URL segment `_q`; the folder is spelled %5Fq because `_folders` are
// private in the App Router). proxy.ts rewrites `GET /brands?…` here with the canonical key of
// the query, invisibly: the browser keeps /brands?…. ISR like the brand pages: rendered once per
// key, re-rendered by invalidateBrand()/invalidateShowcase() and at most 10 s after going stale.
// A key that is not exactly canonical is a 404, so crafted addresses cannot add cache entries.
export const revalidate = 10;
export const dynamicParams = true;
export function generateStaticParams(): { key: string }[] {
  return [];
}

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const query = parseBrandListKey((await params).key);
  return query ? brandListMetadata(query) : {};
}

export default async function CachedBrandsPage({ params }: Props) {
  const query = parseBrandListKey((await params).key);
  if (!query) notFound();
  return <BrandsView query={query} />;
}
