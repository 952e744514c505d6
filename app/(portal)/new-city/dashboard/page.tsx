import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { ProgrammeDashboardPage } from "@/app/(portal)/_shared/programme-dashboard";

export const metadata: Metadata = { title: messages.dashboard.title };

/** A new city's 工作看板: the bureau's view restricted to its own new city, read-only. */
export default async function NewCityDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("new-city", "/new-city/dashboard");
  return <ProgrammeDashboardPage user={user} area="new-city" searchParams={await searchParams} />;
}
