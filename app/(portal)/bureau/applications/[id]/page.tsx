import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { ReviewDetail } from "@/app/(portal)/_shared/review-detail";
import {
  approveForPublicityAction,
  bureauReturnToUnitAction,
  handleObjectionAction,
  recogniseAction,
  recordObjectionAction,
  rejectAction,
  rejectAfterPublicityAction,
  returnToNewCityAction,
} from "../actions";

export const metadata: Metadata = { title: messages.reviewUi.queue.bureauTitle };

export default async function BureauApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const user = await requireArea("bureau", `/bureau/applications/${encodeURIComponent(id)}`);
  const { done } = await searchParams;
  return (
    <ReviewDetail
      user={user}
      id={id}
      basePath="/bureau/applications"
      done={typeof done === "string" ? done : undefined}
      actions={{
        bureauReturnToNewCity: returnToNewCityAction,
        bureauReturnToUnit: bureauReturnToUnitAction,
        reject: rejectAction,
        approveForPublicity: approveForPublicityAction,
        recognise: recogniseAction,
        rejectAfterPublicity: rejectAfterPublicityAction,
        recordObjection: recordObjectionAction,
        handleObjection: handleObjectionAction,
      }}
    />
  );
}
