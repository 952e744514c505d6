import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { EvaluationDetailPage } from "@/app/(portal)/_shared/evaluation-detail";

export const metadata: Metadata = { title: messages.evaluations.ui.detailTitle };

export default async function UnitEvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireArea("unit", `/unit/evaluations/${encodeURIComponent(id)}`);
  return <EvaluationDetailPage user={user} id={id} basePath="/unit/evaluations" />;
}
