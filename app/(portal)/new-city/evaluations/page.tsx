import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { EvaluationsPage } from "@/app/(portal)/_shared/evaluations-page";

export const metadata: Metadata = { title: messages.evaluations.title };

// Read-only: the same lists within this area's scope.
export default async function NewCityEvaluationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("new-city", "/new-city/evaluations");
  return <EvaluationsPage user={user} basePath="/new-city/evaluations" searchParams={await searchParams} />;
}
