"use server";

// 资金使用报告 of the unit's own shares (RULES.md S5–S8): each action forwards the raw input to its
// definition in lib/server/actions/usage-report-actions.ts.
import * as actions from "@/lib/server/actions/usage-report-actions";

/** 提交资金使用报告. */
export async function submitUsageReportAction(input: unknown) {
  return actions.submitUsageReportAction(input);
}

/** 重新提交 a returned report. */
export async function resubmitUsageReportAction(input: unknown) {
  return actions.resubmitUsageReportAction(input);
}
