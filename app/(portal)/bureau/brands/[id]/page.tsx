import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { BrandDetailPage } from "@/app/(portal)/_shared/brand-detail";
import { allocateAwardAction, approveAwardAction, recordPaymentAction } from "../subsidy-actions";
import { pushBrandsAction, recordPushOutcomeAction } from "../push-actions";
import { reviewUsageReportAction } from "../usage-actions";

export const metadata: Metadata = { title: messages.brandLife.list.title };

export default async function BureauBrandPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const user = await requireArea("bureau", `/bureau/brands/${encodeURIComponent(id)}`);
  const { done } = await searchParams;
  return (
    <BrandDetailPage
      user={user}
      id={id}
      basePath="/bureau/brands"
      done={typeof done === "string" ? done : undefined}
      actions={{
        approveAward: approveAwardAction,
        allocateAward: allocateAwardAction,
        recordPayment: recordPaymentAction,
        pushBrands: pushBrandsAction,
        recordPushOutcome: recordPushOutcomeAction,
        reviewUsageReport: reviewUsageReportAction,
      }}
    />
  );
}
