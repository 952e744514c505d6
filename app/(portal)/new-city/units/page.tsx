import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { UnitsPage } from "@/app/(portal)/_shared/units-page";

export const metadata: Metadata = { title: messages.portal.units };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("new-city", "/new-city/units");
  return <UnitsPage user={user} basePath="/new-city/units" searchParams={await searchParams} />;
}
