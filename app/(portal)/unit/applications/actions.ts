"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/domain/app-error";
import * as actions from "@/lib/server/actions/application-actions";

// Server actions of the unit's applications: each forwards to its definition in
// lib/server/actions/application-actions.ts, which resolves the area's session, runs the use case
// (zod, permission, scope, state) and revalidates.

/** 新建申报 (form post from 我的申报): on success, straight to the form's first step. */
export async function createApplicationAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await actions.createApplicationAction({ batchId: formData.get("batchId") });
  if (!result.ok) return result;
  redirect(`/unit/applications/${encodeURIComponent(result.data.id)}/edit?step=brand`);
}

/** 保存草稿 of one step: `{ applicationId, step, data }`. */
export async function saveApplicationStepAction(input: unknown): Promise<ActionResult<{ savedAt: Date }>> {
  return actions.saveApplicationStepAction(input);
}

/** 提交申报 / 重新提交: `{ applicationId, commitment: true, warningExplanation }`. */
export async function submitApplicationAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return actions.submitApplicationAction(input);
}

/** 撤回申报: `{ applicationId, comment? }`. */
export async function withdrawApplicationAction(input: unknown): Promise<ActionResult<{ status: string }>> {
  return actions.withdrawApplicationAction(input);
}
