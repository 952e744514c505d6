"use server";

import { revalidatePath } from "next/cache";
import { requireSessionUser } from "@/lib/server/auth/session";
import { markNotificationsRead } from "@/lib/server/services/notifications/notifications";
import { toActionResult } from "@/lib/server/action-result";

/** 全部标为已读 — the signed-in user's own notifications only. */
export async function markAllReadAction() {
  return toActionResult(async () => {
    const result = await markNotificationsRead(await requireSessionUser());
    revalidatePath("/notifications");
    return result;
  });
}
