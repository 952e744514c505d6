import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { BrandsPage } from "@/app/(portal)/_shared/brands-page";

export const metadata: Metadata = { title: messages.brandLife.list.title };

export default async function UnitBrandsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("unit", "/unit/brands");
  return <BrandsPage user={user} basePath="/unit/brands" searchParams={await searchParams} />;
}
