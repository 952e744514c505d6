import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { EvaluationDetailPage } from "@/app/(portal)/_shared/evaluation-detail";
import { cancelEvaluationAction, recordEvaluationResultAction } from "../actions";

export const metadata: Metadata = { title: messages.evaluations.ui.detailTitle };

export default async function BureauEvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireArea("bureau", `/bureau/evaluations/${encodeURIComponent(id)}`);
  return <EvaluationDetailPage user={user} id={id} basePath="/bureau/evaluations" actions={{ record: recordEvaluationResultAction, cancel: cancelEvaluationAction }} />;
}
