"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { getSessionUser } from "@/lib/server/auth/session";
import { toActionResult } from "@/lib/server/action-result";
import { createBatch, extendBatch } from "@/lib/server/services/batches/batches";

// 申报批次 (bureau): the services parse the raw input and write the audit rows.

async function sessionUser() {
  const user = await getSessionUser();
  if (!user) throw new AppError({ code: "UNAUTHENTICATED", message: messages.errors.unauthenticated });
  return user;
}

function revalidate() {
  revalidatePath("/bureau/batches");
  // Open batches show on every portal home page.
  revalidatePath("/", "layout");
}

/** 新建申报批次. */
export async function createBatchAction(input: unknown) {
  return toActionResult(async () => {
    const result = await createBatch(await sessionUser(), input);
    revalidate();
    return result;
  });
}

/** 延长申报批次 — a later closing time and the reason (kept in the audit log). */
export async function extendBatchAction(input: unknown) {
  return toActionResult(async () => {
    const result = await extendBatch(await sessionUser(), input);
    revalidate();
    return result;
  });
}
