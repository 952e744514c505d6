"use server";

// 申报批次 (bureau): forwards to lib/server/actions/batch-actions.ts.
import * as actions from "@/lib/server/actions/batch-actions";

/** 新建申报批次. */
export async function createBatchAction(input: unknown) {
  return actions.createBatchAction(input);
}

/** 延长申报批次 — a later closing time and the reason (kept in the audit log). */
export async function extendBatchAction(input: unknown) {
  return actions.extendBatchAction(input);
}
