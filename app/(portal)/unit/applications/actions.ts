"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/server/auth/session";
import { toActionResult } from "@/lib/server/action-result";
import type { ActionResult } from "@/lib/domain/app-error";
import { createApplication } from "@/lib/server/services/applications/create-application";
import { saveApplicationStep } from "@/lib/server/services/applications/save-application-step";
import { submitApplication } from "@/lib/server/services/applications/submit-application";
import { withdrawApplication } from "@/lib/server/services/applications/review-application";

// Server actions of the unit's applications. Each action resolves the session itself and hands
// the raw input to the service, which validates it (zod), checks permission, scope and state.

const LIST = "/unit/applications";
const record = (input: unknown): Record<string, unknown> => (typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {});
const idOf = (input: unknown) => {
  const id = record(input).applicationId;
  return typeof id === "string" ? id : "";
};

function revalidateApplication(id: string) {
  revalidatePath(LIST);
  if (id) revalidatePath(`${LIST}/${encodeURIComponent(id)}`, "layout");
  revalidatePath("/unit");
}

/** 新建申报 (form post from 我的申报): on success, straight to the form's first step. */
export async function createApplicationAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const user = await requireArea("unit", LIST);
  const result = await toActionResult(() => createApplication(user, { batchId: formData.get("batchId") }));
  if (!result.ok) return result;
  revalidateApplication(result.data.id);
  redirect(`${LIST}/${encodeURIComponent(result.data.id)}/edit?step=brand`);
}

/** 保存草稿 of one step: `{ applicationId, step, data }`. */
export async function saveApplicationStepAction(input: unknown): Promise<ActionResult<{ savedAt: Date }>> {
  const user = await requireArea("unit", LIST);
  const { applicationId, step, data } = record(input);
  const result = await toActionResult(() => saveApplicationStep(user, { applicationId, step, data }));
  if (result.ok) revalidateApplication(idOf(input));
  return result;
}

/** 提交申报 / 重新提交: `{ applicationId, commitment: true, warningExplanation }`. */
export async function submitApplicationAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  const user = await requireArea("unit", LIST);
  const result = await toActionResult(async () => {
    const { version } = await submitApplication(user, input);
    return { version };
  });
  revalidateApplication(idOf(input));
  return result;
}

/** 撤回申报: `{ applicationId, comment? }`. */
export async function withdrawApplicationAction(input: unknown): Promise<ActionResult<{ status: string }>> {
  const user = await requireArea("unit", LIST);
  const result = await toActionResult(() => withdrawApplication(user, input));
  if (result.ok) revalidateApplication(idOf(input));
  return result;
}
