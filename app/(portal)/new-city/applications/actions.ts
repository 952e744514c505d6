"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { getSessionUser } from "@/lib/server/auth/session";
import { toActionResult } from "@/lib/server/action-result";
import { recommendApplication, returnApplicationToUnit } from "@/lib/server/services/applications/review-application";

// 新城审核 (RULES.md F2): each action re-reads the session; the service parses the raw input,
// checks permission, scope and state, and writes the change with its audit row.

async function sessionUser() {
  const user = await getSessionUser();
  if (!user) throw new AppError({ code: "UNAUTHENTICATED", message: messages.errors.unauthenticated });
  return user;
}

function revalidate(input: unknown) {
  const id = typeof input === "object" && input !== null && "applicationId" in input ? String((input as { applicationId: unknown }).applicationId) : null;
  revalidatePath("/new-city/applications");
  revalidatePath("/new-city");
  if (id) revalidatePath(`/new-city/applications/${id}`);
}

/** 推荐 — the recommendation opinion is required. */
export async function recommendAction(input: unknown) {
  return toActionResult(async () => {
    const result = await recommendApplication(await sessionUser(), input);
    revalidate(input);
    return result;
  });
}

/** 退回修改 — reason required, optional comments on fields. */
export async function returnToUnitAction(input: unknown) {
  return toActionResult(async () => {
    const result = await returnApplicationToUnit(await sessionUser(), input);
    revalidate(input);
    return result;
  });
}
