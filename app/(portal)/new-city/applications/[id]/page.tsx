import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { ReviewDetail } from "@/app/(portal)/_shared/review-detail";
import { recommendAction, returnToUnitAction } from "../actions";

export const metadata: Metadata = { title: messages.reviewUi.queue.newCityTitle };

export default async function NewCityApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const user = await requireArea("new-city", `/new-city/applications/${encodeURIComponent(id)}`);
  const { done } = await searchParams;
  return (
    <ReviewDetail
      user={user}
      id={id}
      basePath="/new-city/applications"
      done={typeof done === "string" ? done : undefined}
      actions={{ recommend: recommendAction, returnToUnit: returnToUnitAction }}
    />
  );
}
