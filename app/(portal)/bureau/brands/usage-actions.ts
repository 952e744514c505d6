"use server";

// 审核资金使用报告 (RULES.md S8): forwards the raw input to its definition in
// lib/server/actions/usage-report-actions.ts.
import * as actions from "@/lib/server/actions/usage-report-actions";

/** 通过 / 退回 a submitted report (a comment is required to return). */
export async function reviewUsageReportAction(input: unknown) {
  return actions.reviewUsageReportAction(input);
}
