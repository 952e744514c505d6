import type { Metadata } from "next";
import { parseBrandListQuery } from "@/lib/domain/brand-list-query";
import { BrandsView, brandListMetadata } from "./brands-view";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Normally never rendered for GET: proxy.ts rewrites `GET /brands?…` to the cached route
// ./%5Fq/[key] (one ISR entry per canonical list state). This per-request page remains for what
// the proxy leaves alone (other methods, keys too long to cache); its data is still cached by
// query and dropped by invalidateBrand() (lib/server/showcase-cache.ts).
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return brandListMetadata(parseBrandListQuery(await searchParams));
}

export default async function BrandsPage({ searchParams }: Props) {
  return <BrandsView query={parseBrandListQuery(await searchParams)} />;
}
