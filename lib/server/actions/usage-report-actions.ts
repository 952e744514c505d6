import "server-only";
import { resubmitUsageReport } from "@/lib/server/services/usage-reports/resubmit-usage-report";
import { reviewUsageReport } from "@/lib/server/services/usage-reports/review-usage-report";
import { submitUsageReport } from "@/lib/server/services/usage-reports/submit-usage-report";
import { defineAction, type RevalidateTarget } from "./define-action";

// 资金使用报告 (RULES.md S5–S8): the unit files and refiles, the bureau reviews. A report moves the
// share's figures, which every area's brand list and page show, and the bureau's overdue list.
function brandPages(brandId: string): RevalidateTarget[] {
  const id = encodeURIComponent(brandId);
  return ["/unit/brands", `/unit/brands/${id}`, "/new-city/brands", `/new-city/brands/${id}`, "/bureau/brands", `/bureau/brands/${id}`, "/bureau"];
}

/** 提交资金使用报告: `{ shareId, lines: [{ spentOn, purpose, amount, paymentMethod, payee, description?, voucherId? }] }`. */
export const submitUsageReportAction = defineAction({
  name: "usageReport.submit",
  permission: "usage-report:submit",
  area: "unit",
  run: submitUsageReport,
  revalidate: ({ data }) => brandPages(data.brandId),
});

/** 重新提交 a returned report: `{ reportId, lines }`. */
export const resubmitUsageReportAction = defineAction({
  name: "usageReport.resubmit",
  permission: "usage-report:submit",
  area: "unit",
  run: resubmitUsageReport,
  revalidate: ({ data }) => brandPages(data.brandId),
});

/** 审核: `{ reportId, decision: "accept" | "return", comment }` (a comment is required to return). */
export const reviewUsageReportAction = defineAction({
  name: "usageReport.review",
  permission: "usage-report:review",
  area: "bureau",
  run: reviewUsageReport,
  revalidate: ({ data }) => brandPages(data.brandId),
});
