import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { ApplicationsQueue } from "@/app/(portal)/_shared/applications-queue";

export const metadata: Metadata = { title: messages.reviewUi.queue.bureauTitle };

export default async function BureauApplicationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("bureau", "/bureau/applications");
  return <ApplicationsQueue user={user} area="bureau" basePath="/bureau/applications" searchParams={await searchParams} />;
}
