import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { EvaluationsPage } from "@/app/(portal)/_shared/evaluations-page";
import { recordPlaqueReclaimedAction } from "./actions";

export const metadata: Metadata = { title: messages.evaluations.title };

export default async function BureauEvaluationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("bureau", "/bureau/evaluations");
  return <EvaluationsPage user={user} basePath="/bureau/evaluations" searchParams={await searchParams} reclaimAction={recordPlaqueReclaimedAction} />;
}
