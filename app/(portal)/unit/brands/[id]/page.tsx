import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { BrandDetailPage } from "@/app/(portal)/_shared/brand-detail";
import { confirmPaymentReceiptAction } from "../subsidy-actions";
import { resubmitUsageReportAction, submitUsageReportAction } from "../usage-actions";

export const metadata: Metadata = { title: messages.brandLife.list.title };

export default async function UnitBrandPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const user = await requireArea("unit", `/unit/brands/${encodeURIComponent(id)}`);
  const { done } = await searchParams;
  return (
    <BrandDetailPage
      user={user}
      id={id}
      basePath="/unit/brands"
      done={typeof done === "string" ? done : undefined}
      actions={{ confirmPaymentReceipt: confirmPaymentReceiptAction, submitUsageReport: submitUsageReportAction, resubmitUsageReport: resubmitUsageReportAction }}
    />
  );
}
