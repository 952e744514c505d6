import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { ApplicationsQueue } from "@/app/(portal)/_shared/applications-queue";

export const metadata: Metadata = { title: messages.reviewUi.queue.newCityTitle };

export default async function NewCityApplicationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("new-city", "/new-city/applications");
  return <ApplicationsQueue user={user} area="new-city" basePath="/new-city/applications" searchParams={await searchParams} />;
}
